import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBackup } from './backup'
import { backupErrorText } from './backupErrorText'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', name), 'utf8')

/** The message a rep reads for a backup whose first row of `table` has `patch` applied. */
function messageFor(language: 'zh-CN' | 'en', table: string, index: number, patch: Record<string, unknown>): string {
  const json = JSON.parse(fixture('backup.valid.json')) as { tables: Record<string, Record<string, unknown>[]> }
  const rows = json.tables[table]!
  rows[index] = { ...rows[index], ...patch }
  const result = parseBackup(JSON.stringify(json))
  if (result.ok || result.error.code !== 'invalid') throw new Error('expected an invalid backup')
  return backupErrorText(language, result.error.path, result.error.error)
}

describe('backup import errors read as sentences naming the record and the field', () => {
  it('names the account by its place and the field by its form label', () => {
    const result = parseBackup(fixture('backup.invalid.json'))
    if (result.ok || result.error.code !== 'invalid') throw new Error('expected an invalid backup')
    expect(backupErrorText('zh-CN', result.error.path, result.error.error)).toBe('备份文件中第 1 个客户的“员工人数”不能是负数，未导入任何内容。')
    expect(backupErrorText('en', result.error.path, result.error.error)).toBe('Account 1 in the backup: “Employees” cannot be negative. Nothing was imported.')
  })

  it('says a number is not a number, a choice is not a choice, and a date is not a date', () => {
    expect(messageFor('zh-CN', 'accounts', 0, { employees: '很多' })).toBe('备份文件中第 1 个客户的“员工人数”不是有效的数字，未导入任何内容。')
    expect(messageFor('en', 'accounts', 0, { employees: 'lots' })).toBe('Account 1 in the backup: “Employees” is not a valid number. Nothing was imported.')
    expect(messageFor('zh-CN', 'accounts', 0, { classification: 'vip' })).toBe('备份文件中第 1 个客户的“客户分类”不是可选的值，未导入任何内容。')
    expect(messageFor('zh-CN', 'stakeholders', 1, { stance: 'angry' })).toBe('备份文件中第 2 个人物的“态度”不是可选的值，未导入任何内容。')
    expect(messageFor('en', 'visits', 0, { date: 'tomorrow' })).toBe('Visit 1 in the backup: “Date” is not a valid date. Nothing was imported.')
  })

  it('never shows an internal path, even for a field without a label or a damaged file', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const texts = [
        messageFor(language, 'relationships', 0, { kind: 'cousin' }),
        messageFor(language, 'accounts', 0, { id: 'not-a-uuid' }),
        backupErrorText(language, 'tables.accounts', { key: 'validation.invalid' }),
        backupErrorText(language, 'exportedAt', { key: 'validation.invalid' }),
        backupErrorText(language, '', { key: 'validation.invalid' })
      ]
      for (const text of texts) {
        expect(text).not.toMatch(/tables|\.\d|[a-z]+[A-Z][a-z]+|validation\./)
        expect(text).toMatch(/[。.]$/)
      }
    }
    expect(messageFor('zh-CN', 'relationships', 0, { kind: 'cousin' })).toBe('备份文件中第 1 条人物关系的数据无效，未导入任何内容。')
    expect(backupErrorText('en', 'exportedAt', { key: 'validation.invalid' })).toBe('The backup file is incomplete or damaged. Nothing was imported.')
  })
})
