import type { StylesheetJson } from 'cytoscape'
import { RELATIONSHIP_KINDS, type RelationshipKind } from '#shared/schemas'
import { LINK_STYLE_TABLE } from '#shared/domain/values'
import { runsFromManager } from './toElements'

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif'

/** Model-unit font size of node labels (on screen it is multiplied by the zoom; see CytoscapeGraph). */
export const BASE_FONT_SIZE = 13

/** The colours the graph is drawn with. The canvas cannot read CSS var(), so they are passed in. */
export type GraphTheme = {
  text: string
  textMuted: string
  labelBackground: string
  seatFill: string
  border: string
  edge: string
  reportsTo: string
  influences: string
  ally: string
  rival: string
  mainLine: string
  auxLine: string
  coach: string
  highlight: string
  selected: string
}

/** The palette for paper and exported files (white background), whatever the screen's theme. */
export const PRINT_THEME: GraphTheme = {
  text: '#1d2430',
  textMuted: '#5b6473',
  labelBackground: '#ffffff',
  seatFill: '#ffffff',
  border: '#46505f',
  edge: '#7b8494',
  reportsTo: '#4b5563',
  influences: '#2563eb',
  ally: '#2f9e5f',
  rival: '#d64545',
  mainLine: '#1b3270',
  auxLine: '#2c4a8a',
  coach: '#f2b705',
  highlight: '#ff8a00',
  selected: '#2563eb'
}

/** Space between a label's background and its text, in pixels. */
const LABEL_PADDING = 2

/**
 * A kind's line from LINK_STYLE_TABLE, in its palette colour. Every broken line is drawn 'dashed' with
 * the table's own pattern (Cytoscape's 'dotted' is a fixed 1-1 pattern no SVG would match).
 */
function edgeStyleOf(kind: RelationshipKind, theme: GraphTheme, arrowGap: number) {
  const link = LINK_STYLE_TABLE[kind]
  const reversed = runsFromManager(kind)
  const colour = theme[kind]
  const sourceArrow = reversed ? link.toArrow : link.fromArrow
  const targetArrow = reversed ? link.fromArrow : link.toArrow
  return {
    'line-color': colour,
    'source-arrow-color': colour,
    'target-arrow-color': colour,
    width: link.width,
    'line-style': link.dashPattern ? 'dashed' : 'solid',
    ...(link.dashPattern ? { 'line-dash-pattern': [...link.dashPattern] } : {}),
    'line-cap': link.cap,
    'source-arrow-shape': sourceArrow,
    'target-arrow-shape': targetArrow,
    // An end with an arrow keeps clear of the label; a plain end may run under it.
    'source-distance-from-node': sourceArrow === 'none' ? 0 : arrowGap,
    'target-distance-from-node': targetArrow === 'none' ? 0 : arrowGap
  } as never
}

/** The stylesheet in a palette: per-node shape, colour and size come from element data (see toElements). */
export function graphStylesheetFor(theme: GraphTheme, labelScale = 1): StylesheetJson {
  // Labels grow together with their wrap width and gap, so a label keeps its line breaks when scaled.
  const fontSize = Math.round(BASE_FONT_SIZE * labelScale * 10) / 10
  const labelGap = Math.round(5 * labelScale)
  // Cytoscape ends a line at the label's text box, which leaves out the gap above the label and its
  // background's padding: keep an arrow's tip that far off, and a little more, so no arrowhead is covered.
  const arrowGap = labelGap + LABEL_PADDING + 3
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 1.5,
        'border-color': theme.border,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(120 * labelScale)}px`,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': labelGap,
        'font-family': FONT_FAMILY,
        'font-size': fontSize,
        'line-height': 1.25,
        color: theme.text,
        'text-background-color': theme.labelBackground,
        'text-background-opacity': 1,
        'text-background-padding': `${LABEL_PADDING}px`,
        'text-background-shape': 'roundrectangle'
      }
    },
    { selector: 'node.aux-line', style: { 'border-width': 3, 'border-color': theme.auxLine } },
    { selector: 'node.main-line', style: { 'border-width': 6, 'border-color': theme.mainLine } },
    { selector: 'node.coach', style: { 'outline-width': 3, 'outline-color': theme.coach, 'outline-offset': 2 } as never },
    {
      selector: 'node.departed',
      style: {
        'background-color': theme.seatFill,
        'border-style': 'dashed',
        'border-width': 2,
        'border-color': theme.textMuted, color: theme.textMuted, 'font-style': 'italic' }
    },
    { selector: 'node.stale-stale', style: { 'background-opacity': 0.55 } },
    {
      selector: 'node.highlighted',
      style: { 'underlay-color': theme.highlight, 'underlay-padding': 9, 'underlay-opacity': 0.35, 'underlay-shape': 'ellipse' } as never
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': theme.selected, 'overlay-padding': 6, 'overlay-opacity': 0.22 }
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': theme.edge,
        'target-arrow-color': theme.edge,
        'source-arrow-color': theme.edge,
        'arrow-scale': 1.1,
        // Labels hang below their node on an opaque background: a line ends at the label's edge rather
        // than under it, so an arrowhead entering from below stays in sight.
        'source-endpoint': 'outside-to-node-or-label',
        'target-endpoint': 'outside-to-node-or-label'
      } as never
    },
    ...RELATIONSHIP_KINDS.map((kind) => ({ selector: `edge.${kind}`, style: edgeStyleOf(kind, theme, arrowGap) }) as StylesheetJson[number]),
    {
      selector: 'edge.reportsTo.tree',
      style: {
        'curve-style': 'taxi',
        'taxi-direction': 'downward',
        'taxi-turn': '50%',
        'source-arrow-shape': 'none',
        'source-distance-from-node': 0,
        'target-distance-from-node': 0
      } as never
    },
    {
      selector: 'edge.bowed',
      // Each link bows by its own distance (layouts: applyLayoutClasses), so links between the same two people part.
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(route)', 'control-point-weights': [0.5] } as never
    },
    { selector: '.ghost', style: { opacity: 0.6, 'line-style': 'dashed', width: 2, 'target-arrow-shape': 'triangle', 'line-color': theme.influences } },
    { selector: 'node.ghost', style: { width: 6, height: 6, label: '', 'background-color': theme.influences, 'border-width': 0 } }
  ]
}

/** The print stylesheet (off-screen renders, exports). */
export const graphStylesheet: StylesheetJson = graphStylesheetFor(PRINT_THEME)
