import type { StylesheetJson } from 'cytoscape'

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

/** The stylesheet in a palette: per-node shape, colour and size come from element data (see toElements). */
export function graphStylesheetFor(theme: GraphTheme, labelScale = 1): StylesheetJson {
  // Labels grow together with their wrap width and gap, so a label keeps its line breaks when scaled.
  const fontSize = Math.round(BASE_FONT_SIZE * labelScale * 10) / 10
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
        'text-margin-y': Math.round(5 * labelScale),
        'font-family': FONT_FAMILY,
        'font-size': fontSize,
        'line-height': 1.25,
        color: theme.text,
        'text-background-color': theme.labelBackground,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle'
      }
    },
    { selector: 'node.stance-unknown', style: { 'border-style': 'dashed' } },
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
    { selector: 'node.stale-due', style: { 'background-blacken': 0.1 } },
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
        'arrow-scale': 1.1
      }
    },
    { selector: 'edge.reportsTo', style: { 'line-color': theme.reportsTo, 'source-arrow-color': theme.reportsTo, 'source-arrow-shape': 'triangle', width: 2.5 } },
    {
      selector: 'edge.influences',
      style: { 'line-color': theme.influences, 'target-arrow-color': theme.influences, 'target-arrow-shape': 'vee', 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } as never
    },
    { selector: 'edge.ally', style: { 'line-color': theme.ally, width: 4, 'line-style': 'dotted' } },
    {
      selector: 'edge.rival',
      style: {
        'line-color': theme.rival,
        'source-arrow-color': theme.rival,
        'target-arrow-color': theme.rival,
        'source-arrow-shape': 'tee',
        'target-arrow-shape': 'tee',
        'line-style': 'dashed',
        width: 2.5
      }
    },
    {
      selector: 'edge.reportsTo.tree',
      style: { 'curve-style': 'taxi', 'taxi-direction': 'downward', 'taxi-turn': '50%', 'source-arrow-shape': 'none' } as never
    },
    {
      selector: 'edge.bowed',
      style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [70], 'control-point-weights': [0.5] } as never
    },
    { selector: '.ghost', style: { opacity: 0.6, 'line-style': 'dashed', width: 2, 'target-arrow-shape': 'triangle', 'line-color': theme.influences } },
    { selector: 'node.ghost', style: { width: 6, height: 6, label: '', 'background-color': theme.influences, 'border-width': 0 } }
  ]
}

/** The print stylesheet (off-screen renders, exports). */
export const graphStylesheet: StylesheetJson = graphStylesheetFor(PRINT_THEME)
