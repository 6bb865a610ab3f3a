import type { BackupFile } from '#shared/schemas/backup'
import { SENSITIVE_STAKEHOLDER_FIELDS } from '#shared/schemas/stakeholder'

export type BackupTables = BackupFile['tables']

/** The tables an account's file carries: everything about the account, but not the rep's answer library, which is theirs. */
export const ACCOUNT_SHARE_TABLES = ['accounts', 'stakeholders', 'relationships', 'dossierSections', 'visits', 'objections', 'competitors', 'attachments', 'stakeholderChanges'] as const satisfies readonly (keyof BackupTables)[]
export type AccountShareTable = (typeof ACCOUNT_SHARE_TABLES)[number]

/**
 * One account's rows out of the whole book, for handing the account to a colleague: its own row and
 * every row that belongs to it, tombstones included (so a deletion travels too). People's sensitive
 * notes are blanked unless the rep includes them for this export.
 */
export function accountShareTables(tables: BackupTables, accountId: string, { includeSensitive }: { includeSensitive: boolean }): BackupTables {
  const own = <T extends { accountId: string }>(rows: readonly T[]) => rows.filter((row) => row.accountId === accountId)
  const blank = Object.fromEntries(SENSITIVE_STAKEHOLDER_FIELDS.map((field) => [field, '']))
  return {
    accounts: tables.accounts.filter((row) => row.id === accountId),
    stakeholders: own(tables.stakeholders).map((row) => (includeSensitive ? row : { ...row, ...blank })),
    relationships: own(tables.relationships),
    dossierSections: own(tables.dossierSections),
    visits: own(tables.visits),
    objections: own(tables.objections),
    competitors: own(tables.competitors),
    attachments: own(tables.attachments),
    stakeholderChanges: own(tables.stakeholderChanges),
    objectionAnswers: []
  }
}

/** Why a file cannot be imported as a colleague's account: a whole backup (restore it in Settings), or rows of another account in it. */
export type AccountFileProblem = 'wholeBackup' | 'mixedAccounts'

/** Checks that a read file is one account's and nothing else's, before anything is compared or written. */
export function accountFileProblem(file: BackupFile): AccountFileProblem | null {
  const share = file.share
  if (!share) return 'wholeBackup'
  const { tables } = file
  if (tables.accounts.length !== 1 || tables.accounts[0]!.id !== share.accountId) return 'mixedAccounts'
  if (file.settings.length > 0 || tables.objectionAnswers.length > 0) return 'mixedAccounts'
  const others = ACCOUNT_SHARE_TABLES.filter((t) => t !== 'accounts').some((t) => (tables[t] as readonly { accountId: string }[]).some((row) => row.accountId !== share.accountId))
  return others ? 'mixedAccounts' : null
}
