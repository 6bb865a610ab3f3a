import { createHeadlessEditor } from '@lexical/headless'
import { $createListItemNode, $createListNode } from '@lexical/list'
import { $createLinkNode } from '@lexical/link'
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text'
import { $createTableNodeWithDimensions } from '@lexical/table'
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $isElementNode, $setSelection, type LexicalEditor, type TextNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { KNOWN_NODE_TYPES, checkSectionContent, extractFindings, extractPlainText, walkNodes, type SerializedNode, type SerializedState } from '#shared/domain/dossier'
import { $createImageNode, $createMentionNode, $findingNodesById, $isImageNode, $isMentionNode, $markSelectionAsFinding, $unwrapFinding, DOSSIER_NODES } from './index'
import storedDossier from './fixtures/storedDossier.json'

function newEditor(): LexicalEditor {
  return createHeadlessEditor({ nodes: [...DOSSIER_NODES], onError: (e) => { throw e } })
}

const attrs = (findingId: string, channel: 'gatekeeper' | 'external' = 'gatekeeper') => ({
  findingId, channel, sourceId: 'p1', date: 1_700_000_000_000, confidence: 'high' as const, verified: false, verifiedAt: null
})

function $select(anchor: TextNode, anchorOffset: number, focus: TextNode, focusOffset: number) {
  const selection = $createRangeSelection()
  selection.anchor.set(anchor.getKey(), anchorOffset, 'text')
  selection.focus.set(focus.getKey(), focusOffset, 'text')
  $setSelection(selection)
}

function buildDossier(editor: LexicalEditor) {
  editor.update(
    () => {
      const root = $getRoot()
      const heading = $createHeadingNode('h2').append($createTextNode('门卫 Gatekeeper'))
      const first = $createTextNode('门卫说老板姓王，每周二来厂。')
      const bold = $createTextNode(' Owner drives a Buick.').toggleFormat('bold')
      const p1 = $createParagraphNode().append(first, bold)
      const p2 = $createParagraphNode().append($createTextNode('采购是 '), $createMentionNode('p1', '王经理'), $createTextNode(' 负责'))
      const list = $createListNode('check').append($createListItemNode(true).append($createTextNode('主要产品')), $createListItemNode(false).append($createTextNode('Buyer phone')))
      const table = $createTableNodeWithDimensions(2, 2, false)
      const quote = $createQuoteNode().append($createTextNode('"We need it by May"'))
      const link = $createParagraphNode().append($createLinkNode('https://example.com').append($createTextNode('website')), $createImageNode('a1'))
      root.clear().append(heading, p1, p2, list, table, quote, link)
      $select(first, 5, first, 7) // 姓王
      $markSelectionAsFinding(attrs('f1'))
    },
    { discrete: true }
  )
}

function leaves(state: unknown): SerializedNode[] {
  const found: SerializedNode[] = []
  walkNodes((state as SerializedState).root, (node) => {
    if (node.type === 'mention' || node.type === 'attachment-image') found.push(node)
  })
  return found
}

