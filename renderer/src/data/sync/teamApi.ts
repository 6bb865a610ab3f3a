import type { z } from 'zod'
import { apiErrorSchema, meResponseSchema, membersResponseSchema, usersResponseSchema, type ApiErrorCode } from '#shared/sync/api'

/** A refusal or failure of the team server, as a code the screens translate; `offline` when it could not be reached. */
export class TeamApiError extends Error {
  constructor(readonly code: ApiErrorCode | 'offline' | 'badAnswer') {
    super(`team server: ${code}`)
  }
}

const TIMEOUT_MS = 10_000
const MAX_ANSWER_BYTES = 2 * 1024 * 1024

/** The team server's HTTP API (shared/sync/api.ts), every answer validated before it is used. */
export function teamApi(serverUrl: string, token: string, fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {
  async function call<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.output<S>> {
    let response: Response
    try {
      response = await fetchImpl(new URL(path, serverUrl), {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS)
      })
    } catch {
      throw new TeamApiError('offline')
    }
    const text = await response.text()
    if (text.length > MAX_ANSWER_BYTES) throw new TeamApiError('badAnswer')
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new TeamApiError('badAnswer')
    }
    if (!response.ok) {
      const refusal = apiErrorSchema.safeParse(json)
      throw new TeamApiError(refusal.success ? refusal.data.error : 'badAnswer')
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) throw new TeamApiError('badAnswer')
    return parsed.data
  }
  const account = (accountId: string) => `/api/accounts/${encodeURIComponent(accountId)}`
  return {
    me: () => call('GET', '/api/me', meResponseSchema),
    users: () => call('GET', '/api/users', usersResponseSchema),
    share: (accountId: string, label: string) => call('POST', `${account(accountId)}/share`, membersResponseSchema, { label }),
    members: (accountId: string) => call('GET', `${account(accountId)}/members`, membersResponseSchema),
    addMember: (accountId: string, userId: string) => call('PUT', `${account(accountId)}/members/${encodeURIComponent(userId)}`, membersResponseSchema),
    removeMember: (accountId: string, userId: string) => call('DELETE', `${account(accountId)}/members/${encodeURIComponent(userId)}`, membersResponseSchema)
  }
}
export type TeamApi = ReturnType<typeof teamApi>

/** The WebSocket address of a team server given as http(s)://host:port. */
export const socketUrlOf = (serverUrl: string): string => serverUrl.replace(/^http/, 'ws')
