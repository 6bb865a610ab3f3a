import { describe, expect, it } from 'vitest'
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection, $isTextNode, type ElementNode } from 'lexical'
import * as Y from 'yjs'
import { seedSectionText } from '#editor/collab/sectionText'
import { openSectionEditor } from '../../support/sectionTyping'

// Several reps' section editors, each bound through the dossier's binding to a text document of its own;
// the documents are brought up to date with each other by hand (as the team server does), in an order
// a seeded generator picks, so a failure replays exactly.

type Editor = Awaited<ReturnType<typeof openSectionEditor>>

function catchUp(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}
function exchangeAll(docs: Y.Doc[]) {
  for (const from of docs) for (const to of docs) if (from !== to) catchUp(from, to)
}
const textOf = (editor: Editor) => editor.editor.getEditorState().read(() => $getRoot().getTextContent())

async function reps(count: number) {
  const docs = Array.from({ length: count }, () => new Y.Doc())
  seedSectionText(docs[0]!, null, 'seed')
  exchangeAll(docs)
  const editors = await Promise.all(docs.map((doc) => openSectionEditor(async () => doc)))
  return { docs, editors }
}

const TYPING = {
  'at the caret': (paragraph: ElementNode, text: string) => {
    paragraph.selectEnd()
    const caret = $getSelection()
    if ($isRangeSelection(caret)) caret.insertText(text)
  },
  'into the last piece of text': (paragraph: ElementNode, text: string) => {
    const last = paragraph.getLastDescendant()
    if ($isTextNode(last)) last.spliceText(last.getTextContentSize(), 0, text)
    else paragraph.append($createTextNode(text))
  },
  'as a new piece of text': (paragraph: ElementNode, text: string) => {
    paragraph.append($createTextNode(text))
  }
} as const

describe('several reps typing into one paragraph of a shared section', () => {
  it('keeps what each typed when a colleague opens the paragraph while another is still typing', async () => {
    const { docs, editors } = await reps(3)
    const [alice, bob, carol] = docs as [Y.Doc, Y.Doc, Y.Doc]
    const [onAlice, onBob] = editors as [Editor, Editor, Editor]
    // Offline from each other, both start typing into the empty paragraph: two pieces of text there.
    onAlice.edit(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode('Alice：仓库五月断货。')))
    onBob.edit(() => {
      const piece = $createTextNode('Bob：')
      $getRoot().getFirstChildOrThrow<ElementNode>().append(piece)
      piece.select()
    })
    exchangeAll(docs)
    // Carol's editor takes both pieces in while Bob goes on typing at his caret, before he hears of her.
    editors[2]!.edit(() => {})
    onBob.edit(() => {
      const caret = $getSelection()
      if ($isRangeSelection(caret)) caret.insertText('二班叉车不够。')
    })
    catchUp(carol, alice)
    exchangeAll([alice, bob, carol])
    for (const editor of editors) editor.edit(() => {})
    for (const editor of editors) {
      expect(textOf(editor)).toContain('Alice：仓库五月断货。')
      expect(textOf(editor)).toContain('Bob：二班叉车不够。')
    }
    expect(new Set(editors.map(textOf)).size).toBe(1)
    for (const editor of editors) editor.close()
  })

  for (const [how, type] of Object.entries(TYPING)) {
    it(`loses nothing when four reps type 200 times ${how}, hearing of each other at random`, async () => {
      const { docs, editors } = await reps(4)
      let state = 7
      const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
      const typed: string[] = []
      for (let round = 0; round < 200; round++) {
        const who = Math.floor(random() * editors.length)
        const text = `[${who}-${round}]`
        typed.push(text)
        editors[who]!.edit(() => type($getRoot().getFirstChildOrThrow<ElementNode>(), text))
        if (random() < 0.5) {
          const [from, to] = [Math.floor(random() * docs.length), Math.floor(random() * docs.length)]
          if (from !== to) catchUp(docs[from]!, docs[to]!)
        }
      }
      exchangeAll(docs)
      for (const editor of editors) editor.edit(() => {})
      exchangeAll(docs)
      const texts = editors.map(textOf)
      expect(new Set(texts).size).toBe(1)
      expect(typed.filter((text) => !texts[0]!.includes(text))).toEqual([])
      expect(typed.filter((text) => texts[0]!.split(text).length > 2)).toEqual([])
      for (const editor of editors) editor.close()
    })
  }
})
