// Cytoscape adapter: the only place that creates `cy`. Pure element building lives in toElements.ts.
//
// Cytoscape and its layouts (~580 KB) load on first use, never with the app's first screen: import
// from this file only. CytoscapeGraph is a lazy component (render it inside a <Suspense>), and
// renderGraphPng/renderGraphSvg fetch the renderer when called. The constants, toElements() and the
// types below do not pull Cytoscape in.
import { lazy } from 'react'
import type { ElementDefinition } from 'cytoscape'
import type { GraphLayout } from './layouts'
import type { RenderGraphOptions } from './renderGraph'

export type { CytoscapeGraphProps, GraphHandle } from './CytoscapeGraph'
export type { GraphLayout } from './layouts'
export type { RenderGraphOptions } from './renderGraph'
export { graphToSvg } from './svgExport'
export { BASE_FONT_SIZE, PRINT_THEME } from './stylesheet'
export {
  mainRole,
  structureKey,
  toElements,
  type GraphLabels,
  type GraphLink,
  type GraphPerson,
  type ToElementsOptions
} from './toElements'

// The browser's module map keeps each chunk once loaded, so calling these again costs nothing.
const loadGraph = () => import('./CytoscapeGraph')
const loadRenderer = () => import('./renderGraph')

/** The interactive graph; its code (and Cytoscape's) loads the first time it renders. */
export const CytoscapeGraph = lazy(() => loadGraph().then((m) => ({ default: m.CytoscapeGraph })))

/** Starts fetching the interactive graph's code (e.g. on idle, or on hover of the tab that shows it). */
export function preloadGraph(): Promise<unknown> {
  return loadGraph()
}

/** Starts fetching the off-screen renderer behind renderGraphPng/renderGraphSvg. */
export function preloadGraphRenderer(): Promise<unknown> {
  return loadRenderer()
}

/**
 * Renders a stakeholder map off screen and returns it as a PNG data URL (`data:image/png;base64,...`).
 * For other features (e.g. the visit brief): build `elements` with toElements() from the people and
 * links, pick 'org' or 'influence'. People with a kept position stay where the rep put them.
 */
export async function renderGraphPng(elements: ElementDefinition[], layout: GraphLayout, options?: RenderGraphOptions): Promise<string> {
  return (await loadRenderer()).renderGraphPng(elements, layout, options)
}

/** Same as renderGraphPng, as a standalone SVG document. */
export async function renderGraphSvg(elements: ElementDefinition[], layout: GraphLayout, options?: RenderGraphOptions): Promise<string> {
  return (await loadRenderer()).renderGraphSvg(elements, layout, options)
}
