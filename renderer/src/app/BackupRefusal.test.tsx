import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { accountDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { SettingsDialog } from './SettingsDialog'

describe('importing a backup file that is refused', () => {
  it('names the problems in a sentence, in the rep’s language, and leaves the records as they were', async () => {
    const screenApi = renderScreen(<SettingsDialog open onClose={() => undefined} />, { language: 'zh-CN' })
    const account = await screenApi.repos.accounts.create(accountDraft({ name: '华东精密' }))
    const { backup } = await screenApi.repos.backup.exportAll()
    const copy = { ...backup.tables.accounts[0]!, updatedAt: 253402214400000 }
    screenApi.host.nextOpen = { name: 'backup.json', text: JSON.stringify({ ...backup, tables: { ...backup.tables, accounts: [copy, copy] } }) }
    await screenApi.user.click(screen.getByRole('button', { name: '导入备份…' }))
    expect((await screen.findByRole('alert')).textContent).toBe('这个文件没有导入，现有数据没有任何改动。第 1 个客户的时间在未来。第 2 个客户重复出现。第 2 个客户的时间在未来。')
    expect(await screenApi.db.accounts.toArray()).toEqual([account])
  })
})
