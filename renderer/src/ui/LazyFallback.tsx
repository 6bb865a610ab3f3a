import { useEffect, useState } from 'react'
import { cx } from './cx'
import { Spinner } from './Spinner'
import './LazyFallback.css'

/** Long enough that a chunk already in the cache (the usual case once preloaded) never flashes a spinner. */
export const LAZY_FALLBACK_DELAY_MS = 180

export interface LazyFallbackProps {
  /** Accessible text ("Loading…"), announced once the spinner shows. */
  label: string
  /** Wait this long before showing anything; until then the space stays blank. */
  delayMs?: number
  /** Fill the parent (e.g. a graph frame) instead of taking a screen-sized block. */
  fill?: boolean
  className?: string
}

/**
 * A Suspense fallback for code that loads on demand: a blank area of the right size, then after a short
 * delay a centred spinner that fades in. Fast loads show nothing at all.
 */
export function LazyFallback({ label, delayMs = LAZY_FALLBACK_DELAY_MS, fill = false, className }: LazyFallbackProps) {
  const [visible, setVisible] = useState(delayMs <= 0)
  useEffect(() => {
    if (delayMs <= 0) return
    const timer = setTimeout(() => setVisible(true), delayMs)
    return () => clearTimeout(timer)
  }, [delayMs])
  return (
    <div className={cx('ui-lazy-fallback', fill && 'ui-lazy-fallback--fill', className)} data-testid="lazy-fallback">
      {visible && <Spinner size="lg" label={label} className="ui-lazy-fallback__spinner" />}
    </div>
  )
}
