import { createHeadlessEditor } from '@lexical/headless'
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Provider } from '@lexical/yjs'
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { SectionTextCodec } from '#data'
import { DOSSIER_NODES } from '../nodes'

/** The root shared type CollaborationPlugin binds (its default `rootName`). */
const ROOT = 'root'

/** A provider for an editor that has no screen: the binding reads awareness, nothing is ever sent. */
function quietProvider(doc: Y.Doc): Provider {
  const awareness = new Awareness(doc)
  return { awareness, connect() {}, disconnect() {}, on() {}, off() {} } as unknown as Provider
}

function headless(onError: (error: Error) => void): LexicalEditor {
  return createHeadlessEditor({ namespace: 'dossier-section-text', nodes: [...DOSSIER_NODES], onError: (error) => onError(error) })
}

/** Whether a section's text document has ever been written (a cleared section still holds one empty paragraph). */
export function hasSectionText(doc: Y.Doc): boolean {
  return doc.get(ROOT, Y.XmlText).length > 0
}

/**
 * The Lexical state of a section's text document, as `dossierSections.content` stores it, or null when
 * the document was never written. Replays the document into a fresh headless editor through the same
 * binding the screen's editor uses, so what is stored is exactly what a colleague's editor shows.
 */
export function readSectionText(doc: Y.Doc): Record<string, unknown> | null {
  if (!hasSectionText(doc)) return null
  let failure: Error | undefined
  const editor = headless((error) => (failure = error))
  const mirror = new Y.Doc()
  const binding = createYjsBinding({ editor, id: 'section', doc: mirror, docMap: new Map([['section', mirror]]) })
  const provider = quietProvider(mirror)
  const root = binding.root.getSharedType()
  const onChanges = (events: Y.YEvent<Y.XmlText>[]) => syncYjsChangesToLexical(binding, provider, events, false)
  root.observeDeep(onChanges as never)
  Y.applyUpdate(mirror, Y.encodeStateAsUpdate(doc))
  root.unobserveDeep(onChanges as never)
  // The binding's update is queued; a discrete no-op update commits it now.
  editor.update(() => {}, { discrete: true })
  binding.root.destroy(binding)
  mirror.destroy()
  if (failure) throw failure
  return editor.getEditorState().toJSON() as unknown as Record<string, unknown>
}

/**
 * Writes stored content (null: one empty paragraph) into a never-written section text document (once,
 * by the client that shared the account or created the section),
 * as one Yjs update with `origin`. The text is built in a scratch document through the binding, so the
 * shared document receives exactly what an editor typing it would have produced.
 */
export function seedSectionText(doc: Y.Doc, content: Record<string, unknown> | null, origin: unknown): void {
  if (hasSectionText(doc)) return
  let failure: Error | undefined
  const editor = headless((error) => (failure = error))
  const scratch = new Y.Doc()
  const binding = createYjsBinding({ editor, id: 'section', doc: scratch, docMap: new Map([['section', scratch]]) })
  const provider = quietProvider(scratch)
  const stop = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
    syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags)
  )
  // setEditorState marks the root dirty, so the listener writes the whole tree into the scratch document.
  if (content) editor.setEditorState(editor.parseEditorState(JSON.stringify(content)))
  editor.update(() => {
    const root = $getRoot()
    if (root.isEmpty()) root.append($createParagraphNode())
  }, { discrete: true })
  stop()
  if (failure) throw failure
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch), origin)
  binding.root.destroy(binding)
  scratch.destroy()
}

/** The codec the sync engine reads and seeds section text documents with (renderer/src/data/sync/sectionTexts.ts). */
export const dossierSectionText: SectionTextCodec = { read: readSectionText, seed: seedSectionText }
