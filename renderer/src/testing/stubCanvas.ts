// jsdom has no canvas. Cytoscape's renderer only needs a 2D context that accepts its calls and measures
// text, so a context that ignores drawing lets the real graph (and its events) run in tests.
const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

function fakeContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const values: Record<string | symbol, unknown> = { canvas }
  const context: CanvasRenderingContext2D = new Proxy({} as CanvasRenderingContext2D, {
    get(_, key) {
      if (key in values) return values[key]
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7, actualBoundingBoxAscent: 9, actualBoundingBoxDescent: 3 })
      if (key === 'getImageData') return (_x: number, _y: number, w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) })
      if (key === 'isPointInPath' || key === 'isPointInStroke') return () => false
      if (key === 'getLineDash') return () => []
      if (key === 'getTransform') return () => new DOMMatrix()
      return () => context
    },
    set(_, key, value) {
      values[key] = value
      return true
    }
  })
  return context
}

let stubbed = false
export function stubCanvas(): void {
  // jsdom computes no padding unless a rule sets one, and Cytoscape sizes its canvas from it.
  if (!document.getElementById('test-graph-padding')) {
    const style = document.createElement('style')
    style.id = 'test-graph-padding'
    style.textContent = 'div { padding: 0px }'
    document.head.append(style)
  }
  if (stubbed) return
  stubbed = true
  const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>()
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    let context = contexts.get(this)
    if (!context) contexts.set(this, (context = fakeContext(this)))
    return context
  } as unknown as HTMLCanvasElement['getContext']
  HTMLCanvasElement.prototype.toDataURL = () => PNG_1PX
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
}
