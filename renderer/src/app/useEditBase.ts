import { useCallback, useEffect, useState } from 'react'

type Base = { updatedAt: number; shown: string }

export type EditBase<R> = {
  /** The revision the form was loaded from: what a save states it is based on. */
  basedOn: number | undefined
  /** What the form shows of the loaded record (as `shown` serialises it): the form is dirty when it differs. */
  shown: string | undefined
  /** The stored record saved elsewhere since the form loaded, while the form has edits; null otherwise. */
  theirs: R | null
  /** The form now holds this record (after its own save). */
  loaded(record: R): void
  /** A save was refused because of this stored record. */
  refused(current: R): void
  /** "Reload": the form takes the stored record. */
  reload(): void
  /** "Keep mine": returns the revision to save over, explicitly. */
  keepMine(): number | undefined
}

/**
 * The revision a form was loaded from, following the live record: a change elsewhere that the form does
 * not show moves the base on; one it shows reloads a clean form, and with edits waits for the rep's choice.
 */
export function useEditBase<R extends { updatedAt: number }>(
  record: R | null,
  shownOf: (record: R) => string,
  dirty: boolean,
  load: (record: R) => void
): EditBase<R> {
  const [base, setBase] = useState<Base | null>(() => (record ? { updatedAt: record.updatedAt, shown: shownOf(record) } : null))
  const [theirs, setTheirs] = useState<R | null>(null)
  const take = useCallback((r: R) => setBase({ updatedAt: r.updatedAt, shown: shownOf(r) }), [shownOf])

  useEffect(() => {
    // Revisions only go up: an older one is a live query's late answer from before the form's last save.
    if (!record || !base || record.updatedAt <= base.updatedAt) return
    const shown = shownOf(record)
    if (shown === base.shown) {
      setBase({ updatedAt: record.updatedAt, shown })
      setTheirs(null)
    } else if (!dirty) {
      load(record)
      setBase({ updatedAt: record.updatedAt, shown })
      setTheirs(null)
    } else setTheirs(record)
    // Runs for a new stored record, or when the form becomes clean again.
  }, [record, dirty])

  return {
    basedOn: base?.updatedAt,
    shown: base?.shown,
    theirs,
    loaded: take,
    refused: setTheirs,
    reload() {
      if (!theirs) return
      load(theirs)
      take(theirs)
      setTheirs(null)
    },
    keepMine() {
      if (!theirs) return base?.updatedAt
      take(theirs)
      setTheirs(null)
      return theirs.updatedAt
    }
  }
}
