import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
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

interface SafeAreaApi {
  set(element: HTMLElement): void
  clear(element: HTMLElement): void
}

const SafeAreaContext = createContext<SafeAreaApi | null>(null)

/**
 * Where the stack sits. By default bottom-centre of the window. A screen whose main area holds something
 * toasts must never cover (the stakeholder map's canvas) declares a safe area, a side column: toasts then
 * sit at the bottom of the window within that column's left and right edges, whatever the scroll. When
 * the column is not a side column (a narrow window stacks it under the canvas), toasts go to the bottom-left
 * corner over the app's sidebar instead.
 */
type Placement = { kind: 'centre' } | { kind: 'corner' } | { kind: 'column'; left: number; width: number }

/** A safe area narrower than this cannot hold a toast; wider than this share of the window it is not a side column. */
const MIN_COLUMN_PX = 240
const MAX_COLUMN_SHARE = 0.5

function placementFor(element: HTMLElement): Placement {
  const rect = element.getBoundingClientRect()
  if (rect.width < MIN_COLUMN_PX || rect.width > window.innerWidth * MAX_COLUMN_SHARE) return { kind: 'corner' }
  return { kind: 'column', left: Math.round(rect.left), width: Math.round(rect.width) }
}

const samePlacement = (a: Placement, b: Placement) =>
  a.kind === b.kind && (a.kind !== 'column' || b.kind !== 'column' || (a.left === b.left && a.width === b.width))

/**
 * Declares the element toasts may cover on this screen (e.g. a side panel beside a canvas). Returns a
 * callback ref; the area is released when the element unmounts.
 */
export function useToastSafeArea(): (element: HTMLElement | null) => void {
  const api = useContext(SafeAreaContext)
  const own = useRef<HTMLElement | null>(null)
  return useCallback(
    (element: HTMLElement | null) => {
      if (!api) return
      if (element) {
        own.current = element
        api.set(element)
      } else if (own.current) {
        api.clear(own.current)
        own.current = null
      }
    },
    [api]
  )
}

export interface ToastProviderProps {
  children?: ReactNode
  /** aria-label (and tooltip) of each toast's close button. */
  closeLabel: string
  /** Most toasts on screen at once; the oldest goes when a newer one comes. Default 3. */
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
      setToasts((current) => {
        // The same message again (e.g. a button pressed twice) replaces the earlier toast instead of stacking.
        const others = current.filter((t) => !(t.message === record.message && t.tone === record.tone && !t.action && !record.action))
        return [...others, record].slice(-Math.max(1, max))
      })
      return id
    },
    [max]
  )

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss])

  const [safeArea, setSafeArea] = useState<HTMLElement | null>(null)
  const safeAreaApi = useMemo<SafeAreaApi>(
    () => ({
      set: (element) => setSafeArea(element),
      clear: (element) => setSafeArea((current) => (current === element ? null : current))
    }),
    []
  )
  const [placement, setPlacement] = useState<Placement>({ kind: 'centre' })
  useLayoutEffect(() => {
    const update = () => {
      const next: Placement = safeArea ? placementFor(safeArea) : { kind: 'centre' }
      setPlacement((current) => (samePlacement(current, next) ? current : next))
    }
    update()
    if (!safeArea) return
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update)
    // The column's own size, its parent's (a scrollbar appearing shifts the column without resizing it) and the window's.
    observer?.observe(safeArea)
    if (safeArea.parentElement) observer?.observe(safeArea.parentElement)
    observer?.observe(document.documentElement)
    window.addEventListener('resize', update)
    return () => {
      observer?.disconnect()
      window.removeEventListener('resize', update)
    }
  }, [safeArea])

  const region = (
    <div
      className={cx('ui-toast-region', `ui-toast-region--${placement.kind}`)}
      style={placement.kind === 'column' ? { left: placement.left, width: placement.width } : undefined}
      data-testid="toast-region"
      role="status"
      aria-live="polite"
      aria-atomic="false"
      aria-relevant="additions"
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} closeLabel={closeLabel} onDismiss={dismiss} />
      ))}
    </div>
  )

  return (
    <ToastContext.Provider value={api}>
      <SafeAreaContext.Provider value={safeAreaApi}>
        {children}
        {typeof document === 'undefined' ? region : createPortal(region, document.body)}
      </SafeAreaContext.Provider>
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
      data-testid="toast"
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
