import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_SECTION_DOC_BYTES, SYNC_REFUSALS } from '#shared/sync/api'
import { accountDocName, sectionDocName } from '#shared/sync/docName'
import { startSyncCluster, type SyncCluster, type SyncInstance } from '../../support/syncCluster'
import { api, connect, logEvents, newAccountId, settled, share, storedBytes, TEST_TIMEOUT, waitFor } from './helpers'
import { authMessage, concat, rawClient, syncUpdateMessage, varString, varUint } from './wire'

// Updates no honest client sends: garbage, truncated Yjs updates, documents past their size limit.
let cluster: SyncCluster
let instance: SyncInstance
let anna: string

beforeAll(async () => {
  cluster = await startSyncCluster({ instances: 1 })
  instance = cluster.instances[0]!
  anna = await cluster.addUser('anna', 'Anna Berg')
}, TEST_TIMEOUT)

afterAll(() => cluster?.stop(), TEST_TIMEOUT)

/** A stored document with one row in it, written by an honest client. */
async function storedFixture(name: string): Promise<Buffer> {
  const writer = connect(instance, name, anna)
  await writer.synced
  writer.doc.getMap('rows:accounts').set('a', 'Nordwerk')
  await settled(writer)
  writer.destroy()
  return waitFor('the document to be stored', () => storedBytes(cluster.dbFile, name))
}

async function stillServes(name: string) {
  expect((await api(instance, 'GET', '/health')).status).toBe(200)
  const reader = connect(instance, name, anna)
  await reader.synced
  const content = reader.doc.getMap('rows:accounts').toJSON()
  reader.destroy()
  return content
}

describe('sync server: hostile updates', () => {
  it('rejects malformed bytes and truncated updates, keeps the document, keeps serving', async () => {
    const accountId = newAccountId()
    await share(instance, anna, accountId)
    const name = accountDocName(accountId)
    const before = await storedFixture(name)

    const honest = new Y.Doc()
    honest.getMap('rows:accounts').set('b', 'x'.repeat(200))
    const update = Y.encodeStateAsUpdate(honest)

    for (const bad of [update.subarray(0, update.length - 7), randomBytes(300), new Uint8Array([])]) {
      const raw = await rawClient(instance.wsUrl)
      raw.send(authMessage(name, anna))
      await waitFor('authentication', () => raw.received.some((m) => m.type === 2 && m.authType === 2))
      raw.send(syncUpdateMessage(name, bad))
      await waitFor('the close message', () => raw.received.some((m) => m.type === 7))
      expect(raw.received.find((m) => m.type === 7)?.reason).toBe('malformed-update')
      raw.socket.close()
    }

    // Bytes that are not even a message: the socket is dropped.
    const raw = await rawClient(instance.wsUrl)
    raw.send(authMessage(name, anna))
    await waitFor('authentication', () => raw.received.some((m) => m.type === 2 && m.authType === 2))
    raw.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))
    raw.send(concat(varString(name), varUint(0), varUint(2), varUint(9_999_999)))
    await waitFor('the close message', () => raw.received.some((m) => m.type === 7) || raw.socket.readyState === raw.socket.CLOSED)
    raw.socket.close()

    const rejected = logEvents(instance).filter((e) => e.event === 'rejectedMessage' && e.document === name)
    expect(rejected.length).toBeGreaterThanOrEqual(3)
    expect(rejected.every((e) => e.problem === 'malformed' && e.user === 'anna')).toBe(true)
    expect(instance.logs.join('\n')).not.toContain(anna)

    expect(await stillServes(name)).toEqual({ a: 'Nordwerk' })
    expect(storedBytes(cluster.dbFile, name)?.equals(before)).toBe(true)
  }, TEST_TIMEOUT)

  it('refuses an update that would take a section past its size limit', async () => {
    const accountId = newAccountId()
    await share(instance, anna, accountId)
    const name = sectionDocName(accountId, newAccountId())
    const before = await storedFixture(name)

    const client = connect(instance, name, anna)
    await client.synced
    // Random text does not compress: the update is about as big as the text.
    client.doc.getText('root').insert(0, randomBytes(MAX_SECTION_DOC_BYTES / 2 + 1024).toString('hex'))
    await waitFor('the refusal', () => client.closes.includes(SYNC_REFUSALS.tooLarge))
    client.destroy()

    expect(logEvents(instance).some((e) => e.event === 'rejectedMessage' && e.document === name && e.problem === 'tooLarge')).toBe(true)
    expect(await stillServes(name)).toEqual({ a: 'Nordwerk' })
    expect(storedBytes(cluster.dbFile, name)?.equals(before)).toBe(true)
  }, TEST_TIMEOUT)

  it('drops a frame bigger than any document could be', async () => {
    const raw = await rawClient(instance.wsUrl)
    raw.send(new Uint8Array(9 * 1024 * 1024))
    expect((await raw.closed).code).toBe(1009)
    expect((await api(instance, 'GET', '/health')).status).toBe(200)
  }, TEST_TIMEOUT)
})
