import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { SyncInstance } from '../../support/syncCluster'

export const TEST_TIMEOUT = 60_000

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

export const newAccountId = () => randomUUID()

export interface ApiAnswer {
  status: number
  body: unknown
  headers: Headers
}

export async function api(instance: SyncInstance, method: string, path: string, token?: string, body?: unknown): Promise<ApiAnswer> {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `Bearer ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${instance.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

export async function share(instance: SyncInstance, token: string, accountId: string, members: { token: string; id: string }[] = []) {
  const shared = await api(instance, 'POST', `/api/accounts/${accountId}/share`, token, { label: 'Test account' })
  if (shared.status !== 200) throw new Error(`share answered ${shared.status}`)
  for (const member of members) {
    const added = await api(instance, 'PUT', `/api/accounts/${accountId}/members/${member.id}`, token)
    if (added.status !== 200) throw new Error(`adding ${member.id} answered ${added.status}`)
  }
}

export interface TestClient {
  doc: Y.Doc
  provider: HocuspocusProvider
  synced: Promise<void>
  /** Reasons from onAuthenticationFailed. */
  refusals: string[]
  /** Reasons of close messages and socket closes. */
  closes: string[]
  destroy(): void
}

/** A HocuspocusProvider over `ws`, as the app's client uses it. */
export function connect(instance: SyncInstance, name: string, token: string, doc = new Y.Doc()): TestClient {
  const websocketProvider = new HocuspocusProviderWebsocket({ url: instance.wsUrl, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 1000, factor: 1.5, jitter: false })
  const refusals: string[] = []
  const closes: string[] = []
  let markSynced: () => void = () => {}
  const synced = new Promise<void>((resolve) => (markSynced = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push(String(event.reason ?? event.code)),
    onSynced: ({ state }) => {
      if (state) markSynced()
    }
  })
  provider.attach()
  return {
    doc,
    provider,
    synced,
    refusals,
    closes,
    destroy() {
      provider.destroy()
      websocketProvider.destroy()
    }
  }
}

/** Resolves once the client has no update the server has not acknowledged. */
export function settled(client: TestClient): Promise<true> {
  return waitFor('the client to have no unsynced changes', () => client.provider.isSynced && !client.provider.hasUnsyncedChanges)
}

export function storedDocument(dbFile: string, name: string): Y.Doc | null {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as { data: Buffer } | undefined
    if (!row) return null
    const doc = new Y.Doc()
    Y.applyUpdate(doc, new Uint8Array(row.data))
    return doc
  } finally {
    db.close()
  }
}

export function storedBytes(dbFile: string, name: string): Buffer | null {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as { data: Buffer } | undefined)?.data ?? null
  } finally {
    db.close()
  }
}

export const logEvents = (instance: SyncInstance) =>
  instance.logs.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>]
    } catch {
      return []
    }
  })
