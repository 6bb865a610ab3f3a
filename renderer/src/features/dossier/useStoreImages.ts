import { useCallback } from 'react'
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '#shared/schemas'
import { useI18n } from '#i18n'
import type { DossierRepository } from '#data'
import { useToast } from '#ui'

const MB = 1024 * 1024

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/**
 * Stores pasted, dropped or picked photos in the attachments table and returns their ids. A photo above
 * MAX_ATTACHMENT_BYTES or of another type is refused with a translated message.
 */
export function useStoreImages(repo: DossierRepository, accountId: string) {
  const { t, language } = useI18n()
  const toast = useToast()
  return useCallback(
    async (sectionId: string, files: File[]): Promise<string[]> => {
      const ids: string[] = []
      for (const file of files) {
        if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
          toast.show({ message: t('dossier.image.unsupported'), tone: 'danger' })
          continue
        }
        if (file.size > MAX_ATTACHMENT_BYTES) {
          const fmt = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
          toast.show({ message: t('dossier.image.tooLarge', { size: fmt.format(file.size / MB), max: fmt.format(MAX_ATTACHMENT_BYTES / MB) }), tone: 'danger' })
          continue
        }
        try {
          const dataUrl = await readAsDataUrl(file)
          const stored = await repo.addAttachment({ accountId, sectionId, mimeType: file.type, byteLength: file.size, dataUrl })
          ids.push(stored.id)
        } catch {
          toast.show({ message: t('dossier.image.failed'), tone: 'danger' })
        }
      }
      return ids
    },
    [repo, accountId, t, language, toast]
  )
}
