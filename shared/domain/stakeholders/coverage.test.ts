import { describe, expect, it } from 'vitest'
import { DEFAULT_COVERAGE_SETTINGS, analyzeCoverage, type CoverageSettings } from './coverage'
import { person } from './testPeople'
import type { Stakeholder } from '#shared/schemas/stakeholder'

const rules = (w: { rule: string }[]) => w.map((x) => x.rule)

/** A well-covered committee: decision-maker, coach, two threads, no opponents, all roles for every stage. */
function covered() {
  return [
    person({ roles: ['decisionMaker'], relationshipStage: 'recognition', stance: 'supporter' }),
    person({ roles: ['buyer'], isCoach: true, relationshipStage: 'trust', stance: 'supporter' }),
    person({ roles: ['user', 'executor'], relationshipStage: 'meeting' }),
    person({ roles: ['technicalEvaluator'], relationshipStage: 'meeting' }),
    person({ roles: ['finance'], relationshipStage: 'acquaintance' })
  ]
}

describe('analyzeCoverage', () => {
  it('finds no gaps in a well-covered committee at any stage', () => {
    for (const stage of ['discover', 'verifyNeeds', 'negotiate', 'signContract', 'deliver'] as const) {
      expect(analyzeCoverage({ stakeholders: covered(), stage })).toEqual([])
    }
  })

  it('warns when no one is the decision-maker, and stops when one is set', () => {
    const people: Stakeholder[] = covered().map((p) => ({ ...p, roles: p.roles.filter((r) => r !== 'decisionMaker') }))
    expect(rules(analyzeCoverage({ stakeholders: people, stage: 'discover' }))).toEqual(['noDecisionMaker'])
    people[2] = { ...people[2]!, roles: ['decisionMaker'] }
    expect(rules(analyzeCoverage({ stakeholders: people, stage: 'discover' }))).not.toContain('noDecisionMaker')
  })

  it('ignores deleted and departed decision-makers, naming the departed one', () => {
    const people = covered()
    const gone = { ...people[0]!, departedAt: 5000 }
    const deleted = person({ roles: ['decisionMaker'], deletedAt: 6000 })
    const warnings = analyzeCoverage({ stakeholders: [gone, deleted, ...people.slice(1)], stage: 'discover' })
    expect(warnings.find((w) => w.rule === 'noDecisionMaker')?.stakeholderIds).toEqual([gone.id])
  })

  it('warns when there is no coach', () => {
    const people = covered().map((p) => ({ ...p, isCoach: false }))
    expect(rules(analyzeCoverage({ stakeholders: people, stage: 'discover' }))).toEqual(['noCoach'])
  })

  it('warns single-threaded when only one person is at recognition or better, naming them', () => {
    const people = covered()
    people[0] = { ...people[0]!, relationshipStage: 'meeting' }
    const warning = analyzeCoverage({ stakeholders: people, stage: 'discover' }).find((w) => w.rule === 'singleThreaded')
    expect(warning?.stakeholderIds).toEqual([people[1]!.id])
  })

  it('says nothing about threads for an empty map (other rules speak)', () => {
    expect(rules(analyzeCoverage({ stakeholders: [], stage: 'discover' }))).toEqual(['noDecisionMaker', 'noCoach'])
  })

  it('warns about an opponent at or above the influence threshold only', () => {
    const people = covered()
    const loud = person({ stance: 'opponent', influence: 'high' })
    const quiet = person({ stance: 'opponent', influence: 'medium' })
    const warning = analyzeCoverage({ stakeholders: [...people, loud, quiet], stage: 'discover' })
    expect(warning).toEqual([{ rule: 'influentialOpponent', stakeholderIds: [loud.id], roles: [] }])
    const stricter: CoverageSettings = { ...DEFAULT_COVERAGE_SETTINGS, opponentInfluence: 'medium' }
    const both = analyzeCoverage({ stakeholders: [...people, loud, quiet], stage: 'discover', settings: stricter })
    expect(both[0]?.stakeholderIds).toEqual([loud.id, quiet.id])
  })

  it('lists the roles the current stage needs that nobody holds', () => {
    const people = covered().filter((p) => !p.roles.includes('technicalEvaluator') && !p.roles.includes('finance'))
    expect(analyzeCoverage({ stakeholders: people, stage: 'verifyNeeds' })).toEqual([
      { rule: 'stageRolesMissing', stakeholderIds: [], roles: ['technicalEvaluator'] }
    ])
    expect(analyzeCoverage({ stakeholders: people, stage: 'negotiate' })).toEqual([
      { rule: 'stageRolesMissing', stakeholderIds: [], roles: ['finance'] }
    ])
    expect(analyzeCoverage({ stakeholders: people, stage: 'discover' })).toEqual([])
  })

  it('does not repeat a missing decision-maker under the stage rule', () => {
    const people = covered().filter((p) => !p.roles.includes('decisionMaker'))
    const warnings = analyzeCoverage({ stakeholders: people, stage: 'signContract' })
    expect(rules(warnings)).toContain('noDecisionMaker')
    expect(rules(warnings)).not.toContain('stageRolesMissing')
  })

  it('warns when everyone we meet is a gatekeeper', () => {
    const gate = person({ roles: ['gatekeeper'], relationshipStage: 'trust', isCoach: true })
    const unmet = person({ roles: ['decisionMaker'], relationshipStage: 'acquaintance' })
    const warnings = analyzeCoverage({ stakeholders: [gate, unmet], stage: 'discover' })
    expect(warnings.find((w) => w.rule === 'gatekeeperOnly')?.stakeholderIds).toEqual([gate.id])
    const met = { ...unmet, relationshipStage: 'meeting' as const }
    expect(rules(analyzeCoverage({ stakeholders: [gate, met], stage: 'discover' }))).not.toContain('gatekeeperOnly')
  })

  it('asks for a successor when someone left and their roles are now vacant', () => {
    const people = covered()
    const leaver = person({ roles: ['finance', 'user'], departedAt: 9000 })
    // finance and user are still held by others: no vacancy
    expect(rules(analyzeCoverage({ stakeholders: [...people, leaver], stage: 'discover' }))).toEqual([])
    const withoutFinance = people.filter((p) => !p.roles.includes('finance'))
    expect(analyzeCoverage({ stakeholders: [...withoutFinance, leaver], stage: 'discover' })).toEqual([
      { rule: 'vacantSeat', stakeholderIds: [leaver.id], roles: ['finance'] }
    ])
    const roleless = person({ departedAt: 9000 })
    expect(rules(analyzeCoverage({ stakeholders: [...people, roleless], stage: 'discover' }))).toEqual(['vacantSeat'])
  })

  it('skips rules the rep switched off and honours a tuned thread count', () => {
    const settings: CoverageSettings = {
      ...DEFAULT_COVERAGE_SETTINGS,
      enabled: { ...DEFAULT_COVERAGE_SETTINGS.enabled, noCoach: false, noDecisionMaker: false },
      minThreads: 3
    }
    expect(rules(analyzeCoverage({ stakeholders: [], stage: 'discover', settings }))).toEqual([])
    expect(rules(analyzeCoverage({ stakeholders: covered(), stage: 'discover', settings }))).toEqual(['singleThreaded'])
  })
})

describe('parseCoverageSettings', () => {
  it('keeps valid values and falls back per field', async () => {
    const { parseCoverageSettings } = await import('./coverage')
    expect(parseCoverageSettings(undefined)).toEqual(DEFAULT_COVERAGE_SETTINGS)
    const parsed = parseCoverageSettings({ minThreads: 3, threadStage: 'bogus', enabled: { noCoach: false } })
    expect(parsed.minThreads).toBe(3)
    expect(parsed.threadStage).toBe('recognition')
    expect(parsed.enabled.noCoach).toBe(false)
    expect(parsed.enabled.noDecisionMaker).toBe(true)
  })
})
