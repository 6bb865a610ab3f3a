import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular, type StylesheetJson } from 'cytoscape'
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import { applyLayoutClasses, registerExtensions, runLayout, type GraphLayout } from './layouts'
import { BASE_FONT_SIZE, graphStylesheet, graphStylesheetFor, type GraphTheme } from './stylesheet'
import { useGraphTheme } from './useGraphTheme'
import { estimateLabelScale, FIT_PADDING, labelScaleAt, MAX_FIT_ZOOM } from './labelScale'
import { cachedLayout, layoutInputKey, rememberLayout } from './layoutCache'
import { structureKey } from './toElements'
import { graphToSvg } from './svgExport'
import type { RelationshipKind } from '#shared/schemas'

export type GraphHandle = {
  zoomBy(factor: number): void
  fit(): void
  /** PNG of the whole graph as a base64 data URL. */
  png(): string
  /** SVG document of the whole graph. */
  svg(): string
}

export type CytoscapeGraphProps = {
  elements: ElementDefinition[]
  layout: GraphLayout
  /** Bumped to force the layout to run again (e.g. after positions were reset). */
  layoutNonce?: number
  selectedId: string | null
  /** When set, dragging from one node to another creates a link of this kind instead of moving nodes. */
  linkKind: RelationshipKind | null
  /** Read-only (e.g. the map as of an earlier date): no dragging, linking or creating. */
  readOnly?: boolean
  onSelect(id: string | null): void
  onMove(id: string, position: { x: number; y: number }): void
  onLink(fromId: string, toId: string): void
  onCreateAt(position: { x: number; y: number }): void
  /** Delete or Backspace on a focused node. */
  onDeleteNode?(id: string): void
  /** Accessible name of each node's keyboard target (an invisible button over the node). */
  nodeLabel(id: string): string
  ariaLabel: string
  handleRef?: Ref<GraphHandle>
  className?: string
}

const OVERLAY_LIMIT = 300
/** While the rep zooms, labels are resized for the new zoom once the wheel or pinch has rested this long. */
const RESTYLE_DELAY_MS = 120
/**
 * On screen, labels smaller than this (px) are not drawn: a zoomed-out overview of a few hundred people
 * shows them at 4 px, which nobody can read and which costs most of the first frame. Zooming in brings
 * them back; exports use the print stylesheet, which always has them.
 */
const MIN_DRAWN_LABEL_PX = 7

/** Tells tests and benchmarks how tall labels are on screen now. */
function showLabelPx(root: HTMLElement | null, cy: Core, scale: number) {
  root?.setAttribute('data-label-px', (BASE_FONT_SIZE * scale * cy.zoom()).toFixed(1))
}

/** The screen's stylesheet: the palette, labels at `scale`, unreadably small labels left out. */
function screenStylesheet(theme: GraphTheme, scale: number): StylesheetJson {
  return [...graphStylesheetFor(theme, scale), { selector: 'node', style: { 'min-zoomed-font-size': MIN_DRAWN_LABEL_PX } }]
}

export { labelScaleAt }

/**
 * Performance marks for the benchmark (bench/stakeholders.bench.ts), read with
 * performance.getEntriesByName(): 'atlas:graph-layout' spans each layout run (runLayout alone) and
 * 'atlas:graph-first-frame' spans from the creation of the Cytoscape instance to its first drawn frame
 * with people in it. Only the latest of each is kept, so they never accumulate.
 */
export const PERF = {
  mount: 'atlas:graph-mount',
  layoutStart: 'atlas:graph-layout-start',
  layout: 'atlas:graph-layout',
  firstFrame: 'atlas:graph-first-frame'
} as const

/** performance.mark, replacing an earlier mark of that name (a no-op where the User Timing API is missing). */
function markOnce(name: string) {
  if (typeof performance.mark !== 'function') return
  performance.clearMarks(name)
  performance.mark(name)
}

/** performance.measure from the mark `start` to now, replacing an earlier measure of that name; its duration in ms. */
function measureOnce(name: string, start: string): number | null {
  if (typeof performance.measure !== 'function') return null
  performance.clearMeasures(name)
  try {
    return performance.measure(name, start)?.duration ?? null
  } catch {
    return null // the start mark was cleared by another instance; nothing to report
  }
}

/** Fits the graph, without blowing a small map up to giant nodes. */
function fitView(cy: Core) {
  cy.fit(undefined, FIT_PADDING)
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
  if (cy.zoom() >= MAX_FIT_ZOOM) cy.center()
}

/**
 * The one component that owns a Cytoscape instance: creates it on mount, destroys it on unmount, and
 * syncs it with `elements` (from the pure toElements()). Layout runs when the structure or the chosen
 * layout changes, not on restyling. Over every node lies an invisible, focusable button so keyboard
 * and screen-reader users (and tests) can reach a node; mouse events pass through it to the canvas.
 */
