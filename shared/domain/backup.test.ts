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
