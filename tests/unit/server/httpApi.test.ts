import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorSchema, healthResponseSchema, membersResponseSchema, meResponseSchema, usersResponseSchema } from '#shared/sync/api'
import { startSyncCluster, type SyncCluster, type SyncInstance } from '../../support/syncCluster'
import { api, newAccountId, TEST_TIMEOUT } from './helpers'

// The HTTP API of shared/sync/api.ts, answered by a real server process.
let cluster: SyncCluster
let instance: SyncInstance
let anna: string
let ben: string
let cara: string

beforeAll(async () => {
  cluster = await startSyncCluster({ instances: 1 })
  instance = cluster.instances[0]!
  anna = await cluster.addUser('anna', 'Anna Berg')
  ben = await cluster.addUser('ben', 'Ben Ortiz')
  cara = await cluster.addUser('cara', 'Cara Lind')
}, TEST_TIMEOUT)

afterAll(() => cluster?.stop(), TEST_TIMEOUT)

const roles = (body: unknown) => membersResponseSchema.parse(body).members.map((m) => `${m.user.id}:${m.role}`)

describe('sync server: HTTP API', () => {
  it('answers /health without a token', async () => {
    const health = await api(instance, 'GET', '/health')
    expect(health.status).toBe(200)
    expect(healthResponseSchema.parse(health.body)).toMatchObject({ status: 'ok', instance: instance.name })
  }, TEST_TIMEOUT)

  it('refuses the API without a valid token (401) and unknown paths (404)', async () => {
    for (const token of [undefined, `atl_${'y'.repeat(43)}`, 'garbage']) {
      const answer = await api(instance, 'GET', '/api/me', token)
      expect(answer.status).toBe(401)
      expect(apiErrorSchema.parse(answer.body)).toEqual({ error: 'unauthorized' })
    }
    expect((await api(instance, 'GET', '/api/nothing', anna)).body).toEqual({ error: 'notFound' })
    expect((await api(instance, 'GET', '/', anna)).status).toBe(404)
  }, TEST_TIMEOUT)

  it('answers CORS preflights and marks answers for any origin', async () => {
    const preflight = await fetch(`${instance.httpUrl}/api/me`, { method: 'OPTIONS', headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
    expect((await api(instance, 'GET', '/api/me', anna)).headers.get('access-control-allow-origin')).toBe('*')
  }, TEST_TIMEOUT)

  it('shares an account: owner, members, directory, me', async () => {
    const accountId = newAccountId()
    const shared = await api(instance, 'POST', `/api/accounts/${accountId}/share`, anna, { label: 'Nordwerk GmbH' })
    expect(shared.status).toBe(200)
    expect(roles(shared.body)).toEqual(['anna:owner'])

    const users = usersResponseSchema.parse((await api(instance, 'GET', '/api/users', ben)).body)
    expect(users.users.map((u) => u.id)).toEqual(['anna', 'ben', 'cara'])

    const added = await api(instance, 'PUT', `/api/accounts/${accountId}/members/ben`, anna)
    expect(added.status).toBe(200)
    expect(roles(added.body)).toEqual(['anna:owner', 'ben:member'])
    expect(roles((await api(instance, 'GET', `/api/accounts/${accountId}/members`, ben)).body)).toEqual(['anna:owner', 'ben:member'])

    const me = meResponseSchema.parse((await api(instance, 'GET', '/api/me', ben)).body)
    expect(me.user).toEqual({ id: 'ben', name: 'Ben Ortiz' })
    expect(me.accounts).toContainEqual({ accountId, label: 'Nordwerk GmbH', role: 'member' })

    // Sharing again as a member changes nothing; someone outside gets alreadyShared.
    expect(roles((await api(instance, 'POST', `/api/accounts/${accountId}/share`, ben, { label: 'x' })).body)).toEqual(['anna:owner', 'ben:member'])
    const taken = await api(instance, 'POST', `/api/accounts/${accountId}/share`, cara, { label: 'x' })
    expect([taken.status, taken.body]).toEqual([409, { error: 'alreadyShared' }])
  }, TEST_TIMEOUT)

  it('lets only the owner change members, and keeps the last owner', async () => {
    const accountId = newAccountId()
    await api(instance, 'POST', `/api/accounts/${accountId}/share`, anna, { label: 'Acme' })
    await api(instance, 'PUT', `/api/accounts/${accountId}/members/ben`, anna)

    const byMember = await api(instance, 'PUT', `/api/accounts/${accountId}/members/cara`, ben)
    expect([byMember.status, byMember.body]).toEqual([403, { error: 'forbidden' }])
    const byOutsider = await api(instance, 'GET', `/api/accounts/${accountId}/members`, cara)
    expect([byOutsider.status, byOutsider.body]).toEqual([403, { error: 'forbidden' }])
    expect((await api(instance, 'DELETE', `/api/accounts/${accountId}/members/anna`, ben)).status).toBe(403)

    expect((await api(instance, 'PUT', `/api/accounts/${accountId}/members/nobody`, anna)).status).toBe(404)
    const lastOwner = await api(instance, 'DELETE', `/api/accounts/${accountId}/members/anna`, anna)
    expect([lastOwner.status, lastOwner.body]).toEqual([403, { error: 'forbidden' }])

    const removed = await api(instance, 'DELETE', `/api/accounts/${accountId}/members/ben`, anna)
    expect(roles(removed.body)).toEqual(['anna:owner'])
    expect((await api(instance, 'GET', `/api/accounts/${accountId}/members`, ben)).status).toBe(403)
    expect((await api(instance, 'DELETE', `/api/accounts/${accountId}/members/ben`, anna)).status).toBe(404)
  }, TEST_TIMEOUT)

  it('refuses bad bodies (400) and bodies over 64 KiB (413)', async () => {
    const accountId = newAccountId()
    const path = `/api/accounts/${accountId}/share`
    for (const body of ['{not json', JSON.stringify({ label: 5 }), JSON.stringify({ label: 'x'.repeat(201) }), ''])
      expect(await api(instance, 'POST', path, anna, body)).toMatchObject({ status: 400, body: { error: 'invalidRequest' } })
    expect(await api(instance, 'POST', '/api/accounts/not-a-uuid/share', anna, { label: 'x' })).toMatchObject({ status: 400, body: { error: 'invalidRequest' } })
    const huge = await api(instance, 'POST', path, anna, JSON.stringify({ label: 'x'.repeat(70 * 1024) }))
    expect([huge.status, huge.body]).toEqual([413, { error: 'tooLarge' }])
    // Nothing was shared by the refused requests; the server still answers.
    expect(roles((await api(instance, 'POST', path, anna, { label: 'fine' })).body)).toEqual(['anna:owner'])
  }, TEST_TIMEOUT)
})
