import { $createRangeSelection, $createTextNode, $getNodeByKey, $getRoot, $isElementNode, $isTextNode, $setSelection, type LexicalNode, type TextNode } from 'lexical'
import type { IntelChannel } from '#shared/schemas/enums'
import { $createMentionNode, $findingNodesById, $isMentionNode, $markSelectionAsFinding, $unwrapFinding } from '#editor/nodes'
import { pointAt, type TextSpan } from './noteText'

/** Replaces `name` at [offset, offset + length) of one text node with a mention of the person. */
export function $mentionAt(key: string, offset: number, length: number, personId: string, name: string): boolean {
  const node = $getNodeByKey(key)
  if (!$isTextNode(node) || node.getTextContentSize() < offset + length) return false
  const cuts = [offset, offset + length].filter((c) => c > 0 && c < node.getTextContentSize())
  const parts = cuts.length ? node.splitText(...cuts) : [node]
  const target = parts.find((_, i) => parts.slice(0, i).reduce((n, q) => n + q.getTextContentSize(), 0) === offset)
  if (!target || target.getTextContentSize() !== length) return false
  target.replace($createMentionNode(personId, name))
  return true
}

function $firstTextContaining(node: LexicalNode, text: string): { node: TextNode; offset: number } | null {
  if ($isTextNode(node)) {
    const offset = node.getTextContent().indexOf(text)
    return offset >= 0 ? { node, offset } : null
  }
  if ($isElementNode(node)) for (const child of node.getChildren()) {
    const found = $firstTextContaining(child, text)
    if (found) return found
  }
  return null
}

/**
 * Marks a sentence as a finding from the section's channel and turns the person's name in it (`name`,
 * as written) into a mention of them. Returns the finding's id, or null when the sentence could no longer be found as it was.
 */
export function $markCapturedSentence(spans: readonly TextSpan[], sentence: { start: number; end: number }, channel: IntelChannel, name: string, person: { id: string; name: string }, now: number, findingId: string): string | null {
  const anchor = pointAt(spans, sentence.start, false)
  const focus = pointAt(spans, sentence.end, true)
  if (!anchor || !focus) return null
  const selection = $createRangeSelection()
  selection.anchor.set(anchor.key, anchor.offset, 'text')
  selection.focus.set(focus.key, focus.offset, 'text')
  $setSelection(selection)
  const marked = $markSelectionAsFinding({ findingId, channel, sourceId: null, date: now, confidence: 'medium', verified: false, verifiedAt: null })
  $setSelection(null)
  if (!marked) return null
  for (const finding of $findingNodesById($getRoot(), findingId)) {
    const hit = $firstTextContaining(finding, name)
    if (hit && $mentionAt(hit.node.getKey(), hit.offset, name.length, person.id, person.name)) break
  }
  return findingId
}

/** Undoes $markCapturedSentence: the person's mentions become their name again, and the finding's mark goes. */
export function $unmarkCapturedSentence(findingId: string | null, personId: string): void {
  const visit = (node: LexicalNode) => {
    if ($isMentionNode(node) && node.getStakeholderId() === personId) node.replace($createTextNode(node.getTextContent().replace(/^@/, '')))
    else if ($isElementNode(node)) node.getChildren().forEach(visit)
  }
  visit($getRoot())
  if (findingId) for (const finding of $findingNodesById($getRoot(), findingId)) $unwrapFinding(finding)
}
