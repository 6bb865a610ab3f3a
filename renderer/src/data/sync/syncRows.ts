import type * as Y from 'yjs'
import { z } from '#shared/schemas/zod'
import { syncTokenSchema } from '#shared/sync/api'

/** A shared account's document row; y-dexie keeps the document's updates in its own table. */
export interface SyncDocRow {
  /** The document name (shared/sync/docName.ts). */
  id: string
  accountId: string
  readonly doc: Y.Doc
}

/** Which accounts are shared with the team, and what the rep last saw of each. Validated on read. */
export const SyncAccountRow = z.object({
  accountId: z.uuid(),
  sharedAt: z.number().int().nonnegative(),
  lastSyncedAt: z.number().int().nonnegative().nullable(),
  /** Field changes made here that the server has not confirmed yet. */
  pending: z.number().int().nonnegative(),
  /** Set when the server refused this account (no longer a member). */
  refused: z.enum(['not-member', 'document-too-large']).nullable(),
  /** The Yjs client ids this copy has written the document with (one per session), to tell a conflict from a later edit. */
  clientIds: z.array(z.number().int().nonnegative()).max(50).default([]),
  /** Set when a damaged local copy was set aside and rebuilt from the server (docs/sync.md), until the rep dismisses the notice. */
  rebuilt: z
    .object({ at: z.number().int().nonnegative(), lostSince: z.number().int().nonnegative().nullable() })
    .nullable()
    .default(null)
})
export type SyncAccountRow = z.infer<typeof SyncAccountRow>
/** A row as stored: an earlier build wrote some fields this one defaults. */
export type StoredSyncAccountRow = z.input<typeof SyncAccountRow>

// A token sent in the clear could be read on any network between here and the server: plain http is for
// a server on this computer only (tests, a local trial); anything else must be https.
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/
const secureOrLocal = (address: string) => {
  // An address that is no URL at all is the url check's to refuse.
  if (!URL.canParse(address)) return true
  const url = new URL(address)
  return url.protocol !== 'http:' || LOOPBACK.test(url.hostname)
}

/** The team server and the rep's token; off until the rep turns sync on. */
export const TeamConfig = z.object({
  serverUrl: z.url({ protocol: /^https?$/ }).max(300).refine(secureOrLocal, 'https'),
  token: syncTokenSchema,
  enabled: z.boolean()
})
export type TeamConfig = z.infer<typeof TeamConfig>
export const TEAM_CONFIG_KEY = 'team'
