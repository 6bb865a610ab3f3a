import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode
} from 'react'
import { cx } from './cx'
import { XIcon } from './Icons'

export type DialogSize = 'sm' | 'md' | 'lg'

export interface DialogProps {
  open: boolean
  /** Called for Esc, a backdrop click or the close button; the parent decides whether to close. */
  onClose: () => void
  title: ReactNode
  /** Optional line under the title; becomes the dialog's accessible description. */
  description?: ReactNode
  children?: ReactNode
  /** Action row at the bottom, usually buttons (primary last). */
  footer?: ReactNode
  size?: DialogSize
  /** When given, a close (×) button with this aria-label is shown in the header. */
  closeLabel?: string
  /** Set false to ignore backdrop clicks (e.g. a form with unsaved input). Esc still calls onClose. */
  closeOnBackdrop?: boolean
  /** Extra keydown handling on the dialog (runs before the built-in Esc handling). */
  onKeyDown?: (event: ReactKeyboardEvent<HTMLDialogElement>) => void
  className?: string
  /** Extra id(s) for aria-describedby, e.g. a body paragraph. */
  describedBy?: string
}

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]'
].join(',')

/** A screen's h1 made focusable for exactly this (tabIndex -1). */
const PAGE_HEADING = 'h1[tabindex="-1"]'

/**
 * Modal dialog on the native <dialog> element (top layer, inert background, focus containment).
 * Mounted only while open, so its content starts fresh each time.
 * Initial focus: an element marked `data-autofocus`, else the first focusable element in the body or
 * footer, else the dialog itself. Focus returns to the previously focused element on close, or to the
 * page's focusable h1 when that element has gone.
 */
export function Dialog(props: DialogProps) {
  if (!props.open) return null
  return <OpenDialog {...props} />
}

function OpenDialog({
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  closeLabel,
  closeOnBackdrop = true,
  onKeyDown,
  className,
  describedBy
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const contentRef = useRef<HTMLDivElement>(null)
  const pointerDownOnBackdrop = useRef(false)
  const onCloseRef = useRef(onClose)
  const id = useId()
  const titleId = `${id}-title`
  const descriptionId = `${id}-description`

  useLayoutEffect(() => {
    onCloseRef.current = onClose
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null

    if (typeof dialog.showModal === 'function') {
      try {
        if (!dialog.open) dialog.showModal()
      } catch {
        dialog.setAttribute('open', '')
      }
    } else {
      // jsdom and very old engines: no top layer, but the dialog is at least shown.
      dialog.setAttribute('open', '')
    }

    const content = contentRef.current
    const target =
      content?.querySelector<HTMLElement>('[data-autofocus]') ??
      content?.querySelector<HTMLElement>(FOCUSABLE) ??
      dialog
    target.focus()

    return () => {
      if (typeof dialog.close === 'function') {
        try {
          dialog.close()
        } catch {
          dialog.removeAttribute('open')
        }
      } else {
        dialog.removeAttribute('open')
      }
      if (previouslyFocused && previouslyFocused.isConnected) previouslyFocused.focus()
      // The opener is gone (the record it belonged to was deleted, the screen changed): rather than the
      // page body, the page's focusable heading takes focus, so the next Tab starts from the top of it.
      else document.querySelector<HTMLElement>(PAGE_HEADING)?.focus({ preventScroll: true })
    }
  }, [])

  // The native Esc handling fires `cancel` and closes the dialog itself; keep React in charge instead.
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const onCancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => dialog.removeEventListener('cancel', onCancel)
  }, [])

  const handleKeyDown = (event: ReactKeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(event)
    if (event.defaultPrevented) return
    if (event.key === 'Escape') {
      // Preventing the keydown stops the browser from also firing `cancel`; stopping propagation keeps an
      // outer dialog open when this one is nested inside it.
      event.preventDefault()
      event.stopPropagation()
      onClose()
    }
  }

  const handleMouseDown = (event: ReactMouseEvent<HTMLDialogElement>) => {
    pointerDownOnBackdrop.current = event.target === event.currentTarget
  }

  const handleClick = (event: ReactMouseEvent<HTMLDialogElement>) => {
    // The content fills the <dialog> box, so a click whose target is the <dialog> itself landed on the
    // backdrop. Requiring the press to start there too ignores drags that begin inside (text selection).
    const onBackdrop = event.target === event.currentTarget && pointerDownOnBackdrop.current
    pointerDownOnBackdrop.current = false
    if (onBackdrop && closeOnBackdrop) onClose()
  }

  const hasDescription = description !== undefined && description !== null && description !== false
  const describedByIds = [hasDescription ? descriptionId : undefined, describedBy].filter(Boolean).join(' ')

  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedByIds === '' ? undefined : describedByIds}
      tabIndex={-1}
      className={cx('ui-dialog', `ui-dialog--${size}`, className)}
      onKeyDown={handleKeyDown}
      onMouseDown={handleMouseDown}
      onClick={handleClick}
    >
      <div className="ui-dialog__panel">
        <header className="ui-dialog__header">
          <div className="ui-dialog__heading">
            <h2 id={titleId} className="ui-dialog__title">
              {title}
            </h2>
            {hasDescription ? (
              <p id={descriptionId} className="ui-dialog__description">
                {description}
              </p>
            ) : null}
          </div>
          {closeLabel ? (
            <button
              type="button"
              className="ui-button ui-button--ghost ui-button--sm ui-icon-button ui-dialog__close"
              aria-label={closeLabel}
              title={closeLabel}
              onClick={onClose}
            >
              <span className="ui-button__icon" aria-hidden="true">
                <XIcon />
              </span>
            </button>
          ) : null}
        </header>
        <div ref={contentRef} className="ui-dialog__content">
          {children !== undefined && children !== null ? <div className="ui-dialog__body">{children}</div> : null}
          {footer ? <footer className="ui-dialog__footer">{footer}</footer> : null}
        </div>
      </div>
    </dialog>
  )
}
