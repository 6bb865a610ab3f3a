import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  accountIdSchema,
  apiErrorSchema,
  healthResponseSchema,
  membersResponseSchema,
  meResponseSchema,
  shareRequestSchema,
  SYNC_TOKEN_PATTERN,
  userIdSchema,
  usersResponseSchema,
  type ApiErrorCode,
  type TeamUser
} from '#shared/sync/api'
import type { z } from '#shared/schemas/zod'
import type { Logger } from './log'
import type { Store } from './store'

export const MAX_REQUEST_BODY_BYTES = 64 * 1024

const STATUS: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  invalidRequest: 400,
  alreadyShared: 409,
  tooLarge: 413
}

// Requests authenticate with a bearer token, never a cookie, so any origin may call: a page elsewhere
// learns nothing without the token. Hence '*' rather than a list of origins.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600'
}

class ApiError extends Error {
  constructor(readonly code: ApiErrorCode) {
    super(code)
  }
}

export interface HttpApiDeps {
  store: Store
  log: Logger
  instance: string
  startedAt: number
  documentsCount(): number
  /** Called after a member is removed, so their open connections to the account are closed. */
  onMemberRemoved(accountId: string, userId: string): void
}

function send<T>(response: ServerResponse, status: number, schema: z.ZodType<T>, body: T): void {
  const json = JSON.stringify(schema.parse(body))
  response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(json)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > MAX_REQUEST_BODY_BYTES) return reject(new ApiError('tooLarge'))
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > MAX_REQUEST_BODY_BYTES) {
        request.removeAllListeners('data')
        request.resume()
        reject(new ApiError('tooLarge'))
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function readJson<T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const text = await readBody(request)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ApiError('invalidRequest')
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new ApiError('invalidRequest')
  return parsed.data
}

function parseOr<T>(schema: z.ZodType<T>, value: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new ApiError('invalidRequest')
  return parsed.data
}

/** Answers every HTTP request: the API of shared/sync/api.ts, CORS preflights, and 404 for anything else. */
export function createHttpApi(deps: HttpApiDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const { store, log } = deps

  const authenticate = (request: IncomingMessage): TeamUser => {
    const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')
    const token = match?.[1]
    const user = token && SYNC_TOKEN_PATTERN.test(token) ? store.userByToken(token) : null
    if (!user) throw new ApiError('unauthorized')
    return user
  }

  const requireRole = (accountId: string, user: TeamUser, role: 'owner' | 'member') => {
    const actual = store.roleOf(accountId, user.id)
    if (!actual || (role === 'owner' && actual !== 'owner')) throw new ApiError('forbidden')
  }

  const members = (accountId: string) => ({ members: store.members(accountId) })

  const route = async (request: IncomingMessage, response: ServerResponse, method: string, path: string): Promise<void> => {
    if (method === 'GET' && path === '/health') {
      return send(response, 200, healthResponseSchema, {
        status: 'ok',
        instance: deps.instance,
        uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
        documents: deps.documentsCount()
      })
    }
    if (method === 'GET' && path === '/api/me') {
      const user = authenticate(request)
      return send(response, 200, meResponseSchema, { user, accounts: store.accountsOf(user.id) })
    }
    if (method === 'GET' && path === '/api/users') {
      authenticate(request)
      return send(response, 200, usersResponseSchema, { users: store.listUsers() })
    }

    const share = /^\/api\/accounts\/([^/]+)\/share$/.exec(path)
    if (share && method === 'POST') {
      const user = authenticate(request)
      const accountId = parseOr(accountIdSchema, decodeURIComponent(share[1]!))
      const { label } = await readJson(request, shareRequestSchema)
      const outcome = store.share(accountId, user.id, label)
      if (outcome === 'sharedBySomeoneElse') throw new ApiError('alreadyShared')
      if (outcome === 'shared') log.info('accountShared', { account: accountId, user: user.id })
      return send(response, 200, membersResponseSchema, members(accountId))
    }

    const list = /^\/api\/accounts\/([^/]+)\/members$/.exec(path)
    if (list && method === 'GET') {
      const user = authenticate(request)
      const accountId = parseOr(accountIdSchema, decodeURIComponent(list[1]!))
      requireRole(accountId, user, 'member')
      return send(response, 200, membersResponseSchema, members(accountId))
    }

    const one = /^\/api\/accounts\/([^/]+)\/members\/([^/]+)$/.exec(path)
    if (one && (method === 'PUT' || method === 'DELETE')) {
      const user = authenticate(request)
      const accountId = parseOr(accountIdSchema, decodeURIComponent(one[1]!))
      const userId = parseOr(userIdSchema, decodeURIComponent(one[2]!))
      requireRole(accountId, user, 'owner')
      if (!store.getUser(userId)) throw new ApiError('notFound')
      if (method === 'PUT') {
        store.addMember(accountId, userId)
        log.info('memberAdded', { account: accountId, user: userId, by: user.id })
      } else {
        const outcome = store.removeMember(accountId, userId)
        if (outcome === 'notMember') throw new ApiError('notFound')
        // The last owner stays: an account nobody can administer could never be unshared or handed over.
        if (outcome === 'lastOwner') throw new ApiError('forbidden')
        log.info('memberRemoved', { account: accountId, user: userId, by: user.id })
        deps.onMemberRemoved(accountId, userId)
      }
      return send(response, 200, membersResponseSchema, members(accountId))
    }

    throw new ApiError('notFound')
  }

  return async (request, response) => {
    const method = request.method ?? 'GET'
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS)
      response.end()
      return
    }
    try {
      await route(request, response, method, path)
    } catch (error) {
      const code: ApiErrorCode = error instanceof ApiError ? error.code : 'invalidRequest'
      if (!(error instanceof ApiError)) log.error('requestFailed', { method, path, message: error instanceof Error ? error.message : String(error) })
      if (code === 'tooLarge') response.setHeader('Connection', 'close')
      if (!response.headersSent) send(response, error instanceof ApiError ? STATUS[code] : 500, apiErrorSchema, { error: code })
      else response.end()
    }
  }
}
