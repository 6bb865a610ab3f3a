import { describe, expect, it } from 'vitest'
import type { Relationship } from '#shared/schemas/stakeholder'
import type { StakeholderChange } from '#shared/schemas/v2entities'
import { decodeRoles, encodeRoles, mapAsOf } from './asOf'
import { person } from './testPeople'

let n = 0
function change(c: Partial<StakeholderChange> & Pick<StakeholderChange, 'stakeholderId' | 'at' | 'field'>): StakeholderChange {
  n += 1
  return {
    id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: c.at,
    updatedAt: c.at,
    deletedAt: null,
    accountId: '10000000-0000-4000-8000-000000000000',
    from: null,
    to: null,
    reason: '',
    findingIds: [],
    ...c
  }
}
function link(fromId: string, toId: string, createdAt: number, deletedAt: number | null = null): Relationship {
  n += 1
  return {
    id: `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt,
    updatedAt: createdAt,
    deletedAt,
    accountId: '10000000-0000-4000-8000-000000000000',
    fromId,
    toId,
    kind: 'reportsTo',
    note: ''
  }
}

describe('mapAsOf', () => {
  const buyer = person({ name: '采购经理', stance: 'opponent', influence: 'high', relationshipStage: 'trust', createdAt: 100 })
  const changes = [
    change({ stakeholderId: buyer.id, at: 200, field: 'stance', from: 'unknown', to: 'neutral', reason: 'first visit' }),
    change({ stakeholderId: buyer.id, at: 300, field: 'stance', from: 'neutral', to: 'opponent', reason: 'after the price letter' }),
    change({ stakeholderId: buyer.id, at: 300, field: 'influence', from: 'medium', to: 'high' }),
    change({ stakeholderId: buyer.id, at: 250, field: 'relationshipStage', from: 'meeting', to: 'trust' })
  ]

  it('undoes every change made after the date, newest first', () => {
    const at = (t: number) => mapAsOf([buyer], [], changes, t).stakeholders[0]!
    expect(at(1000)).toMatchObject({ stance: 'opponent', influence: 'high', relationshipStage: 'trust' })
    expect(at(260)).toMatchObject({ stance: 'neutral', influence: 'medium', relationshipStage: 'trust' })
    expect(at(220)).toMatchObject({ stance: 'neutral', influence: 'medium', relationshipStage: 'meeting' })
    expect(at(150)).toMatchObject({ stance: 'unknown', influence: 'medium', relationshipStage: 'meeting' })
  })

  it('leaves out people added later and brings back people deleted later', () => {
    const later = person({ createdAt: 500 })
    const deletedLater = person({ createdAt: 100, deletedAt: 400 })
    const deletedEarlier = person({ createdAt: 100, deletedAt: 150 })
    const ids = mapAsOf([buyer, later, deletedLater, deletedEarlier], [], [], 300).stakeholders.map((p) => p.id)
    expect(ids).toEqual([buyer.id, deletedLater.id])
    expect(mapAsOf([deletedLater], [], [], 300).stakeholders[0]!.deletedAt).toBeNull()
  })

  it('counts a person as known from their earliest logged change, even if entered later', () => {
    const backfilled = person({ createdAt: 900, stance: 'opponent' })
    const log = [change({ stakeholderId: backfilled.id, at: 300, field: 'stance', from: 'supporter', to: 'opponent' })]
    expect(mapAsOf([backfilled], [], log, 200).stakeholders).toEqual([])
    expect(mapAsOf([backfilled], [], log, 300).stakeholders[0]!.stance).toBe('opponent')
    expect(mapAsOf([backfilled], [], [], 300).stakeholders).toEqual([])
  })

  it('shows a person who left later as still at the company', () => {
    const leaver = person({ createdAt: 100, departedAt: 400 })
    const log = [change({ stakeholderId: leaver.id, at: 400, field: 'departed', from: null, to: '400' })]
    expect(mapAsOf([leaver], [], log, 300).stakeholders[0]!.departedAt).toBeNull()
    expect(mapAsOf([leaver], [], log, 500).stakeholders[0]!.departedAt).toBe(400)
    // even without a logged change
    expect(mapAsOf([leaver], [], [], 300).stakeholders[0]!.departedAt).toBeNull()
  })

  it('restores roles and keeps only links that existed between people who existed', () => {
    const boss = person({ createdAt: 100, roles: ['decisionMaker', 'finance'] })
    const newcomer = person({ createdAt: 350 })
    const log = [change({ stakeholderId: boss.id, at: 320, field: 'roles', from: encodeRoles(['finance']), to: encodeRoles(boss.roles) })]
    const links = [link(buyer.id, boss.id, 150), link(newcomer.id, boss.id, 360), link(buyer.id, boss.id, 100, 200)]
    const past = mapAsOf([buyer, boss, newcomer], links, log, 300)
    expect(past.stakeholders.find((p) => p.id === boss.id)!.roles).toEqual(['finance'])
    expect(past.relationships.map((r) => r.id)).toEqual([links[0]!.id])
    expect(mapAsOf([buyer, boss], links, log, 180).relationships).toHaveLength(2)
  })

  it('ignores deleted changes and values that no longer parse', () => {
    const log = [
      change({ stakeholderId: buyer.id, at: 400, field: 'stance', from: 'furious', to: 'opponent' }),
      { ...change({ stakeholderId: buyer.id, at: 400, field: 'influence', from: 'low', to: 'high' }), deletedAt: 450 }
    ]
    expect(mapAsOf([buyer], [], log, 300).stakeholders[0]).toMatchObject({ stance: 'opponent', influence: 'high' })
  })

  it('round-trips roles through the change text', () => {
    expect(decodeRoles(encodeRoles(['user', 'buyer']))).toEqual(['user', 'buyer'])
    expect(decodeRoles('')).toEqual([])
    expect(decodeRoles('user,boss')).toBeNull()
    expect(decodeRoles(null)).toBeNull()
  })
})
