import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { createRepositories } from '../repositories'
import { accountDraft, freshDb } from '../testSupport'
import { runStartupChecks, type StartupCheckReport } from './startupChecks'

let db: AtlasDb | undefined
afterEach(async () => {
  await db?.delete()
  db = undefined
})

describe('start-up checks', () => {
  it('first correct a summary left stale by a write that bypassed the data layer', async () => {
    db = freshDb()
    const account = await createRepositories(db).accounts.create(accountDraft({ name: '宁波注塑' }))
    const right = await db.accountSummaries.get(account.id)
    await db.accountSummaries.put({ ...right!, openTasks: 9 })
    const reports: StartupCheckReport[] = []
    await runStartupChecks(db, (report) => reports.push(report))
    expect(reports[0]).toEqual({ kind: 'summariesRepaired', count: 1 })
    expect(reports.at(-1)?.kind).toBe('integrityDone')
    expect(await db.accountSummaries.get(account.id)).toEqual(right)
  })
})
