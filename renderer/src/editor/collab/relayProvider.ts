import type { Provider } from '@lexical/yjs'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { localTextOrigin } from '#data/sync/sectionTexts'

type Listener = (...args: never[]) => void

/**
 * A CollaborationPlugin provider that binds the editor to a section's text document held by the sync
 * engine (loaded by y-dexie, connected to the team server while sync is on).
 *
 * The binding fills the editor only from changes it did not make itself, and a document y-dexie has
 * already filled brings none; so the editor gets a document of its own, the shared document's state is
 * applied to it on connect, and updates are relayed both ways with origins that stop them echoing.
 * The rep's typing reaches the shared document with a local-text origin, which the engine does not
 * write back to Dexie (the dossier's autosave does).
 */
export function relayProviderFactory(sharedDoc: () => Promise<Y.Doc | undefined>) {
  return (id: string, docMap: Map<string, Y.Doc>): Provider => {
    const doc = new Y.Doc()
    docMap.set(id, doc)
    const awareness = new Awareness(doc)
    const listeners = new Map<string, Set<Listener>>()
    const emit = (type: string, ...args: unknown[]) => listeners.get(type)?.forEach((listener) => (listener as (...a: unknown[]) => void)(...args))
    const fromShared = {}
    const toShared = localTextOrigin()
    let detach: (() => void) | undefined

    return {
      awareness,
      async connect() {
        if (detach) return
        const shared = await sharedDoc()
        if (!shared || detach) return
        const intoEditor = (update: Uint8Array, origin: unknown) => {
          if (origin !== toShared) Y.applyUpdate(doc, update, fromShared)
        }
        const intoShared = (update: Uint8Array, origin: unknown) => {
          if (origin !== fromShared) Y.applyUpdate(shared, update, toShared)
        }
        // Anything typed before the shared document was ready goes in first, then the shared text comes out.
        Y.applyUpdate(shared, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(shared)), toShared)
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(shared, Y.encodeStateVector(doc)), fromShared)
        shared.on('update', intoEditor)
        doc.on('update', intoShared)
        detach = () => {
          shared.off('update', intoEditor)
          doc.off('update', intoShared)
        }
        emit('status', { status: 'connected' })
        emit('sync', true)
      },
      disconnect() {
        detach?.()
        detach = undefined
        emit('status', { status: 'disconnected' })
      },
      on(type: string, listener: Listener) {
        const set = listeners.get(type) ?? new Set()
        set.add(listener)
        listeners.set(type, set)
      },
      off(type: string, listener: Listener) {
        listeners.get(type)?.delete(listener)
      }
    } as unknown as Provider
  }
}
