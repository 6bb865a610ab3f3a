import * as Y from 'yjs'
import { MAX_ACCOUNT_DOC_BYTES, MAX_SECTION_DOC_BYTES } from '#shared/sync/api'
import type { SyncDocRef } from '#shared/sync/docName'
import { MESSAGE_SYNC, MESSAGE_SYNC_REPLY, SYNC_STEP_2, SYNC_UPDATE, WireReader } from './wireFormat'

export type GuardVerdict = { ok: true; updateBytes: number } | { ok: false; problem: 'malformed' | 'tooLarge'; detail: string }

export function maxDocBytes(ref: SyncDocRef): number {
  return ref.sectionId ? MAX_SECTION_DOC_BYTES : MAX_ACCOUNT_DOC_BYTES
}

/**
 * Keeps, per document, an upper bound of its encoded size (the stored state plus every update applied
 * since, from clients or Redis), so the exact size is computed only when an update may cross the limit.
 */
export class DocSizeTracker {
  private readonly sizes = new WeakMap<Y.Doc, { bytes: number }>()

  sizeOf(doc: Y.Doc): { bytes: number } {
    let entry = this.sizes.get(doc)
    if (!entry) {
      const tracked = { bytes: Y.encodeStateAsUpdate(doc).byteLength }
      doc.on('update', (update: Uint8Array) => {
        tracked.bytes += update.byteLength
      })
      this.sizes.set(doc, tracked)
      entry = tracked
    }
    return entry
  }
}

/**
 * Checks one raw Hocuspocus message for a document before it is applied: a Yjs update inside it must
 * decode completely, and must not take the document past its size limit.
 */
export function inspectMessage(message: Uint8Array, doc: Y.Doc, ref: SyncDocRef, sizes: DocSizeTracker): GuardVerdict {
  let update: Uint8Array
  try {
    const reader = new WireReader(message)
    reader.readVarString()
    const type = reader.readVarUint()
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return { ok: true, updateBytes: 0 }
    const step = reader.readVarUint()
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return { ok: true, updateBytes: 0 }
    update = reader.readVarUint8Array()
    // Decoding every struct and the delete set refuses truncated and garbage updates; applying a bad one
    // could leave the document half-changed.
    Y.decodeUpdate(update)
  } catch (error) {
    return { ok: false, problem: 'malformed', detail: error instanceof Error ? error.message : String(error) }
  }

  const limit = maxDocBytes(ref)
  const tracked = sizes.sizeOf(doc)
  if (tracked.bytes + update.byteLength > limit) {
    const current = Y.encodeStateAsUpdate(doc)
    tracked.bytes = current.byteLength
    const merged = Y.mergeUpdates([current, update]).byteLength
    if (merged > limit) return { ok: false, problem: 'tooLarge', detail: `${merged} > ${limit} bytes` }
  }
  return { ok: true, updateBytes: update.byteLength }
}