describe('dossier nodes', () => {
  it('registers only node types the stored-content check knows', () => {
    for (const klass of DOSSIER_NODES) expect(KNOWN_NODE_TYPES.has(klass.getType()), klass.getType()).toBe(true)
  })

  it('round-trips a dossier section through JSON unchanged, and the pure extraction reads it', () => {
    const editor = newEditor()
    buildDossier(editor)
    const json = editor.getEditorState().toJSON()
    const stored = JSON.parse(JSON.stringify(json)) as Record<string, unknown>
    expect(checkSectionContent(stored).ok).toBe(true)

    const reopened = newEditor()
    reopened.setEditorState(reopened.parseEditorState(JSON.stringify(stored)))
    expect(JSON.parse(JSON.stringify(reopened.getEditorState().toJSON()))).toEqual(stored)

    const text = extractPlainText(stored)
    expect(text.split('\n')).toEqual([
      '门卫 Gatekeeper',
      '门卫说老板姓王，每周二来厂。 Owner drives a Buick.',
      '采购是 @王经理 负责',
      '主要产品',
      'Buyer phone',
      '"We need it by May"',
      'website'
    ])
    expect(extractFindings(stored, 'gatekeeper')).toEqual([
      { id: 'f1', text: '姓王', channel: 'gatekeeper', sectionChannel: 'gatekeeper', sourceId: 'p1', date: 1_700_000_000_000, confidence: 'high', verified: false, verifiedAt: null }
    ])
  })

  it('marks a passage across paragraphs as one finding, edits and removes it', () => {
    const editor = newEditor()
    editor.update(
      () => {
        const a = $createTextNode('官网称年产 50 万套')
        const b = $createTextNode('出口欧洲和东南亚')
        $getRoot().clear().append($createParagraphNode().append(a), $createParagraphNode().append(b))
        $select(a, 6, b, 4)
        $markSelectionAsFinding(attrs('f2', 'external'))
      },
      { discrete: true }
    )
    let json = editor.getEditorState().toJSON()
    expect(extractFindings(json, 'external').map((f) => [f.id, f.text])).toEqual([['f2', '50 万套 出口欧洲']])

    editor.update(() => $findingNodesById($getRoot(), 'f2').forEach((n) => n.setAttributes({ verified: true, verifiedAt: 5 })), { discrete: true })
    json = editor.getEditorState().toJSON()
    expect(extractFindings(json, 'external')[0]).toMatchObject({ verified: true, verifiedAt: 5 })

    editor.update(() => $findingNodesById($getRoot(), 'f2').forEach($unwrapFinding), { discrete: true })
    json = editor.getEditorState().toJSON()
    expect(extractFindings(json, 'external')).toEqual([])
    expect(extractPlainText(json)).toBe('官网称年产 50 万套\n出口欧洲和东南亚')
  })

  it('does not nest a finding inside another', () => {
    const editor = newEditor()
    editor.update(
      () => {
        const t = $createTextNode('abcdef')
        $getRoot().clear().append($createParagraphNode().append(t))
        $select(t, 1, t, 4)
        $markSelectionAsFinding(attrs('outer'))
      },
      { discrete: true }
    )
    editor.update(
      () => {
        const inner = $findingNodesById($getRoot(), 'outer')[0]!.getFirstChild() as TextNode
        $select(inner, 0, inner, 2)
        $markSelectionAsFinding(attrs('inner'))
      },
      { discrete: true }
    )
    expect(extractFindings(editor.getEditorState().toJSON(), 'notes').map((f) => f.id)).toEqual(['outer'])
  })

  // The fixture was saved by the nodes' hand-written importJSON/exportJSON, before they declared $config.
  // Only the order of keys inside a node may differ; JSON readers do not see it.
  it('opens a dossier saved by the earlier nodes and saves it back unchanged', () => {
    expect(checkSectionContent(storedDossier).ok).toBe(true)
    const editor = newEditor()
    editor.setEditorState(editor.parseEditorState(JSON.stringify(storedDossier)))
    const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as unknown
    expect(saved).toStrictEqual(storedDossier)
    expect(extractFindings(saved, 'external')).toEqual([
      { id: 'f1', text: '姓王', channel: 'gatekeeper', sectionChannel: 'external', sourceId: 'p1', date: 1_700_000_000_000, confidence: 'high', verified: false, verifiedAt: null },
      { id: 'f2', text: '50 万套 出口欧洲', channel: 'external', sectionChannel: 'external', sourceId: null, date: 1_700_000_500_000, confidence: 'low', verified: true, verifiedAt: 1_700_000_900_000 }
    ])
  })

  it('keeps every attribute of a loaded finding, mention and photo when it or its neighbours are edited', () => {
    const editor = newEditor()
    editor.setEditorState(editor.parseEditorState(JSON.stringify(storedDossier)))
    const before = extractFindings(editor.getEditorState().toJSON(), 'notes')
    editor.update(
      () => {
        for (const node of $findingNodesById($getRoot(), 'f2')) node.setAttributes({ confidence: 'medium' })
        const root = $getRoot()
        for (const node of [...root.getChildren()].flatMap((p) => ($isElementNode(p) ? p.getChildren() : []))) {
          if ($isMentionNode(node) || $isImageNode(node)) node.insertAfter($createTextNode('!'))
        }
      },
      { discrete: true }
    )
    const after = editor.getEditorState().toJSON()
    expect(extractFindings(after, 'notes')).toEqual(before.map((f) => (f.id === 'f2' ? { ...f, confidence: 'medium' } : f)))
    expect(leaves(after)).toStrictEqual([
      { type: 'mention', version: 1, stakeholderId: 'p1', name: '王经理' },
      { type: 'attachment-image', version: 1, attachmentId: 'a1', altText: '' },
      { type: 'attachment-image', version: 1, attachmentId: 'a2', altText: '名片 card' }
    ])
  })
})
