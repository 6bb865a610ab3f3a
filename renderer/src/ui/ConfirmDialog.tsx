import { useId, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react'
import { Button } from './Button'
import { Dialog } from './Dialog'

export interface ConfirmDialogProps {
  open: boolean
  title: ReactNode
  body?: ReactNode
  confirmLabel: string
  cancelLabel: string
  /** 'danger' renders a red confirm button for destructive actions. */
  tone?: 'danger' | 'default'
  onConfirm: () => void
  /** Cancel button, Esc and backdrop clicks. */
  onCancel: () => void
  /** Disables the confirm button and shows a spinner while the action runs. */
  busy?: boolean
}

/**
 * A yes/no question. Enter confirms (unless focus is on another button, which then acts as itself);
 * Esc, the backdrop and the cancel button cancel. The confirm button has initial focus.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  tone = 'default',
  onConfirm,
  onCancel,
  busy = false
}: ConfirmDialogProps) {
  const bodyId = useId()
  const hasBody = body !== undefined && body !== null && body !== false && body !== ''

  const handleKeyDown = (event: ReactKeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target as HTMLElement
    // A focused button or link handles Enter natively (e.g. Enter on "Cancel" cancels).
    if (target.closest('button, a[href], textarea, select, [contenteditable="true"]')) return
    event.preventDefault()
    event.stopPropagation()
    if (!busy) onConfirm()
  }

  return (
    <Dialog
      open={open}
      onClose={() => {
        if (!busy) onCancel()
      }}
      title={title}
      size="sm"
      onKeyDown={handleKeyDown}
      describedBy={hasBody ? bodyId : undefined}
      className="ui-confirm-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button
            variant={tone === 'danger' ? 'danger' : 'primary'}
            onClick={onConfirm}
            loading={busy}
            data-autofocus=""
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {hasBody ? (
        <div id={bodyId} className="ui-confirm-dialog__body">
          {body}
        </div>
      ) : null}
    </Dialog>
  )
}
