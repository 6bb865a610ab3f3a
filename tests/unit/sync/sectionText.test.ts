import { $createTextNode, $getRoot, type ParagraphNode, type TextNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { extractPlainText } from '#shared/domain/dossier'
import { readSectionText, seedSectionText } from '#editor/collab/sectionText'
import { openSectionEditor } from '../../support/sectionTyping'

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }] })
const content = (...texts: string[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: texts.map(paragraph) } })

describe('a dossier section’s text document', () => {
  it('is empty until written, and gives back the stored content it was seeded with', () => {
    const doc = new Y.Doc()
    expect(readSectionText(doc)).toBeNull()
    const stored = content('仓库主管说下周停线', 'Second shift is short of forklifts')
    seedSectionText(doc, stored, 'seed')
    expect(readSectionText(doc)).toEqual(stored)
    // Seeding only ever fills a document nobody wrote: a second seed changes nothing.
    seedSectionText(doc, content('other'), 'seed')
    expect(extractPlainText(readSectionText(doc))).toBe('仓库主管说下周停线\nSecond shift is short of forklifts')
  })

  it('seeds a section with no text as one empty paragraph an editor can type into', async () => {
    const doc = new Y.Doc()
    seedSectionText(doc, null, 'seed')
    const editor = await openSectionEditor(async () => doc)
    expect(readSectionText(doc)).toMatchObject({ root: { children: [{ type: 'paragraph', children: [] }] } })
    editor.edit(() => $getRoot().getFirstChildOrThrow<ParagraphNode>().append($createTextNode('新发现')))
    editor.close()
    expect(extractPlainText(readSectionText(doc))).toBe('新发现')
  })

  it('merges two editors typing in one paragraph without seeing each other, on both copies alike', async () => {
    const alice = new Y.Doc()
    seedSectionText(alice, content('stock runs out in May'), 'seed')
    const bob = new Y.Doc()
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice))
    const type = async (doc: Y.Doc, change: (text: TextNode) => void) => {
      const editor = await openSectionEditor(async () => doc)
      editor.edit(() => change($getRoot().getFirstDescendant() as TextNode))
      editor.close()
    }
    await type(alice, (text) => text.spliceText(0, 0, 'Urgent: '))
    await type(bob, (text) => text.spliceText(text.getTextContentSize(), 0, ' (confirmed)'))
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob))
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice))
    expect(extractPlainText(readSectionText(alice))).toBe('Urgent: stock runs out in May (confirmed)')
    expect(readSectionText(bob)).toEqual(readSectionText(alice))
  })
})
