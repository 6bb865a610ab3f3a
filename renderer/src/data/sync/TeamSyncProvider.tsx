import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { MembersResponse, TeamUser } from '#shared/sync/api'
import type { AtlasDb } from '../db'
import type { SectionTextCodec } from './sectionTexts'
import { SyncEngine, type AccountSyncState, type SyncReadOnly, type SyncSnapshot } from './syncEngine'
import { TEAM_CONFIG_KEY, TeamConfig } from './syncRows'
import { teamApi, TeamApiError } from './teamApi'

export interface TeamSync {
  snapshot: SyncSnapshot
  /** The saved team server and token, or null before the rep set one up. */
  config: TeamConfig | null
  /** Validates, saves and applies (connects when enabled, disconnects when not). */
  saveConfig(config: TeamConfig): Promise<void>
  /** Removes the server address and token from this computer (shared accounts stay, unsynced). */
  forgetConfig(): Promise<void>
  /** Who the token belongs to, as a check of address and token before saving; throws TeamApiError. */
  whoAmI(config: Pick<TeamConfig, 'serverUrl' | 'token'>): Promise<TeamUser>
  shareAccount(accountId: string, label: string): Promise<MembersResponse>
  members(accountId: string): Promise<MembersResponse>
  addMember(accountId: string, userId: string): Promise<MembersResponse>
  removeMember(accountId: string, userId: string): Promise<MembersResponse>
  teamUsers(): Promise<TeamUser[]>
  /** The rep has read that an account's damaged copy was rebuilt from the server. */
  dismissRebuilt(accountId: string): void
  /** Takes in the accounts colleagues shared with this rep since the last look. */
  refreshShared(): Promise<number>
}

const TeamSyncContext = createContext<{ engine: SyncEngine; sync: Omit<TeamSync, 'snapshot'> } | null>(null)

async function loadConfig(db: AtlasDb): Promise<TeamConfig | null> {
  const parsed = TeamConfig.safeParse((await db.syncConfig.get(TEAM_CONFIG_KEY))?.value)
  return parsed.success ? parsed.data : null
}

/**
 * Runs team sync for the database: loads the shared accounts' documents (so offline edits are kept),
 * and connects them only while the rep has sync on. `WebSocket` is for tests under Node.
 */
export function TeamSyncProvider({
  db,
  children,
  WebSocket,
  loadSectionText
}: {
  db: AtlasDb
  children?: ReactNode
  WebSocket?: unknown
  loadSectionText?: () => Promise<SectionTextCodec>
}) {
  const engine = useMemo(() => new SyncEngine(db, { WebSocket, loadSectionText }), [db, WebSocket, loadSectionText])
  const [config, setConfig] = useState<TeamConfig | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      await engine.open()
      const saved = await loadConfig(db)
      if (!live) return
      setConfig(saved)
      if (saved?.enabled) engine.start(saved)
    })().catch(() => undefined)
    return () => {
      live = false
      engine.close()
    }
  }, [db, engine])

  const sync = useMemo(() => {
    const api = () => {
      if (!config) throw new TeamApiError('unauthorized')
      return teamApi(config.serverUrl, config.token)
    }
    const refreshShared = async () => {
      if (!config?.enabled) return 0
      const { accounts } = await api().me()
      const fresh = accounts.filter((account) => !engine.isShared(account.accountId))
      for (const account of fresh) await engine.join(account.accountId)
      return fresh.length
    }
    return {
      config,
      async saveConfig(next: TeamConfig) {
        const valid = TeamConfig.parse(next)
        await db.syncConfig.put({ key: TEAM_CONFIG_KEY, value: valid })
        setConfig(valid)
        if (valid.enabled) engine.start(valid)
        else engine.stop()
      },
      async forgetConfig() {
        engine.stop()
        await db.syncConfig.delete(TEAM_CONFIG_KEY)
        setConfig(null)
      },
      whoAmI: async ({ serverUrl, token }: Pick<TeamConfig, 'serverUrl' | 'token'>) => (await teamApi(serverUrl, token).me()).user,
      async shareAccount(accountId: string, label: string) {
        const members = await api().share(accountId, label)
        await engine.share(accountId)
        return members
      },
      members: (accountId: string) => api().members(accountId),
      addMember: (accountId: string, userId: string) => api().addMember(accountId, userId),
      removeMember: (accountId: string, userId: string) => api().removeMember(accountId, userId),
      teamUsers: async () => (await api().users()).users,
      dismissRebuilt: (accountId: string) => engine.dismissRebuilt(accountId),
      refreshShared
    }
  }, [config, db, engine])

  useEffect(() => {
    if (!config?.enabled) return
    const look = () =>
      void sync.refreshShared().catch((error: unknown) => {
        if (error instanceof TeamApiError && error.code === 'unauthorized') engine.reportTokenRefused()
      })
    look()
    const timer = setInterval(look, 60_000)
    return () => clearInterval(timer)
  }, [config, engine, sync])

  return <TeamSyncContext.Provider value={{ engine, sync }}>{children}</TeamSyncContext.Provider>
}

function useTeamSyncContext() {
  const value = useContext(TeamSyncContext)
  if (!value) throw new Error('useTeamSync() must be used inside <TeamSyncProvider>')
  return value
}

/** Team sync's state and actions, for Settings → Team and the share dialog. */
export function useTeamSync(): TeamSync {
  const { engine, sync } = useTeamSyncContext()
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getSnapshot)
  return { ...sync, snapshot }
}

/**
 * Opens a dossier section's text document for its editor (resolving to undefined when the account is
 * not shared); undefined when this team sync carries no section text.
 */
export function useSectionDoc(accountId: string): ((sectionId: string) => Promise<Y.Doc | undefined>) | undefined {
  const { engine } = useTeamSyncContext()
  const open = useCallback((sectionId: string) => engine.sectionDoc(accountId, sectionId), [engine, accountId])
  return engine.syncsSectionText ? open : undefined
}

export type AccountSyncMode = 'local' | 'shared' | SyncReadOnly

/**
 * Whether the account is shared, and whether this copy may only read it: one word, so a screen that
 * only needs that (a section's editor) does not render again for every change the badge counts.
 */
export function useAccountSyncMode(accountId: string): AccountSyncMode {
  const { engine } = useTeamSyncContext()
  return useSyncExternalStore(engine.subscribe, () => {
    const state = engine.getSnapshot().accounts[accountId]
    return state ? (state.readOnly ?? 'shared') : 'local'
  })
}

/** One account's sync state for its badge; undefined when the account is not shared. */
export function useAccountSync(accountId: string | undefined): AccountSyncState | undefined {
  const { engine } = useTeamSyncContext()
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getSnapshot)
  return accountId ? snapshot.accounts[accountId] : undefined
}
