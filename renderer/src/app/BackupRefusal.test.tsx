import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Language } from '#shared/ipc/contract'
import { writeBackupZip } from '#shared/domain/backupZip/writeBackupZip'
import type { BackupFile } from '#shared/schemas/backup'
import { accountDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'

/** A backup holding the one stored account twice, dated in the year 9999. */
async function refusedBackup(language: Language) {
  const screenApi = renderScreen(<SettingsDialog open onClose={() => undefined} />, { language })
  const account = await screenApi.repos.accounts.create(accountDraft({ name: '华东精密' }))
  const { backup } = await screenApi.repos.backup.exportAll()
  const copy = { ...backup.tables.accounts[0]!, updatedAt: 253402214400000 }
  const file: BackupFile = { ...backup, tables: { ...backup.tables, accounts: [copy, copy] } }
  return { ...screenApi, account, file }
}

describe('importing a backup file that is refused', () => {
  it('names the problems in a sentence, in the rep’s language, and leaves the records as they were (zip, zh-CN)', async () => {
    const screenApi = await refusedBackup('zh-CN')
    screenApi.host.nextOpen = { name: 'backup.zip', bytes: writeBackupZip(screenApi.file, 'Account Atlas test') }
    await screenApi.user.click(screen.getByRole('button', { name: '导入备份…' }))
    expect((await screen.findByRole('alert')).textContent).toBe('这个文件没有导入，现有数据没有任何改动。第 1 个客户的时间在未来。第 2 个客户重复出现。第 2 个客户的时间在未来。')
    expect(screen.queryByRole('dialog', { name: '恢复这份备份？' })).toBeNull()
    expect(await screenApi.db.accounts.toArray()).toEqual([screenApi.account])
    expect(screen.getByRole('button', { name: '导入备份…' })).toHaveProperty('disabled', false)
  })

  it('says the same of an older JSON backup, in English', async () => {
    const screenApi = await refusedBackup('en')
    screenApi.host.nextOpen = { name: 'backup.json', bytes: new TextEncoder().encode(JSON.stringify(screenApi.file)) }
    await screenApi.user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect((await screen.findByRole('alert')).textContent).toBe('This file was not imported; nothing was changed. Account 1 is dated in the future. Account 2 appears twice. Account 2 is dated in the future.')
    expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull()
    expect(await screenApi.db.accounts.toArray()).toEqual([screenApi.account])
  })
})
