// Serialized Lexical JSON builders for the dossier's own tests (shaped like the editor's exportJSON).
import type { FindingAttributes, SerializedNode, SerializedState } from './lexicalJson'

export const text = (t: string, format = 0): SerializedNode => ({
  type: 'text', version: 1, text: t, format, style: '', mode: 'normal', detail: 0
})
const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  type, version: 1, children, direction: null, format: '', indent: 0, ...extra
})
export const paragraph = (...children: SerializedNode[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
export const heading = (tag: string, ...children: SerializedNode[]) => element('heading', children, { tag })
export const listItem = (children: SerializedNode[], checked?: boolean) => element('listitem', children, { value: 1, checked })
export const list = (listType: 'bullet' | 'number' | 'check', ...items: SerializedNode[]) =>
  element('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' })
export const cell = (...children: SerializedNode[]) => element('tablecell', children, { headerState: 0, colSpan: 1, rowSpan: 1 })
export const row = (...cells: SerializedNode[]) => element('tablerow', cells)
export const table = (...rows: SerializedNode[]) => element('table', rows)
export const mention = (stakeholderId: string, name: string): SerializedNode => ({ type: 'mention', version: 1, stakeholderId, name })
export const image = (attachmentId: string): SerializedNode => ({ type: 'attachment-image', version: 1, attachmentId, altText: '' })
export const linebreak = (): SerializedNode => ({ type: 'linebreak', version: 1 })
export const finding = (attrs: Partial<FindingAttributes> & { findingId: string }, ...children: SerializedNode[]): SerializedNode =>
  element('finding', children, {
    channel: 'gatekeeper',
    sourceId: null,
    date: 1_700_000_000_000,
    confidence: 'medium',
    verified: false,
    verifiedAt: null,
    ...attrs
  })
export const doc = (...children: SerializedNode[]): SerializedState =>
  ({ root: element('root', children) as SerializedState['root'] })
