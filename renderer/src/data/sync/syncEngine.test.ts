import { Server } from '@hocuspocus/server'
import { Dexie } from 'dexie'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createRepositories } from '../repositories'
import { accountDraft, freshDb, stakeholderDraft } from '../testSupport'
import type { AtlasDb } from '../db'
import { SyncEngine } from './syncEngine'

const TOKEN = `atl_${'a'.repeat(43)}`
let server: Server
let serverUrl: string

beforeAll(async () => {
  server = new Server({ port: 0, address: '127.0.0.1', quiet: true })
  await server.listen()
  serverUrl = `http://127.0.0.1:${server.address.port}`
})
afterAll(async () => {
  await server.destroy()
})

const opened: { db: AtlasDb; engine: SyncEngine }[] = []
afterEach(async () => {
  for (const { db, engine } of opened.splice(0)) {
    engine.close()
    db.close()
    await Dexie.delete(db.name)
  }
})

async function profile() {
  const db = freshDb()
  const engine = new SyncEngine(db, { WebSocket })
  await engine.open()
  opened.push({ db, engine })
  return { db, engine, repos: createRepositories(db) }
}

async function converged(accountId: string, ...engines: SyncEngine[]): Promise<string> {
  const deadline = Date.now() + 5_000
  for (;;) {
    await Promise.all(engines.map((engine) => engine.settled(accountId)))
    const digests = await Promise.all(engines.map((engine) => engine.digest(accountId)))
    if (digests.every((digest) => digest === digests[0])) return digests[0]!
    if (Date.now() > deadline) throw new Error(`not converged: ${digests.join(' ')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('team sync between two profiles', () => {
  it('a colleague joining receives the shared account without the sensitive note, and offline edits merge per field', { timeout: 30_000 }, async () => {
    const a = await profile()
    const b = await profile()
    const account = await a.repos.accounts.create(accountDraft({ name: '华东精密' }))
    const person = await a.repos.stakeholders.create(stakeholderDraft(account.id, { name: '李总', sensitiveNotes: 'CANARY-孩子高考' }))
    await a.engine.share(account.id)
    const config = { serverUrl, token: TOKEN, enabled: true }
    a.engine.start(config)
    b.engine.start(config)
    await b.engine.join(account.id)
    await converged(account.id, a.engine, b.engine)
    expect((await b.db.stakeholders.get(person.id))?.name).toBe('李总')
    expect((await b.db.stakeholders.get(person.id))?.sensitiveNotes).toBe('')

    a.engine.stop()
    b.engine.stop()
    const onA = (await a.repos.stakeholders.get(person.id))!
    await a.repos.stakeholders.update(person.id, { ...onA, title: '总经理' })
    const onB = (await b.repos.stakeholders.get(person.id))!
    await b.repos.stakeholders.update(person.id, { ...onB, department: '采购部', sensitiveNotes: 'B 的私人备注' })
    expect(b.engine.getSnapshot().accounts[account.id]).toMatchObject({ status: 'offline' })
    expect(b.engine.getSnapshot().accounts[account.id]!.pending).toBeGreaterThan(0)

    a.engine.start(config)
    b.engine.start(config)
    await converged(account.id, a.engine, b.engine)
    const merged = (await a.db.stakeholders.get(person.id))!
    expect(merged).toMatchObject({ title: '总经理', department: '采购部', sensitiveNotes: 'CANARY-孩子高考' })
    expect((await b.db.stakeholders.get(person.id))?.sensitiveNotes).toBe('B 的私人备注')
  })
})
