import type { RelationshipKind } from '#shared/schemas/enums'

/** How a link's line is broken up; each kind of link has its own, so a line style means one thing. */
export type LinkDash = 'solid' | 'dashed' | 'dotted' | 'dashDot'

/** The mark at one end of a link. */
export type LinkArrow = 'none' | 'triangle' | 'vee' | 'tee'

/** How one kind of link is drawn, wherever it is drawn: the graph on screen, its exports, both legends. */
export type LinkStyle = {
  dash: LinkDash
  /**
   * Dash and gap lengths in graph units (pixels at zoom 1), alternating, starting with a dash; null for a
   * solid line. The canvas (line-dash-pattern) and SVG (stroke-dasharray) both draw this very pattern.
   */
  dashPattern: readonly number[] | null
  /** Line ends: 'round' turns the short dashes of a dotted line into dots. */
  cap: 'butt' | 'round'
  /** Line width in graph units. */
  width: number
  /** The mark at the person the link is recorded from (fromId: the report, for reports-to). */
  fromArrow: LinkArrow
  /** The mark at the person the link points to (toId: the manager, for reports-to). */
  toArrow: LinkArrow
}

/**
 * Every kind of link and its line: four kinds, four distinct dash styles (plus each kind's own colour
 * from the graph palette, and its own ends). The stylesheet, the SVG export and the legends all read
 * this table, so they cannot disagree.
 */
export const LINK_STYLE_TABLE = {
  reportsTo: { dash: 'solid', dashPattern: null, cap: 'butt', width: 2.5, fromArrow: 'none', toArrow: 'triangle' },
  influences: { dash: 'dashed', dashPattern: [9, 5], cap: 'butt', width: 2, fromArrow: 'none', toArrow: 'vee' },
  ally: { dash: 'dotted', dashPattern: [0.5, 7], cap: 'round', width: 3.5, fromArrow: 'none', toArrow: 'none' },
  rival: { dash: 'dashDot', dashPattern: [12, 4, 2, 4], cap: 'butt', width: 2.5, fromArrow: 'tee', toArrow: 'tee' }
} as const satisfies Record<RelationshipKind, LinkStyle>

/** A kind's dash pattern as an SVG `stroke-dasharray` value: 'none' for a solid line, e.g. '9 5' for a dashed one. */
export function linkDashArray(kind: RelationshipKind): string {
  const pattern: readonly number[] | null = LINK_STYLE_TABLE[kind].dashPattern
  return pattern ? pattern.join(' ') : 'none'
}
