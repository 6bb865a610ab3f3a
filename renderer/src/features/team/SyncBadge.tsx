import { useAccountSync, useTeamSync, type AccountSyncState, type ConnectionState } from '#data'
import { useI18n } from '#i18n'
import { Badge, type BadgeTone } from '#ui'
import type { MessageKey } from '#shared/i18n/translate'

/** The badge's tone, its sentence, and the word or two the account list has room for. */
function look(state: AccountSyncState, connection: ConnectionState): { tone: BadgeTone; key: MessageKey; short: MessageKey } {
  const pending = state.pending > 0
  if (state.status === 'refused')
    return state.refusal === 'document-too-large'
      ? { tone: 'danger', key: 'team.badge.tooLarge', short: 'team.badge.short.tooLarge' }
      : { tone: 'danger', key: 'team.badge.notMember', short: 'team.badge.short.notMember' }
  if (connection === 'unauthorized') return { tone: 'danger', key: 'team.badge.tokenRefused', short: 'team.badge.short.tokenRefused' }
  if (state.status === 'readOnly') return { tone: 'warning', key: 'team.badge.readOnly', short: 'team.badge.short.readOnly' }
  if (state.status === 'offline') {
    // Sync turned off by the rep reads differently from a lost connection; either way edits wait here.
    if (connection === 'off') return { tone: 'neutral', key: pending ? 'team.badge.syncOffPending' : 'team.badge.syncOff', short: pending ? 'team.badge.short.pending' : 'team.badge.syncOff' }
    return { tone: 'warning', key: pending ? 'team.badge.offlinePending' : 'team.badge.offline', short: pending ? 'team.badge.short.pending' : 'team.badge.offline' }
  }
  if (state.status === 'pending') return { tone: 'info', key: 'team.badge.pending', short: 'team.badge.short.pending' }
  if (state.status === 'syncing') return { tone: 'info', key: 'team.badge.syncing', short: 'team.badge.syncing' }
  if (state.conflictResolved) return { tone: 'accent', key: 'team.badge.conflictResolved', short: 'team.badge.short.conflictResolved' }
  return { tone: 'success', key: 'team.badge.synced', short: 'team.badge.synced' }
}

/**
 * A shared account's team sync state (synced, changes pending, offline, refused …), with the last sync
 * time as its tooltip. Renders nothing for an account that is not shared. `compact` (the account list)
 * shows a word or two and puts the whole sentence in the tooltip.
 */
export function SyncBadge({ accountId, className, compact = false }: { accountId: string; className?: string; compact?: boolean }) {
  const { t, formatDate } = useI18n()
  const state = useAccountSync(accountId)
  const { snapshot } = useTeamSync()
  if (!state) return null
  const { tone, key, short } = look(state, snapshot.connection)
  const full = t(key, { count: state.pending })
  const when = state.lastSyncedAt ? t('team.badge.lastSynced', { date: formatDate(state.lastSyncedAt) }) : t('team.badge.neverSynced')
  return (
    <Badge tone={tone} dot className={className} title={compact ? `${full} · ${when}` : when} data-testid="sync-badge" data-status={state.status}>
      {compact ? t(short, { count: state.pending }) : full}
    </Badge>
  )
}
