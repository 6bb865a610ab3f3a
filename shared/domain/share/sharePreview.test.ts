import { describe, expect, it } from 'vitest'
import { emptyAccountDraft } from '#shared/schemas'
import type { BackupFile } from '#shared/schemas/backup'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { readBackupFile } from '#shared/domain/backupZip/readBackupFile'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import { BACKUP_FORMAT, BACKUP_VERSION, emptyBackupTables } from '#shared/schemas/backup'
import { accountFileProblem, accountShareTables } from './accountShare'
import { planShareImport } from './sharePreview'

const A = '0a000000-0000-4000-8000-00000000000a'
const B = '0b000000-0000-4000-8000-00000000000b'
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const meta = (n: number, updatedAt = 1000) => ({ id: id(n), createdAt: 1000, updatedAt, deletedAt: null })
const person = (n: number, accountId: string, fields: Record<string, unknown> = {}, updatedAt = 1000) => ({ ...emptyStakeholderDraft(accountId), ...meta(n, updatedAt), name: `P${n}`, ...fields })

function book(): BackupFile['tables'] {
  return {
    ...emptyBackupTables(),
    accounts: [{ ...emptyAccountDraft(), name: '华东精密', id: A, createdAt: 1000, updatedAt: 1000, deletedAt: null }, { ...emptyAccountDraft(), name: 'Other', id: B, createdAt: 1000, updatedAt: 1000, deletedAt: null }],
    stakeholders: [person(1, A, { sensitiveNotes: '孩子在读高三' }), person(2, A), person(3, B), { ...person(4, A), deletedAt: 1500, updatedAt: 1500 }]
  } as unknown as BackupFile['tables']
}

describe('sharing one account', () => {
  it('carries the account and only what belongs to it, deletions included, with sensitive notes left out unless asked for', () => {
    const out = accountShareTables(book(), A, { includeSensitive: false })
    expect(out.accounts.map((a) => a.name)).toEqual(['华东精密'])
    expect(out.stakeholders.map((p) => [p.name, p.sensitiveNotes, p.deletedAt])).toEqual([['P1', '', null], ['P2', '', null], ['P4', '', 1500]])
    expect(accountShareTables(book(), A, { includeSensitive: true }).stakeholders[0]!.sensitiveNotes).toBe('孩子在读高三')
  })

  it('previews each record: new, the file’s newer edit, a newer local edit kept, the same; and writes only the first two', () => {
    const file = accountShareTables(book(), A, { includeSensitive: false })
    file.stakeholders = [
      { ...file.stakeholders[0]!, title: '采购总监', updatedAt: 3000 },
      { ...file.stakeholders[1]!, title: '旧职务', updatedAt: 2000 },
      file.stakeholders[2]!,
      person(9, A, { name: '新人' }, 2500) as never
    ]
    const local = {
      accounts: book().accounts,
      stakeholders: [person(1, A, { sensitiveNotes: '孩子在读高三' }), person(2, A, { title: '本地改过' }, 2600), { ...person(4, A), deletedAt: 1500, updatedAt: 1500 }]
    }
    const plan = planShareImport(local as never, file, { sensitiveIncluded: false })
    expect(plan.records.filter((r) => r.table === 'stakeholders').map((r) => [r.id, r.status, r.fields])).toEqual([
      [id(1), 'changes', ['title']],
      [id(2), 'keptLocal', ['title']],
      [id(4), 'same', []],
      [id(9), 'new', []]
    ])
    expect(plan.records.find((r) => r.table === 'accounts')).toMatchObject({ status: 'same' })
    // The file left the notes out: the local note stays on the person whose newer edit comes in.
    expect(plan.put.stakeholders.map((p) => [p.id, p.title, p.sensitiveNotes])).toEqual([[id(1), '采购总监', '孩子在读高三'], [id(9), '', '']])
  })

  it('takes the file’s sensitive note as a change when the colleague included it', () => {
    const file = accountShareTables(book(), A, { includeSensitive: true })
    file.stakeholders = [{ ...file.stakeholders[0]!, sensitiveNotes: '新备注', updatedAt: 3000 }]
    const plan = planShareImport({ stakeholders: [person(1, A, { sensitiveNotes: '旧备注' })] } as never, file, { sensitiveIncluded: true })
    expect(plan.records.find((r) => r.table === 'stakeholders')).toMatchObject({ status: 'changes', fields: ['sensitiveNotes'] })
    expect(plan.put.stakeholders[0]!.sensitiveNotes).toBe('新备注')
  })
})

describe('an account file', () => {
  it('travels as a backup zip that says whose account it is, and is refused when it is a whole backup or holds another account', () => {
    const tables = accountShareTables(book(), A, { includeSensitive: false })
    const share = { accountId: A, accountName: '华东精密', sensitiveIncluded: false }
    const read = readBackupFile(writeBackupZip({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: 5000, settings: [], tables, share }, 'test'), 6000)
    expect(read.ok && read.backup.share).toEqual(share)
    expect(read.ok && accountFileProblem(read.backup)).toBeNull()
    expect(read.ok && read.backup.tables.stakeholders.map((p) => p.name)).toEqual(['P1', 'P2', 'P4'])

    const whole: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: 5000, settings: [], tables: book() }
    expect(accountFileProblem(whole)).toBe('wholeBackup')
    expect(accountFileProblem({ ...whole, share, tables: { ...tables, stakeholders: [...tables.stakeholders, book().stakeholders[2]!] } })).toBe('mixedAccounts')
  })
})
