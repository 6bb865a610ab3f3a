import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accountDocName } from '#shared/sync/docName'
import { startSyncCluster, type SyncCluster } from '../../support/syncCluster'
import { connect, logEvents, newAccountId, settled, share, storedDocument, TEST_TIMEOUT, waitFor, type TestClient } from './helpers'

// Two instances over Redis and one SQLite file: live updates across instances, the store, crashes.
let cluster: SyncCluster
let anna: string
let ben: string
const clients: TestClient[] = []

beforeAll(async () => {
  cluster = await startSyncCluster({ instances: 2 })
  anna = await cluster.addUser('anna', 'Anna Berg')
  ben = await cluster.addUser('ben', 'Ben Ortiz')
}, TEST_TIMEOUT)

afterAll(async () => {
  for (const client of clients) client.destroy()
  await cluster?.stop()
}, TEST_TIMEOUT)

const open = (...args: Parameters<typeof connect>) => {
  const client = connect(...args)
  clients.push(client)
  return client
}

const rows = (client: TestClient) => client.doc.getMap<number>('rows:visits')

/** A new account shared by Anna with Ben; Anna's client on instance A and Ben's on B, both synced. */
async function annaOnAAndBenOnB() {
  const [a, b] = cluster.instances as [(typeof cluster.instances)[0], (typeof cluster.instances)[0]]
  const accountId = newAccountId()
  const name = accountDocName(accountId)
  await share(a, anna, accountId, [{ id: 'ben', token: ben }])
  const onA = open(a, name, anna)
  const onB = open(b, name, ben)
  await Promise.all([onA.synced, onB.synced])
  return { a, b, name, onA, onB }
}

describe('sync server: two instances', () => {
  it('carries an update from a client on instance A to one on instance B, and a later client gets all from the store', async () => {
    const { a, b, name, onA, onB } = await annaOnAAndBenOnB()
    rows(onA).set('from-a', 1)
    await waitFor('A’s update on B', () => rows(onB).get('from-a') === 1)
    rows(onB).set('from-b', 2)
    await waitFor('B’s update on A', () => rows(onA).get('from-b') === 2)
    await Promise.all([settled(onA), settled(onB)])
    onA.destroy()
    onB.destroy()

    // Both documents unload once stored; a third client then gets everything from SQLite.
    await waitFor('both instances to unload the document', async () => {
      const health = await Promise.all([a, b].map((i) => fetch(`${i.httpUrl}/health`).then((r) => r.json() as Promise<{ documents: number }>)))
      return health.every((h) => h.documents === 0)
    })
    expect(storedDocument(cluster.dbFile, name)?.getMap('rows:visits').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 })
    const later = open(b, name, anna)
    await later.synced
    expect(rows(later).toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 })
  }, TEST_TIMEOUT)

  it('loses nothing when an instance is killed mid-edit and restarted', async () => {
    const { a, name, onA, onB } = await annaOnAAndBenOnB()

    for (let i = 0; i < 50; i++) rows(onA).set(`a${i}`, i)
    await a.stop('SIGKILL')
    expect(a.lastExit?.signal).toBe('SIGKILL')
    // Edits made while the instance is down stay with the client until it reconnects.
    for (let i = 0; i < 20; i++) rows(onA).set(`offline${i}`, i)
    await a.start()
    await waitFor('every edit on B', () => rows(onB).size === 70)
    await settled(onA)

    const expected = rows(onA).toJSON()
    onA.destroy()
    onB.destroy()
    const fresh = open(a, name, anna)
    await fresh.synced
    expect(rows(fresh).toJSON()).toEqual(expected)
    await waitFor('the store to hold every edit', () => storedDocument(cluster.dbFile, name)?.getMap('rows:visits').size === 70)
  }, TEST_TIMEOUT)
})

describe('sync server: shutdown', () => {
  it('stores pending documents on SIGTERM and exits 0', async () => {
    // A long debounce, so the edit is still pending when the signal arrives.
    const slow = await startSyncCluster({ instances: 1, debounceMs: 30_000 })
    try {
      const instance = slow.instances[0]!
      const token = await slow.addUser('anna', 'Anna Berg')
      const accountId = newAccountId()
      const name = accountDocName(accountId)
      await share(instance, token, accountId)
      const client = connect(instance, name, token)
      await client.synced
      rows(client).set('pending', 7)
      await settled(client)
      expect(logEvents(instance).filter((e) => e.event === 'stored' && e.document === name)).toEqual([])

      await instance.stop('SIGTERM')
      client.destroy()
      expect(instance.lastExit).toEqual({ code: 0, signal: null })
      expect(storedDocument(slow.dbFile, name)?.getMap('rows:visits').toJSON()).toEqual({ pending: 7 })
      const events = logEvents(instance).map((e) => e.event)
      expect(events).toContain('stored')
      expect(events.at(-1)).toBe('shutdown')
    } finally {
      await slow.stop()
    }
  }, TEST_TIMEOUT)
})
