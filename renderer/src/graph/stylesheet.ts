import type { StylesheetJson } from 'cytoscape'

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif'

/** Static stylesheet: per-node shape, colour and size come from element data (see toElements). */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(colour)',
      'border-width': 1.5,
      'border-color': '#46505f',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'font-family': FONT_FAMILY,
      'font-size': 13,
      'line-height': 1.25,
      color: '#1d2430',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle'
    }
  },
  { selector: 'node.stance-unknown', style: { 'border-style': 'dashed' } },
  { selector: 'node.aux-line', style: { 'border-width': 3, 'border-color': '#2c4a8a' } },
  { selector: 'node.main-line', style: { 'border-width': 6, 'border-color': '#1b3270' } },
  { selector: 'node.coach', style: { 'outline-width': 3, 'outline-color': '#f2b705', 'outline-offset': 2 } as never },
  {
    selector: 'node.departed',
    style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#7a8290', color: '#5b6473', 'font-style': 'italic' }
  },
  { selector: 'node.stale-due', style: { 'background-blacken': 0.1 } },
  { selector: 'node.stale-stale', style: { 'background-opacity': 0.55 } },
  {
    selector: 'node.highlighted',
    style: { 'underlay-color': '#ff8a00', 'underlay-padding': 9, 'underlay-opacity': 0.35, 'underlay-shape': 'ellipse' } as never
  },
  {
    selector: 'node:selected',
    style: { 'overlay-color': '#2563eb', 'overlay-padding': 6, 'overlay-opacity': 0.22 }
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'line-color': '#7b8494',
      'target-arrow-color': '#7b8494',
      'source-arrow-color': '#7b8494',
      'arrow-scale': 1.1
    }
  },
  { selector: 'edge.reportsTo', style: { 'line-color': '#4b5563', 'source-arrow-color': '#4b5563', 'source-arrow-shape': 'triangle', width: 2.5 } },
  {
    selector: 'edge.influences',
    style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', 'target-arrow-shape': 'vee', 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } as never
  },
  { selector: 'edge.ally', style: { 'line-color': '#2f9e5f', width: 4, 'line-style': 'dotted' } },
  {
    selector: 'edge.rival',
    style: {
      'line-color': '#d64545',
      'source-arrow-color': '#d64545',
      'target-arrow-color': '#d64545',
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
  { selector: '.ghost', style: { opacity: 0.6, 'line-style': 'dashed', width: 2, 'target-arrow-shape': 'triangle', 'line-color': '#2563eb' } },
  { selector: 'node.ghost', style: { width: 6, height: 6, label: '', 'background-color': '#2563eb', 'border-width': 0 } }
]
