import { useI18n } from '#i18n'
import { useAttachment } from '#data'

/** Shows a stored photo (read live from the attachments table). */
export function AttachmentImage({ attachmentId, altText }: { attachmentId: string; altText: string }) {
  const { t } = useI18n()
  const attachment = useAttachment(attachmentId)
  if (attachment === undefined) return <span className="editor-image editor-image--loading" />
  if (attachment === null) return <span className="editor-image editor-image--missing">{t('dossier.image.missing')}</span>
  return <img className="editor-image" src={attachment.dataUrl} alt={altText || t('dossier.image.alt')} draggable={false} />
}
