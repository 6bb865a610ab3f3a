import { $getRoot, $isDecoratorNode, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical'

/** Where a stretch of a paragraph's text lives: one text node and the offset of its first character. */
export type TextSpan = { key: string; start: number; end: number }
export type NoteParagraph = { key: string; text: string; spans: TextSpan[]; objects: Map<number, string> }

// Mentions, images and other inline things stand in the text as one object character, which no rule reads as a name.
const OBJECT = '\uFFFC'

/** Each top-level block's text, with where every stretch of it lives (inside an editor read). */
export function $noteParagraphs(): NoteParagraph[] {
  return $getRoot()
    .getChildren()
    .filter($isElementNode)
    .map((block) => {
      let text = ''
      const spans: TextSpan[] = []
      const objects = new Map<number, string>()
      const visit = (node: LexicalNode) => {
        if ($isTextNode(node)) {
          const content = node.getTextContent()
          spans.push({ key: node.getKey(), start: text.length, end: text.length + content.length })
          text += content
        } else if ($isLineBreakNode(node)) text += '\n'
        else if ($isDecoratorNode(node)) {
          objects.set(text.length, node.getTextContent())
          text += OBJECT
        }
        else if ($isElementNode(node)) {
          if (!node.isInline() && text && !text.endsWith('\n')) text += '\n'
          node.getChildren().forEach(visit)
        }
      }
      block.getChildren().forEach(visit)
      return { key: block.getKey(), text, spans, objects }
    })
}

/** The text node and offset a paragraph offset falls in (an end offset may sit at a node's end), or null. */
export function pointAt(spans: readonly TextSpan[], offset: number, isEnd: boolean): { key: string; offset: number } | null {
  const span = spans.find((s) => (isEnd ? offset > s.start && offset <= s.end : offset >= s.start && offset < s.end))
  return span ? { key: span.key, offset: offset - span.start } : null
}

/** A stretch of a paragraph as the rep sees it: mentions and other inline things as their text (@王建国). */
export function shownText(paragraph: NoteParagraph, start: number, end: number): string {
  let shown = ''
  for (let i = start; i < end; i++) shown += paragraph.objects.get(i) ?? paragraph.text[i]
  return shown
}
