import type { Logger } from '#shared/log'

/**
 * A module worker from `start`, or null where workers are unavailable or this one cannot be started
 * (then the caller does the work on the UI thread). `start` keeps its own `new Worker(new URL(...))`:
 * the bundler finds worker files only in that literal form.
 */
export function startWorker<W>(start: () => W, log: Logger, fallback: string): W | null {
  if (typeof Worker === 'undefined') return null
  try {
    return start()
  } catch (error) {
    log.warn(fallback, error)
    return null
  }
}
