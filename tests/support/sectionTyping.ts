import { createHeadlessEditor } from '@lexical/headless'
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from '@lexical/yjs'
import type { LexicalEditor } from 'lexical'
import * as Y from 'yjs'
import { relayProviderFactory } from '#editor/collab/relayProvider'
import { DOSSIER_NODES } from '#editor/nodes'

/**
 * A rep's section editor without a screen: a headless editor wired to the section's text document the
 * way CollaborationPlugin wires the screen's (the app's relay provider, the same binding and both
 * directions of sync), so the sync tests type through the code path the dossier uses.
 */
export async function openSectionEditor(sharedDoc: () => Promise<Y.Doc | undefined>) {
  const editor: LexicalEditor = createHeadlessEditor({ namespace: 'test-section', nodes: [...DOSSIER_NODES], onError: (error) => { throw error } })
  const docMap = new Map<string, Y.Doc>()
  const provider = relayProviderFactory(sharedDoc)('section', docMap)
  const binding = createYjsBinding({ editor, id: 'section', doc: docMap.get('section')!, docMap })
  const root = binding.root.getSharedType()
  const fromYjs = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events, false)
  }
  root.observeDeep(fromYjs as never)
  const stop = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
    syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags)
  )
  await provider.connect()
  editor.update(() => {}, { discrete: true })
  return {
    editor,
    edit(change: () => void) {
      // A colleague's change that arrived is first committed on its own. Typed in the same Lexical update
      // as it, the rep's change would carry its 'collaboration' tag, which the binding never writes back to
      // Yjs. (On screen every keystroke is its own task, after the colleague's update has committed.)
      editor.update(() => {}, { discrete: true })
      editor.update(change, { discrete: true })
    },
    close() {
      stop()
      root.unobserveDeep(fromYjs as never)
      provider.disconnect()
      binding.root.destroy(binding)
    }
  }
}
