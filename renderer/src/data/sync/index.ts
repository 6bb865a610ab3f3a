export { TeamSyncProvider, useAccountSync, useTeamSync, type TeamSync } from './TeamSyncProvider'
export { TeamApiError } from './teamApi'
export { TeamConfig } from './syncRows'
export type { AccountSyncState, AccountSyncStatus, ConnectionState, SyncSnapshot } from './syncEngine'
