import { useState, type ReactNode } from 'react'
import { backupParseErrorText } from '#shared/domain/backupErrorText'
import { errorMessage, useRepositories, type AccountFileRead } from '#data'
import { useHost } from '#app/host'
import { useNavigation } from '#app/navigation'
import { useI18n } from '#i18n'
import { useToast } from '#ui'
import { AccountFilePreview, type ShareImportResult } from './AccountFilePreview'
import { accountFileFilters } from './accountFileFilters'

/** "Import account file…": a colleague's account file picked, checked and compared, previewed, then merged in and opened. */
export function useImportAccountFile(): { start: () => void; element: ReactNode } {
  const { t, language } = useI18n()
  const host = useHost()
  const toast = useToast()
  const { navigate } = useNavigation()
  const { share } = useRepositories()
  const [read, setRead] = useState<Extract<AccountFileRead, { ok: true }> | null>(null)

  async function start() {
    let file: { name: string; bytes: Uint8Array } | null = null
    try {
      file = await host.openFile({ filters: accountFileFilters(t), as: 'bytes' })
      if (!file) return
      const result = await share.read(file.bytes)
      if (result.ok) return setRead(result)
      const message = result.problem === 'unreadable' ? t('share.readFailed', { file: file.name, message: backupParseErrorText(language, result.error) }) : t(`share.refused.${result.problem}`, { file: file.name })
      toast.show({ tone: 'danger', message })
    } catch (e) {
      toast.show({ tone: 'danger', message: t('share.readFailed', { file: file?.name ?? '', message: errorMessage(t, e) }) })
    }
  }

  function imported({ accountId, name, counts, keptEdited }: ShareImportResult) {
    setRead(null)
    toast.show({ tone: 'success', message: t('share.imported', { name, new: counts.new, changes: counts.changes, kept: counts.keptLocal }) })
    if (keptEdited > 0) toast.show({ tone: 'info', message: t('share.keptEdited', { count: keptEdited }) })
    navigate({ name: 'account', id: accountId })
  }

  return { start: () => void start(), element: read && <AccountFilePreview read={read} onClose={() => setRead(null)} onImported={imported} /> }
}
