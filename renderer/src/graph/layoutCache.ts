import type { ElementDefinition } from 'cytoscape'
import type { GraphLayout } from './layouts'

type Position = { x: number; y: number }
/** A laid-out map: every person's place, and the label scale the labels were measured at. */
export type LaidOut = { positions: ReadonlyMap<string, Position>; scale: number }

/** Maps kept per page: enough for the accounts a rep goes back and forth between. */
const LIMIT = 12
const cache = new Map<string, LaidOut>()

/**
 * What a layout's result depends on: the layout, the people and links in their order, each person's
 * label and size (labels are part of a person's box) and where pinned people were left. The same key
 * gives the same places, so reopening a map (or switching back to its other layout) needs no layout.
 */
export function layoutInputKey(elements: readonly ElementDefinition[], layout: GraphLayout): string {
  const parts = elements.map((el) => {
    const d = el.data
    if (el.group === 'edges') return `e${d.id}:${d.source}>${d.target}:${d.kind}`
    const pin = d.pinned && el.position ? `@${el.position.x},${el.position.y}` : ''
    return `n${d.id}:${d.size}:${d.label}${pin}`
  })
  return `${layout}\n${parts.join('\n')}`
}

/** The places laid out for `key`, if this page has laid that map out before. */
export function cachedLayout(key: string): LaidOut | undefined {
  const hit = cache.get(key)
  if (hit) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(key)
    cache.set(key, hit)
  }
  return hit
}

export function rememberLayout(key: string, laidOut: LaidOut): void {
  cache.delete(key)
  cache.set(key, laidOut)
  while (cache.size > LIMIT) cache.delete(cache.keys().next().value as string)
}
