import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from '../db'
import { freshDb } from '../testSupport'
import { addCapturedPerson, dismissSuggestion, forgetEvidence, readDismissed, removeCapturedPerson } from './capturedPeople'

const ACCOUNT_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const FINDING_ID = 'ffffffff-ffff-4fff-8fff-ffffffffffff'

let db: AtlasDb | undefined
const open = () => (db = freshDb())
afterEach(async () => {
  await db?.delete()
  db = undefined
})

const captured = { accountId: ACCOUNT_ID, name: '孙海燕', title: '采购部长', department: '采购部', role: 'buyer' as const, coach: true, findingId: FINDING_ID, reason: '从采购部门笔记中添加' }

describe('people captured from notes', () => {
  it('puts the person on the map with their role, coach flag and the finding as evidence on their timeline', async () => {
    const db = open()
    const { person, changeId } = await addCapturedPerson(db, captured, 1000)
    const stored = await db.stakeholders.get(person.id)
    expect(stored).toMatchObject({ name: '孙海燕', title: '采购部长', department: '采购部', roles: ['buyer'], isCoach: true, deletedAt: null })
    expect(await db.stakeholderChanges.get(changeId)).toMatchObject({ stakeholderId: person.id, field: 'roles', to: 'buyer', findingIds: [FINDING_ID], reason: '从采购部门笔记中添加' })
  })

  it('forgets the evidence when the sentence could not be marked, and undo takes the person off the map', async () => {
    const db = open()
    const { person, changeId } = await addCapturedPerson(db, captured)
    await forgetEvidence(db, changeId)
    expect((await db.stakeholderChanges.get(changeId))?.findingIds).toEqual([])
    await removeCapturedPerson(db, person.id)
    expect((await db.stakeholders.get(person.id))?.deletedAt).not.toBeNull()
  })

  it('refuses a person the schema refuses, writing nothing', async () => {
    const db = open()
    await expect(addCapturedPerson(db, { ...captured, name: '' })).rejects.toThrow()
    expect(await db.stakeholders.count()).toBe(0)
    expect(await db.stakeholderChanges.count()).toBe(0)
  })

  it('remembers dismissals per account, once each, keeping the newest 500; a damaged setting reads as none', async () => {
    const db = open()
    await dismissSuggestion(db, ACCOUNT_ID, 'person:刘工')
    await dismissSuggestion(db, ACCOUNT_ID, 'person:刘工')
    expect(await readDismissed(db, ACCOUNT_ID)).toEqual(['person:刘工'])
    expect(await readDismissed(db, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb')).toEqual([])
    for (let i = 0; i < 510; i++) await dismissSuggestion(db, ACCOUNT_ID, `person:${i}`)
    const kept = await readDismissed(db, ACCOUNT_ID)
    expect(kept).toHaveLength(500)
    expect(kept.at(-1)).toBe('person:509')
    await db.settings.put({ key: `capture.dismissed.${ACCOUNT_ID}`, value: 'not a list', updatedAt: 0 })
    expect(await readDismissed(db, ACCOUNT_ID)).toEqual([])
  })
})
