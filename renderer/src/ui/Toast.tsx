import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import { createPortal } from 'react-dom'
import { cx } from './cx'
import { AlertIcon, CheckCircleIcon, InfoIcon, XIcon } from './Icons'

export type ToastTone = 'info' | 'success' | 'danger'

export interface ToastAction {
  label: string
  onClick: () => void
}

export interface ToastOptions {
  message: string
  tone?: ToastTone
  /** One inline action, e.g. "Undo". The toast is dismissed after it runs. */
  action?: ToastAction
  /** Auto-dismiss delay; default 5000. 0 or Infinity keeps the toast until it is closed. */
  durationMs?: number
}

export interface ToastApi {
  /** Shows a toast and returns its id. */
  show(toast: ToastOptions): string
  dismiss(id: string): void
}

interface ToastRecord extends Required<Pick<ToastOptions, 'message' | 'tone' | 'durationMs'>> {
  id: string
  action?: ToastAction
}

export const DEFAULT_TOAST_DURATION_MS = 5000

const ToastContext = createContext<ToastApi | null>(null)

export interface ToastProviderProps {
  children?: ReactNode
  /** aria-label (and tooltip) of each toast's close button. */
  closeLabel: string
  /** Most toasts on screen at once; older ones are dropped first. Default 3. */
  max?: number
}

let toastCounter = 0

export function ToastProvider({ children, closeLabel, max = 3 }: ToastProviderProps) {
  const [toasts, setToasts] = useState<ToastRecord[]>([])

  const dismiss = useCallback((id: string) => {
    setToasts((current) => (current.some((t) => t.id === id) ? current.filter((t) => t.id !== id) : current))
  }, [])

  const show = useCallback(
    (options: ToastOptions) => {
      toastCounter += 1
      const id = `ui-toast-${toastCounter}`
      const record: ToastRecord = {
        id,
        message: options.message,
        tone: options.tone ?? 'info',
        durationMs: options.durationMs ?? DEFAULT_TOAST_DURATION_MS,
        action: options.action
      }
      setToasts((current) => [...current, record].slice(-Math.max(1, max)))
      return id
    },
    [max]
  )

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss])

  const region = (
    <div className="ui-toast-region" role="status" aria-live="polite" aria-atomic="false" aria-relevant="additions">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} closeLabel={closeLabel} onDismiss={dismiss} />
      ))}
    </div>
  )

  return (
    <ToastContext.Provider value={api}>
      {children}
      {typeof document === 'undefined' ? region : createPortal(region, document.body)}
    </ToastContext.Provider>
  )
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext)
  if (!api) throw new Error('useToast must be used inside <ToastProvider>')
  return api
}

const toneIcon: Record<ToastTone, ReactNode> = {
  info: <InfoIcon />,
  success: <CheckCircleIcon />,
  danger: <AlertIcon />
}

function ToastItem({
  toast,
  closeLabel,
  onDismiss
}: {
  toast: ToastRecord
  closeLabel: string
  onDismiss: (id: string) => void
}) {
  // Hovering or focusing a toast pauses its countdown, so the user can reach the action in time.
  const [paused, setPaused] = useState(false)
  const remaining = useRef(toast.durationMs)

  useEffect(() => {
    const ms = remaining.current
    if (paused || !Number.isFinite(ms) || ms <= 0) return
    const startedAt = Date.now()
    const timer = setTimeout(() => onDismiss(toast.id), ms)
    return () => {
      clearTimeout(timer)
      // Keep at least a moment so a toast resumed right at the end is still seen.
      remaining.current = Math.max(1000, ms - (Date.now() - startedAt))
    }
  }, [paused, toast.id, onDismiss])

  return (
    <div
      className={cx('ui-toast', `ui-toast--${toast.tone}`)}
      data-toast-id={toast.id}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPaused(false)
      }}
    >
      <span className="ui-toast__icon" aria-hidden="true">
        {toneIcon[toast.tone]}
      </span>
      <span className="ui-toast__message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="ui-toast__action"
          onClick={() => {
            try {
              toast.action?.onClick()
            } finally {
              onDismiss(toast.id)
            }
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="ui-toast__close"
        aria-label={closeLabel}
        title={closeLabel}
        onClick={() => onDismiss(toast.id)}
      >
        <XIcon size={14} />
      </button>
    </div>
  )
}