export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const overlayRef = useRef<HTMLDivElement>(null)
  const cyRef = useRef<Core | null>(null)
  const latest = useRef(props)
  latest.current = props
  const laidOut = useRef<{ key: string; layout: GraphLayout; nonce: number } | null>(null)
  const frame = useRef(0)
  /** Whether the first frame with people in it is still to be measured (for this Cytoscape instance). */
  const firstFramePending = useRef(true)
  const theme = useGraphTheme()
  const styled = useRef<{ theme: GraphTheme; scale: number }>({ theme, scale: 1 })

  /** Applies the screen palette and the label scale for the current zoom (only when either changed). */
  const restyle = (force = false) => {
    const cy = cyRef.current
    if (!cy) return
    const scale = labelScaleAt(cy.zoom())
    if (force || scale !== styled.current.scale) {
      styled.current = { theme: styled.current.theme, scale }
      cy.style(screenStylesheet(styled.current.theme, scale))
    }
    showLabelPx(rootRef.current, cy, styled.current.scale)
  }

  /** Runs `work` with the print palette at its normal size (exports are on white paper), then restores the screen's. */
  const withPrintStyle = <R,>(cy: Core, work: () => R): R => {
    cy.style(graphStylesheet)
    try {
      return work()
    } finally {
      cy.style(screenStylesheet(styled.current.theme, styled.current.scale))
    }
  }

  const syncOverlay = () => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      const cy = cyRef.current
      const overlay = overlayRef.current
      if (!cy || !overlay) return
      for (const button of overlay.querySelectorAll<HTMLElement>('[data-node-id]')) {
        const node = cy.getElementById(button.dataset.nodeId ?? '')
        if (node.empty()) continue
        const box = node.renderedBoundingBox({ includeLabels: false })
        button.style.transform = `translate(${box.x1}px, ${box.y1}px)`
        button.style.width = `${Math.max(8, box.w)}px`
        button.style.height = `${Math.max(8, box.h)}px`
      }
    })
  }

  // Create on mount, destroy on unmount.
  useEffect(() => {
    registerExtensions()
    markOnce(PERF.mount)
    const cy = cytoscape({
      container: containerRef.current,
      style: screenStylesheet(styled.current.theme, styled.current.scale),
      minZoom: 0.15,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single'
    })
    cyRef.current = cy

    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) latest.current.onSelect(null)
      else if (e.target.isNode?.() && !e.target.hasClass('ghost')) latest.current.onSelect(e.target.id())
    })
    cy.on('dbltap', (e: EventObject) => {
      if (e.target === cy && !latest.current.readOnly && !latest.current.linkKind) latest.current.onCreateAt({ ...e.position })
    })
    cy.on('dragfree', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular
      if (node.hasClass('ghost')) return
      const { x, y } = node.position()
      node.data('pinned', true)
      latest.current.onMove(node.id(), { x: Math.round(x), y: Math.round(y) })
    })

    // Drawing a link: press on a node, drag, release over another node.
    let linkSource: NodeSingular | null = null
    cy.on('tapstart', 'node', (e: EventObject) => {
      if (!latest.current.linkKind || latest.current.readOnly) return
      linkSource = e.target as NodeSingular
      cy.add([
        { group: 'nodes', data: { id: '__ghost' }, position: { ...e.position }, classes: 'ghost' },
        { group: 'edges', data: { id: '__ghost-edge', source: linkSource.id(), target: '__ghost' }, classes: 'ghost' }
      ])
    })
    cy.on('tapdrag', (e: EventObject) => {
      if (linkSource) cy.getElementById('__ghost').position({ ...e.position })
    })
    cy.on('tapend', (e: EventObject) => {
      if (!linkSource) return
      const source = linkSource
      linkSource = null
      cy.remove('.ghost')
      const { x, y } = e.position
      const target = cy.nodes().filter((n) => {
        const b = n.boundingBox({ includeLabels: false })
        return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2
      })
      const hit = target.first()
      if (hit.nonempty() && hit.id() !== source.id()) latest.current.onLink(source.id(), hit.id())
    })

    cy.on('render viewport position', syncOverlay)
    // Restyling every label costs about as much as a layout on a large map: not on every wheel step.
    let restyleTimer = 0
    cy.on('zoom', () => {
      showLabelPx(rootRef.current, cy, styled.current.scale)
      clearTimeout(restyleTimer)
      restyleTimer = window.setTimeout(() => restyle(), RESTYLE_DELAY_MS)
    })
    const resize = new ResizeObserver(() => {
      cy.resize()
      syncOverlay()
    })
    if (containerRef.current) resize.observe(containerRef.current)

    return () => {
      resize.disconnect()
      clearTimeout(restyleTimer)
      cancelAnimationFrame(frame.current)
      cy.destroy()
      cyRef.current = null
      laidOut.current = null
      firstFramePending.current = true
    }
  }, [])

  // Sync elements; run the layout when the structure or the layout choice changes.
  const { elements, layout, layoutNonce = 0, selectedId, linkKind, readOnly } = props
  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    const key = structureKey(elements)
    const previous = laidOut.current
    const structureChanged = !previous || previous.key !== key
    const relayout = structureChanged || previous.layout !== layout || previous.nonce !== layoutNonce
    const inputKey = relayout ? layoutInputKey(elements, layout) : ''
    // "Reset positions" asks for a fresh layout; anything else laid out before on this page is reused.
    const cached = relayout && (previous === null || previous.nonce === layoutNonce) ? cachedLayout(inputKey) : undefined
    if (cy.elements().empty() && elements.length > 0) {
      // Before the people are added (so no element is restyled): labels at the size the fitted map will
      // show them, so the layout measures them at that size and the first frame is drawn only once.
      const scale = cached?.scale ?? estimateLabelScale(elements, layout, cy.width(), cy.height())
      if (scale !== styled.current.scale) {
        styled.current = { theme: styled.current.theme, scale }
        cy.style(screenStylesheet(styled.current.theme, scale))
      }
    }
    cy.batch(() => {
      const wanted = new Set(elements.map((el) => String(el.data.id)))
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove()
      for (const el of elements) {
        const existing = cy.getElementById(String(el.data.id))
        if (existing.empty()) {
          cy.add(el)
          continue
        }
        existing.data(el.data)
        existing.classes(el.classes ?? '')
        if (el.position && existing.isNode()) existing.position(el.position)
      }
    })
    if (relayout) {
      const incremental = previous !== null && previous.layout === layout && previous.nonce === layoutNonce
      const started = performance.now()
      markOnce(PERF.layoutStart)
      if (cached && cached.scale === styled.current.scale) {
        cy.batch(() => {
          for (const [id, position] of cached.positions) cy.getElementById(id).position(position)
        })
        applyLayoutClasses(cy, layout)
      } else {
        runLayout(cy, layout, incremental)
        const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const))
        rememberLayout(inputKey, { positions, scale: styled.current.scale })
      }
      const layoutMs = measureOnce(PERF.layout, PERF.layoutStart) ?? performance.now() - started
      // Timings for the benchmark (bench/stakeholders.bench.ts); harmless attributes.
      rootRef.current?.setAttribute('data-layout-ms', layoutMs.toFixed(1))
      rootRef.current?.setAttribute('data-layout', layout)
      rootRef.current?.setAttribute('data-nodes', String(cy.nodes().length))
      // The layout just moved people (someone added or removed, a link changed the chart): show them all.
      fitView(cy)
      laidOut.current = { key, layout, nonce: layoutNonce }
      // Cytoscape draws in its own animation frame and emits 'render' once it has: that is the first frame.
      if (firstFramePending.current && cy.nodes().nonempty()) {
        firstFramePending.current = false
        cy.one('render', () => {
          measureOnce(PERF.firstFrame, PERF.mount)
        })
      }
    } else {
      applyLayoutClasses(cy, layout)
    }
    restyle()
    syncOverlay()
  }, [elements, layout, layoutNonce])

  // Follow the theme live.
  useEffect(() => {
    // On mount the stylesheet already has this palette: a second full style pass would only cost time.
    if (styled.current.theme === theme) return
    styled.current = { ...styled.current, theme }
    restyle(true)
  }, [theme])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.nodes(':selected').unselect()
    if (selectedId) cy.getElementById(selectedId).select()
  }, [selectedId, elements])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    const drawing = linkKind !== null
    cy.autoungrabify(drawing || Boolean(readOnly))
    cy.userPanningEnabled(!drawing)
  }, [linkKind, readOnly])

  useImperativeHandle(
    props.handleRef,
    () => ({
      zoomBy(factor) {
        const cy = cyRef.current
        if (!cy) return
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
      },
      fit() {
        if (cyRef.current) fitView(cyRef.current)
      },
      png() {
        const cy = cyRef.current
        return cy ? withPrintStyle(cy, () => cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff' })) : ''
      },
      svg() {
        const cy = cyRef.current
        return cy ? withPrintStyle(cy, () => graphToSvg(cy)) : ''
      }
    }),
    []
  )

  const nodes = elements.filter((el) => el.group === 'nodes')
  return (
    <div ref={rootRef} className={['atlas-graph', props.className].filter(Boolean).join(' ')} data-testid="atlas-graph">
      <div ref={containerRef} className="atlas-graph__canvas" role="img" aria-label={props.ariaLabel} data-testid="stakeholder-graph" />
      <div ref={overlayRef} className="atlas-graph__overlay">
        {nodes.length <= OVERLAY_LIMIT &&
          nodes.map((el) => {
            const id = String(el.data.id)
            return (
              <button
                key={id}
                type="button"
                className="atlas-graph__node"
                data-node-id={id}
                data-testid="graph-node"
                aria-label={props.nodeLabel(id)}
                aria-pressed={selectedId === id}
                onClick={() => latest.current.onSelect(id)}
                onKeyDown={(event) => {
                  if ((event.key === 'Delete' || event.key === 'Backspace') && !latest.current.readOnly && latest.current.onDeleteNode) {
                    event.preventDefault()
                    latest.current.onDeleteNode(id)
                  }
                }}
              />
            )
          })}
      </div>
    </div>
  )
}
