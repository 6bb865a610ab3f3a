import { useCallback, useState } from 'react'
import { Icons } from '#ui'

/**
 * One piece of work at a time behind a button: `busy` while it runs, and what went wrong as a sentence
 * (`describe` turns the error into one), cleared when the next run starts.
 */
export function useBusyTask() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async (work: () => Promise<void>, describe: (error: unknown) => string, after?: () => unknown) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(describe(e))
    } finally {
      setBusy(false)
      await after?.()
    }
  }, [])
  return { busy, error, setError, run }
}

/** What went wrong, in the danger banner the settings sections share. */
export function ErrorBanner({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <div className="banner banner--danger" role="alert">
      <Icons.Alert />
      <span>{message}</span>
    </div>
  )
}
