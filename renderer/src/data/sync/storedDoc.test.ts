import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { AtlasDb } from '../db'
import { loadStoredDoc, SET_ASIDE_SUFFIX } from './storedDoc'

const ACCOUNT = '0b9f4c6e-8d1a-4f57-9a51-2f6f3b1c7e20'
const NAME = `atlas:account:${ACCOUNT}:section:warehouse`
const updatesOf = (db: AtlasDb) => db.table<{ i: number; k: string; u: Uint8Array }, number>('$syncDocs.doc_updates')

/** A database holding document NAME with the text, in y-dexie's format (one row of a V2 update), as an earlier session left it. */
async function storedText(text: string): Promise<AtlasDb> {
  const db = new AtlasDb(`atlas-test-${globalThis.crypto.randomUUID()}`)
  const typed = new Y.Doc()
  typed.getText('t').insert(0, text)
  await db.syncDocs.put({ id: NAME, accountId: ACCOUNT } as never)
  await updatesOf(db).add({ k: NAME, u: Y.encodeStateAsUpdateV2(typed), f: 1 } as never)
  return db
}

describe('stored sync documents', () => {
  it('loads a readable document as it was stored', async () => {
    const db = await storedText('仓库主管说五月备件会断货')
    const again = (await loadStoredDoc(db, NAME, ACCOUNT))!
    expect(again.setAside).toBe(false)
    expect(again.doc.getText('t').toString()).toBe('仓库主管说五月备件会断货')
    db.close()
  })

  it('sets a document it cannot read aside whole, keeps its updates for support, and starts an empty one', async () => {
    const db = await storedText('仓库主管说五月备件会断货')
    // The disk garbles the document's last stored update.
    const last = (await updatesOf(db).where('k').equals(NAME).toArray()).at(-1)!
    await updatesOf(db).put({ ...last, u: Uint8Array.from({ length: 40 }, (_, i) => (i * 97 + 13) % 256) })
    const rebuilt = (await loadStoredDoc(db, NAME, ACCOUNT))!
    expect(rebuilt.setAside).toBe(true)
    expect(rebuilt.doc.getText('t').toString()).toBe('')
    expect(await db.syncDocs.get(`${NAME}${SET_ASIDE_SUFFIX}`)).toMatchObject({ accountId: ACCOUNT })
    expect((await updatesOf(db).where('k').equals(`${NAME}${SET_ASIDE_SUFFIX}`).toArray()).map((update) => update.i)).toEqual([last.i])
    expect(await updatesOf(db).where('k').equals(NAME).count()).toBe(0)
    rebuilt.doc.getText('t').insert(0, '重新开始')
    expect(rebuilt.doc.getText('t').toString()).toBe('重新开始')
    db.close()
  })
})
