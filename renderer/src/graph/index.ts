// Cytoscape adapter: the only place that creates `cy`. Pure element building lives in toElements.ts.
export { CytoscapeGraph, type CytoscapeGraphProps, type GraphHandle } from './CytoscapeGraph'
export { runLayout, registerExtensions, type GraphLayout } from './layouts'
export { renderGraphPng, renderGraphSvg, type RenderGraphOptions } from './renderGraph'
export { graphToSvg } from './svgExport'
export {
  INFLUENCE_SIZE,
  ROLE_SHAPE,
  STANCE_COLOUR,
  mainRole,
  structureKey,
  toElements,
  type GraphLabels,
  type GraphLink,
  type GraphPerson,
  type ToElementsOptions
} from './toElements'
