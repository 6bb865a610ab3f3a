import { FINDING_NODE_TYPE, type FindingAttributes, type SerializedNode, type SerializedState } from './lexicalJson'

export type AppendedFinding = {
  attributes: FindingAttributes
  /** What was learned; a line break in it stays a line break inside the finding. */
  text: string
  /** Where it was learned (e.g. "visit on 12 Mar 2026"), written after the finding as plain text. */
  sourceNote: string
}

// Shaped like the editor's exportJSON (see renderer/src/editor/nodes/fixtures/storedDossier.json), so the
// dossier editor opens the result and saves it back unchanged.
const textNode = (text: string): SerializedNode => ({ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 })
const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...extra
})

function linesOf(text: string): SerializedNode[] {
  return text
    .trim()
    .split(/\r?\n/)
    .flatMap((line, i): SerializedNode[] => [...(i === 0 ? [] : [{ type: 'linebreak', version: 1 }]), ...(line ? [textNode(line)] : [])])
}

/**
 * A dossier section's content with one more paragraph at the end: the finding (its attributes and
 * text) followed by the source note. `content` null (a section never written) starts a new document.
 * Pure: the stored content passed in is not changed.
 */
export function appendFinding(content: Record<string, unknown> | null, finding: AppendedFinding): SerializedState {
  const paragraph = element(
    'paragraph',
    [
      element(FINDING_NODE_TYPE, linesOf(finding.text), { ...finding.attributes }),
      ...(finding.sourceNote.trim() ? [textNode(` (${finding.sourceNote.trim()})`)] : [])
    ],
    { textFormat: 0, textStyle: '' }
  )
  const root = (content as Partial<SerializedState> | null)?.root
  if (!root) return { root: element('root', [paragraph]) as SerializedState['root'] }
  return { ...(content as SerializedState), root: { ...root, children: [...root.children, paragraph] } }
}
