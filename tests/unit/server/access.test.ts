import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { accountDocName, sectionDocName } from '#shared/sync/docName'
import { SYNC_REFUSALS } from '#shared/sync/api'
import { startSyncCluster, type SyncCluster } from '../../support/syncCluster'
import { api, connect, logEvents, newAccountId, settled, share, sleep, TEST_TIMEOUT, waitFor } from './helpers'
import { authMessage, rawClient } from './wire'

// Who may open which document over the WebSocket: tokens, memberships, revocation.
let cluster: SyncCluster
let anna: string
let ben: string
let cara: string

beforeAll(async () => {
  cluster = await startSyncCluster({ instances: 1 })
  anna = await cluster.addUser('anna', 'Anna Berg')
  ben = await cluster.addUser('ben', 'Ben Ortiz')
  cara = await cluster.addUser('cara', 'Cara Lind')
}, TEST_TIMEOUT)

afterAll(() => cluster?.stop(), TEST_TIMEOUT)

describe('sync server: access', () => {
  it('refuses an unknown token with unauthorized', async () => {
    const instance = cluster.instances[0]!
    const accountId = newAccountId()
    await share(instance, anna, accountId)
    const client = connect(instance, accountDocName(accountId), `atl_${'x'.repeat(43)}`)
    try {
      await waitFor('a refusal', () => client.refusals.length > 0)
      expect(client.refusals).toEqual([SYNC_REFUSALS.unauthorized])
      const malformed = connect(instance, accountDocName(accountId), 'not a token')
      await waitFor('a refusal', () => malformed.refusals.length > 0)
      expect(malformed.refusals).toEqual([SYNC_REFUSALS.unauthorized])
      malformed.destroy()
      expect(logEvents(instance).some((e) => e.event === 'refused' && e.reason === SYNC_REFUSALS.unauthorized)).toBe(true)
      expect(instance.logs.join('\n')).not.toContain('x'.repeat(43))
    } finally {
      client.destroy()
    }
  }, TEST_TIMEOUT)

  it('lets a member sync the account and its sections', async () => {
    const instance = cluster.instances[0]!
    const accountId = newAccountId()
    await share(instance, anna, accountId, [{ id: 'ben', token: ben }])
    const sectionId = newAccountId()
    for (const name of [accountDocName(accountId), sectionDocName(accountId, sectionId)]) {
      const writer = connect(instance, name, anna)
      await writer.synced
      writer.doc.getMap('rows:stakeholders').set('s1', 'Dana')
      await settled(writer)
      const reader = connect(instance, name, ben)
      await reader.synced
      await waitFor('the row', () => reader.doc.getMap('rows:stakeholders').get('s1') === 'Dana')
      expect(reader.refusals).toEqual([])
      writer.destroy()
      reader.destroy()
    }
    expect(logEvents(instance).some((e) => e.event === 'authenticated' && e.user === 'ben')).toBe(true)
  }, TEST_TIMEOUT)

  it('refuses a non-member with not-member before sending a byte of the document', async () => {
    const instance = cluster.instances[0]!
    const accountId = newAccountId()
    await share(instance, anna, accountId)
    const writer = connect(instance, accountDocName(accountId), anna)
    await writer.synced
    writer.doc.getMap('rows:accounts').set('a', 'secret plan')
    await settled(writer)

    const outsider = connect(instance, accountDocName(accountId), cara)
    await waitFor('a refusal', () => outsider.refusals.length > 0)
    expect(outsider.refusals).toEqual([SYNC_REFUSALS.notMember])
    expect(outsider.doc.getMap('rows:accounts').size).toBe(0)
    outsider.destroy()

    // On the wire: the only answer is the permission-denied message.
    const raw = await rawClient(instance.wsUrl)
    raw.send(authMessage(accountDocName(accountId), cara))
    await waitFor('an answer', () => raw.received.length > 0)
    await sleep(500)
    expect(raw.received).toEqual([{ type: 2, authType: 1, reason: SYNC_REFUSALS.notMember }])
    raw.socket.close()

    // A name we never issue is refused too, even to a member of everything.
    const odd = connect(instance, `atlas:account:${accountId}:other`, anna)
    await waitFor('a refusal', () => odd.refusals.length > 0)
    expect(odd.refusals).toEqual([SYNC_REFUSALS.notMember])
    odd.destroy()
    writer.destroy()
  }, TEST_TIMEOUT)

  it('closes a removed member’s open document and refuses them from then on', async () => {
    const instance = cluster.instances[0]!
    const accountId = newAccountId()
    await share(instance, anna, accountId, [{ id: 'ben', token: ben }])
    const member = connect(instance, accountDocName(accountId), ben)
    await member.synced

    const removed = await api(instance, 'DELETE', `/api/accounts/${accountId}/members/ben`, anna)
    expect(removed.status).toBe(200)
    await waitFor('the close', () => member.closes.includes(SYNC_REFUSALS.notMember))
    member.destroy()

    const again = connect(instance, accountDocName(accountId), ben, new Y.Doc())
    await waitFor('a refusal', () => again.refusals.length > 0)
    expect(again.refusals).toEqual([SYNC_REFUSALS.notMember])
    again.destroy()
  }, TEST_TIMEOUT)

  it('ends the open connections of a user removed with remove-user', async () => {
    const instance = cluster.instances[0]!
    const dana = await cluster.addUser('dana', 'Dana Roe')
    const accountId = newAccountId()
    await share(instance, dana, accountId)
    const client = connect(instance, accountDocName(accountId), dana)
    await client.synced
    const main = join(import.meta.dirname, '..', '..', '..', 'out', 'server', 'main.js')
    await promisify(execFile)(process.execPath, [main, 'remove-user', 'dana', '--db', cluster.dbFile])
    await waitFor('the close', () => client.closes.includes(SYNC_REFUSALS.unauthorized))
    client.destroy()
    const again = connect(instance, accountDocName(accountId), dana)
    await waitFor('a refusal', () => again.refusals.length > 0)
    expect(again.refusals).toEqual([SYNC_REFUSALS.unauthorized])
    again.destroy()
  }, TEST_TIMEOUT)
})
