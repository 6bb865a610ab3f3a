import { normalizeText } from '#shared/domain/search'

/** Blocks of a section's text: paragraphs, headings, list items, quotes, code and table cells. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th'

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/** Scrolls the element into view; smoothly unless the rep asked for less motion. */
export function scrollToView(element: Element, block: ScrollLogicalPosition) {
  // jsdom has no scrolling.
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block, behavior: reducedMotion() ? 'auto' : 'smooth' })
}

/** Brings an element to the middle of the view and plays its `is-flashing` highlight (again, if it had it). */
export function flash(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement)) return false
  scrollToView(element, 'center')
  element.classList.remove('is-flashing')
  void element.offsetWidth // restarts the animation
  element.classList.add('is-flashing')
  return true
}

/**
 * The innermost block under `root` whose text contains a mark, trying the marks in order (search's
 * folded query pieces; the text is folded the same way), or null.
 */
export function blockContaining(root: ParentNode, marks: readonly string[]): HTMLElement | null {
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCKS)]
  const texts = blocks.map((b) => normalizeText(b.textContent ?? ''))
  for (const mark of marks) {
    if (mark === '') continue
    const hits = blocks.filter((_, i) => texts[i]!.includes(mark))
    const innermost = hits.find((b) => !hits.some((other) => other !== b && b.contains(other)))
    if (innermost) return innermost
  }
  return null
}
