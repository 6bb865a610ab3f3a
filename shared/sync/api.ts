import { z } from '#shared/schemas/zod'

// The team server's small HTTP API beside the Hocuspocus WebSocket: who am I, which accounts are shared
// with me, and each account's members. Requests carry `Authorization: Bearer <token>`; tokens are issued
// by the server's admin (`npm run sync-server -- add-user <name>`), one per person.

export const SYNC_TOKEN_PATTERN = /^atl_[A-Za-z0-9_-]{43}$/
export const syncTokenSchema = z.string().regex(SYNC_TOKEN_PATTERN)

export const userIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,39}$/)
export const accountIdSchema = z.uuid()

export const teamUserSchema = z.object({ id: userIdSchema, name: z.string().min(1).max(80) })
export type TeamUser = z.infer<typeof teamUserSchema>

export const memberRoleSchema = z.enum(['owner', 'member'])
export type MemberRole = z.infer<typeof memberRoleSchema>

export const sharedAccountSchema = z.object({ accountId: accountIdSchema, label: z.string().max(200), role: memberRoleSchema })
export type SharedAccount = z.infer<typeof sharedAccountSchema>

/** GET /api/me */
export const meResponseSchema = z.object({ user: teamUserSchema, accounts: z.array(sharedAccountSchema).max(10_000) })
export type MeResponse = z.infer<typeof meResponseSchema>

/** GET /api/users: the team directory, to pick members from. */
export const usersResponseSchema = z.object({ users: z.array(teamUserSchema).max(10_000) })

/** POST /api/accounts/:accountId/share — the caller becomes the account's owner; again by a member is a no-op. */
export const shareRequestSchema = z.object({ label: z.string().max(200) })

export const memberSchema = z.object({ user: teamUserSchema, role: memberRoleSchema })
/** GET /api/accounts/:accountId/members; PUT and DELETE /api/accounts/:accountId/members/:userId (owner only) answer the same. */
export const membersResponseSchema = z.object({ members: z.array(memberSchema).max(1_000) })
export type MembersResponse = z.infer<typeof membersResponseSchema>

/** GET /health, unauthenticated. */
export const healthResponseSchema = z.object({ status: z.literal('ok'), instance: z.string(), uptimeSeconds: z.number(), documents: z.number().int() })

/** Every error answer: a code the client translates, never server prose shown to the rep. */
export const apiErrorCodeSchema = z.enum(['unauthorized', 'forbidden', 'notFound', 'invalidRequest', 'alreadyShared', 'tooLarge'])
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>
export const apiErrorSchema = z.object({ error: apiErrorCodeSchema })

/** Close reasons the server gives a refused WebSocket connection; the client shows each as its own sentence. */
export const SYNC_REFUSALS = { unauthorized: 'unauthorized', notMember: 'not-member', tooLarge: 'document-too-large' } as const

/** Biggest account document the server keeps (all rows and history of one account, text excluded). */
export const MAX_ACCOUNT_DOC_BYTES = 8 * 1024 * 1024
/** Biggest single dossier section's text document. */
export const MAX_SECTION_DOC_BYTES = 2 * 1024 * 1024
