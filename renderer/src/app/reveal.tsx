import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { SearchDocKind } from '#shared/domain/search'
import type { AccountTab, Route } from './useHashRoute'

/** What can be opened at a record: the kinds search finds. */
export type RevealKind = SearchDocKind

export interface RevealTarget {
  kind: RevealKind
  /** The record's id (a person, a dossier section, a finding, a visit, an objection, a competitor, the account). */
  id: string
  accountId: string
  /** The query's folded pieces (NFKC, lower case): where in a dossier section to look. */
  marks: readonly string[]
}

/** The account tab that shows each kind of record. */
const TAB_FOR: Record<RevealKind, AccountTab> = {
  account: 'overview',
  person: 'stakeholders',
  finding: 'dossier',
  dossier: 'dossier',
  visit: 'visits',
  objection: 'visits',
  competitor: 'visits'
}

interface RevealValue {
  reveal(target: RevealTarget): void
  /** The target, once its account tab is the one showing and no unsaved-changes question holds the move back. */
  arrived: RevealTarget | null
  done(target: RevealTarget): void
}

const RevealContext = createContext<RevealValue | null>(null)

const isAt = (route: Route, target: RevealTarget) =>
  route.name === 'account' && route.id === target.accountId && (route.tab ?? 'overview') === TAB_FOR[target.kind]

/**
 * Opening a record at the thing found: the move goes to the record's account tab, and the target waits
 * there until that tab's screen has its data and shows it (see useRevealTarget). NavigationProvider
 * mounts this and lends it the route; `held` is true while the rep is asked about unsaved changes.
 */
export function RevealProvider({
  route,
  navigate,
  held,
  children
}: {
  route: Route
  navigate(route: Route): void
  held: boolean
  children: ReactNode
}) {
  const [target, setTarget] = useState<RevealTarget | null>(null)
  const at = target !== null && !held && isAt(route, target)

  // The rep stayed (cancelled the unsaved-changes question) or went elsewhere first: forget the target,
  // so it does not fire when that tab is opened later for another reason.
  useEffect(() => {
    if (target && !held && !isAt(route, target)) setTarget(null)
  }, [target, held, route])

  const reveal = useCallback(
    (next: RevealTarget) => {
      setTarget(next)
      navigate({ name: 'account', id: next.accountId, tab: TAB_FOR[next.kind] })
    },
    [navigate]
  )
  const done = useCallback((finished: RevealTarget) => setTarget((current) => (current === finished ? null : current)), [])
  const value = useMemo<RevealValue>(() => ({ reveal, arrived: at ? target : null, done }), [reveal, at, target, done])
  return <RevealContext.Provider value={value}>{children}</RevealContext.Provider>
}

function useRevealContext(): RevealValue {
  const value = useContext(RevealContext)
  if (!value) throw new Error('reveal outside RevealProvider')
  return value
}

/** Opens a record at the thing found: its account tab, then the record itself once the tab has loaded it. */
export function useReveal(): (target: RevealTarget) => void {
  return useRevealContext().reveal
}

/**
 * The pending target for a screen that shows `kinds` of `accountId`'s records, or null. The screen acts
 * on it once its data is loaded (a record no longer there: nothing to do) and then calls done(), so it
 * fires once. A new search for the same record is a new target, so it fires again.
 */
export function useRevealTarget(kinds: readonly RevealKind[], accountId: string): { target: RevealTarget | null; done(): void } {
  const { arrived, done } = useRevealContext()
  const target = arrived && arrived.accountId === accountId && kinds.includes(arrived.kind) ? arrived : null
  const finish = useCallback(() => {
    if (target) done(target)
  }, [done, target])
  return { target, done: finish }
}

/**
 * useRevealTarget for a screen that opens one record by its id: once `records` has loaded, `open` gets
 * the target's record (and nothing happens when it is gone).
 */
export function useRevealRecord<T extends { id: string }>(
  kinds: readonly RevealKind[],
  accountId: string,
  records: readonly T[] | null | undefined,
  open: (record: T, target: RevealTarget) => void
): void {
  const { target, done } = useRevealTarget(kinds, accountId)
  const latest = useRef(open)
  useLayoutEffect(() => {
    latest.current = open
  })
  useEffect(() => {
    if (!target || !records) return
    done()
    const record = records.find((r) => r.id === target.id)
    if (record) latest.current(record, target)
  }, [target, done, records])
}
