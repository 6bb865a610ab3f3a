import { useCallback, useEffect, useState } from 'react'

/** Characters of text opened at once, before the first paint: about two screens of dossier. */
const FIRST_PAINT_CHARS = 4000

// requestIdleCallback exists in Chromium and Electron; the timer keeps tests (jsdom) and other hosts working.
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 250 }) : window.setTimeout(run, 16)
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle)

export type Stagger = { id: string; chars: number }

/** The first sections that fit in the first paint's budget (always at least one). */
function firstBatch(sections: readonly Stagger[]): Set<string> {
  const opened = new Set<string>()
  let chars = 0
  for (const { id, chars: size } of sections) {
    if (opened.size > 0 && chars + size > FIRST_PAINT_CHARS) break
    chars += size
    opened.add(id)
  }
  return opened
}

/**
 * Which sections have their editor open. Opening an editor parses its whole stored state, so a 20-page
 * dossier opened at once blocks the page for a second: the sections at the top open now, the rest one
 * per idle moment, and `open(id)` opens one at once (the rep clicked it, jumped to it, or a finding in
 * it is being changed). A small dossier opens entirely at once, as before. An open editor stays open
 * until the account changes.
 */
export function useStaggeredMount(account: string, sections: readonly Stagger[]): { isOpen: (id: string) => boolean; open: (id: string) => void } {
  // The first batch is chosen once the account's sections are known, not while they are still loading.
  const resetKey = sections.length > 0 ? account : ''
  const [state, setState] = useState(() => ({ resetKey, opened: firstBatch(sections) }))
  const current = state.resetKey === resetKey ? state : { resetKey, opened: firstBatch(sections) }
  if (current !== state) setState(current)
  const next = sections.find((s) => !current.opened.has(s.id))?.id

  useEffect(() => {
    if (next === undefined) return
    const handle = whenIdle(() => setState((s) => (s.resetKey === resetKey ? { resetKey, opened: new Set(s.opened).add(next) } : s)))
    return () => cancelIdle(handle)
  }, [resetKey, next])

  const isOpen = useCallback((id: string) => current.opened.has(id), [current])
  const open = useCallback(
    (id: string) => setState((s) => (s.opened.has(id) || s.resetKey !== resetKey ? s : { resetKey, opened: new Set(s.opened).add(id) })),
    [resetKey]
  )
  return { isOpen, open }
}
