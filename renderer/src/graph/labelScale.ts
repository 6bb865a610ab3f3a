import type { ElementDefinition } from 'cytoscape'
import type { GraphLayout, OrgSpacing } from './layouts'
import { SCREEN_SPACING } from './layouts'
import { BASE_FONT_SIZE } from './stylesheet'

/** The fitted view never blows a small map up beyond this zoom. */
export const MAX_FIT_ZOOM = 1.3
/** Padding of the fitted view, in pixels. */
export const FIT_PADDING = 40
/** Labels are kept at least this many pixels tall on screen when zoomed out... */
const MIN_LABEL_PX = 11.5
/** ...by growing them up to this factor (beyond it a zoomed-out overview shows smaller labels). */
const MAX_LABEL_SCALE = 2

/** How much labels grow at a zoom level so they stay readable (1 when zoomed in enough). */
export function labelScaleAt(zoom: number): number {
  const wanted = MIN_LABEL_PX / (BASE_FONT_SIZE * zoom)
  return Math.min(MAX_LABEL_SCALE, Math.max(1, Math.ceil(wanted * 20) / 20))
}

/** People per rank of the org chart (managers on top, via reports-to edges), and how many ranks. */
function ranksOf(elements: readonly ElementDefinition[]): { widest: number; ranks: number } {
  const nodes = elements.filter((el) => el.group === 'nodes').map((el) => String(el.data.id))
  const parent = new Map<string, string>()
  for (const el of elements) {
    if (el.group === 'edges' && el.data.kind === 'reportsTo') parent.set(String(el.data.target), String(el.data.source))
  }
  const depth = new Map<string, number>()
  const depthOf = (id: string): number => {
    const known = depth.get(id)
    if (known !== undefined) return known
    depth.set(id, 0) // a cycle stops here
    const up = parent.get(id)
    const d = up === undefined ? 0 : depthOf(up) + 1
    depth.set(id, d)
    return d
  }
  const perRank = new Map<number, number>()
  for (const id of nodes) {
    const d = depthOf(id)
    perRank.set(d, (perRank.get(d) ?? 0) + 1)
  }
  return { widest: Math.max(1, ...perRank.values()), ranks: Math.max(1, perRank.size) }
}

/**
 * A guess, before any layout, of the label scale the map will be shown at once it is laid out and fitted
 * into a `width` × `height` view: so the labels are measured for the layout and drawn in the first frame
 * at that size, instead of laid out and drawn at one size and then restyled for the next (a full restyle
 * of a few hundred people costs about as much as the layout). A wrong guess only costs that restyle.
 * Org chart: its widest rank and its number of ranks; influence view: the area of the people.
 */
export function estimateLabelScale(
  elements: readonly ElementDefinition[],
  layout: GraphLayout,
  width: number,
  height: number,
  spacing: OrgSpacing = SCREEN_SPACING
): number {
  const people = elements.filter((el) => el.group === 'nodes')
  if (people.length === 0 || width <= 0 || height <= 0) return 1
  const nodeSize = people.reduce((sum, el) => sum + (Number(el.data.size) || 40), 0) / people.length
  const lines = people.reduce((sum, el) => sum + String(el.data.label ?? '').split('\n').length, 0) / people.length
  const viewW = Math.max(1, width - 2 * FIT_PADDING)
  const viewH = Math.max(1, height - 2 * FIT_PADDING)
  const { widest, ranks } = layout === 'org' ? ranksOf(elements) : { widest: 1, ranks: 1 }
  const zoomAt = (scale: number) => {
    // A label is about as wide as its wrap width allows, and `lines` lines tall under the node.
    const cellW = Math.max(nodeSize, 100 * scale) + spacing.nodeSep
    const cellH = nodeSize + lines * BASE_FONT_SIZE * 1.25 * scale + 5 * scale
    if (layout === 'org') {
      return Math.min(MAX_FIT_ZOOM, viewW / (widest * cellW), viewH / (ranks * (cellH + spacing.rankSep) - spacing.rankSep))
    }
    // Force-directed: the people spread over about twice their own area, in the view's proportions.
    const area = people.length * (cellW + 60) * (cellH + 60) * 2
    return Math.min(MAX_FIT_ZOOM, Math.sqrt((viewW * viewH) / area))
  }
  // Larger labels make a larger map, which is shown smaller: settle on the scale that holds for itself.
  let scale = labelScaleAt(zoomAt(1))
  for (let i = 0; i < 3; i++) {
    const next = labelScaleAt(zoomAt(scale))
    if (next === scale) break
    scale = next
  }
  return scale
}
