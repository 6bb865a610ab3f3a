import type { ReactNode } from 'react'
import { useI18n } from '#i18n'
import { useSaveShortcut } from '#app/useSaveShortcut'
import { Button, Dialog, Icons } from '#ui'

/** A form in a dialog with Save/Cancel; Enter in a single-line field or Ctrl+S saves. */
export function RecordDialog({
  title,
  open,
  onClose,
  onSave,
  hasErrors,
  children
}: {
  title: string
  open: boolean
  onClose(): void
  onSave(): void
  hasErrors: boolean
  children: ReactNode
}) {
  const { t } = useI18n()
  useSaveShortcut(onSave, open)
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      size="md"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" icon={<Icons.Check />} onClick={onSave}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form
        className="ui-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          onSave()
        }}
      >
        {hasErrors && (
          <div className="banner banner--danger" role="alert">
            <Icons.Alert />
            <span>{t('validation.formHasErrors')}</span>
          </div>
        )}
        {children}
        <button type="submit" hidden />
      </form>
    </Dialog>
  )
}
