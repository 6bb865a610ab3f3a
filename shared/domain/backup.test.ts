import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBackup, planMerge } from './backup'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', name), 'utf8')

describe('parseBackup', () => {
  it('reads a valid backup with every table', () => {
    const result = parseBackup(fixture('backup.valid.json'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.backup.tables.accounts[0]?.name).toBe('华东精密机械有限公司')
    expect(result.backup.tables.stakeholders.map((s) => s.name)).toEqual(['王建国', '李娜'])
  })

  it('brings a backup from the previous build (format 1) up to today\'s records', () => {
    const result = parseBackup(fixture('backup.valid.json'))
    if (!result.ok) throw new Error('the fixture should read')
    expect(result.backup.version).toBe(1)
    const [visit] = result.backup.tables.visits
    expect(visit).toMatchObject({ kind: 'visit', status: 'done', time: null, questions: [], tasks: [], outcome: '样品已交设备科' })
    expect(result.backup.tables.competitors[0]).toMatchObject({ supplier: '某国产品牌', brands: '', sharePct: null })
    expect(result.backup.tables.accounts[0]?.stageHistory).toHaveLength(1)
    expect(result.backup.tables.objections[0]).toMatchObject({ visitId: null })
    expect(result.backup.tables.objectionAnswers).toEqual([])
  })

  it('keeps a plan as a plan: a visit that lay ahead when the backup was made', () => {
    const json = JSON.parse(fixture('backup.valid.json')) as { exportedAt: number; tables: { visits: { date: number; outcome: string }[] } }
    json.tables.visits[0]!.date = json.exportedAt + 3 * 86_400_000
    json.tables.visits[0]!.outcome = ''
    const result = parseBackup(JSON.stringify(json))
    expect(result.ok && result.backup.tables.visits[0]?.status).toBe('planned')
  })

  it('refuses a backup with an invalid record, naming where', () => {
    expect(parseBackup(fixture('backup.invalid.json'))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'tables.accounts.0.employees', error: { key: 'validation.negative' } }
    })
  })

  it('tells apart text that is not JSON and JSON that is not a backup', () => {
    expect(parseBackup('{ nope')).toEqual({ ok: false, error: { code: 'notJson' } })
    expect(parseBackup('{"accounts": []}')).toEqual({ ok: false, error: { code: 'notBackup' } })
  })
})

describe('planMerge', () => {
  it('adds new records, replaces older stored ones and never overwrites newer local edits', () => {
    const stored = new Map([
      ['a', 10],
      ['b', 30]
    ])
    const plan = planMerge(stored, [
      { id: 'a', updatedAt: 20 },
      { id: 'b', updatedAt: 20 },
      { id: 'c', updatedAt: 5 }
    ])
    expect(plan.put.map((r) => r.id)).toEqual(['a', 'c'])
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([1, 1, 1])
  })
})

describe('parseBackup on files from elsewhere', () => {
  it('reads a backup saved with a UTF-8 byte-order mark', () => {
    expect(parseBackup(`\ufeff${fixture('backup.valid.json')}`).ok).toBe(true)
  })

  it('takes NUL, line breaks and right-to-left overrides out of names, keeping the text', () => {
    const json = JSON.parse(fixture('backup.valid.json')) as { tables: { accounts: { name: string }[]; stakeholders: { name: string; title: string }[] } }
    json.tables.accounts[0]!.name = '华东\u0000精密\u202e机械'
    json.tables.stakeholders[0]!.title = '总经理\n兼厂长'
    const result = parseBackup(JSON.stringify(json))
    expect(result.ok && result.backup.tables.accounts[0]!.name).toBe('华东精密机械')
    expect(result.ok && result.backup.tables.stakeholders[0]!.title).toBe('总经理 兼厂长')
  })

  it('refuses a file dated more than a day ahead of this computer’s clock, but not one a few hours ahead', () => {
    const json = JSON.parse(fixture('backup.valid.json')) as { exportedAt: number }
    expect(parseBackup(JSON.stringify(json), json.exportedAt - 3 * 3_600_000).ok).toBe(true)
    expect(parseBackup(JSON.stringify(json), json.exportedAt - 2 * 86_400_000)).toEqual({ ok: false, error: { code: 'problems', problems: [{ code: 'futureFile' }] } })
  })
})
