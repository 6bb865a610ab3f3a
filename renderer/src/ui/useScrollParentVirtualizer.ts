import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** The nearest ancestor that scrolls vertically (the app frame's main area), else the document. */
function scrollParentOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/^(auto|scroll|overlay)$/.test(getComputedStyle(node).overflowY)) return node
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement
}

/** A scroller that reports no height has not been laid out (or is jsdom): assume the window's height. */
export const observeRectOrWindow: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }))

export type ScrollParentWindow<T extends Element> = {
  virtualizer: Virtualizer<HTMLElement, T>
  /** The items to draw, in order. */
  items: ReturnType<Virtualizer<HTMLElement, T>['getVirtualItems']>
  /** Height to leave above and below the drawn items so the scroll height is the whole list's. */
  before: number
  after: number
}

/**
 * A virtualised list inside the page's own scroller (it has none of its own): only the items in and
 * near the viewport are drawn. `anchorRef` is the element the items are drawn in; where it starts inside
 * the scroller is followed as anything above it changes height (a banner, a wrapped toolbar, the
 * language). Items are measured as drawn; one that measures 0 (not laid out yet) keeps its estimate.
 */
export function useScrollParentVirtualizer<T extends Element>({
  count,
  getItemKey,
  estimateSize,
  overscan,
  anchorRef
}: {
  count: number
  getItemKey(index: number): string
  estimateSize: number
  overscan: number
  anchorRef: RefObject<HTMLElement | null>
}): ScrollParentWindow<T> {
  const scrollerRef = useRef<HTMLElement | null>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const virtualizer = useVirtualizer<HTMLElement, T>({
    count,
    getScrollElement: () => (scrollerRef.current ??= anchorRef.current && scrollParentOf(anchorRef.current)),
    getItemKey,
    estimateSize: () => estimateSize,
    overscan,
    scrollMargin,
    // The first render happens before the scroller is known: draw a window's height of items at once.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeRectOrWindow,
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || estimateSize
  })

  useLayoutEffect(() => {
    const anchor = anchorRef.current
    const scroller = scrollerRef.current ?? (anchor && scrollParentOf(anchor))
    const content = !scroller || scroller === document.documentElement ? document.body : (scroller.firstElementChild ?? scroller)
    if (!anchor || !scroller) return
    const update = () => {
      const margin = Math.round(anchor.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop)
      setScrollMargin((current) => (current === margin ? current : margin))
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(content)
    return () => observer.disconnect()
  }, [anchorRef])

  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  return {
    virtualizer,
    items,
    before: first ? first.start - scrollMargin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0
  }
}
