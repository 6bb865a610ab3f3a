// A small seeded PRNG (mulberry32) so the scale book is the same on every run and machine; Math.random
// would give a different database, and so different figures, each time.

export type Rng = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(list: readonly T[]): T
  chance(p: number): boolean
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p
  }
}

/** A v4-shaped UUID: `kind` (one hex digit) names the table, `n` the row, so ids are stable and readable. */
export const scaleId = (kind: string, n: number) => `${kind}5ca1e00-0000-4000-8000-${String(n).padStart(12, '0')}`
