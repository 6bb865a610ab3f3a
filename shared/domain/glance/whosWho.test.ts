import { describe, expect, it } from 'vitest'
import { person } from '../stakeholders/testPeople'
import { whoRows, whosWho } from './whosWho'

const DAY = 86_400_000
const now = Date.UTC(2026, 10, 20, 12)

describe('whosWho', () => {
  it('names the decision-makers, most influential first, with days since the last contact', () => {
    const chair = person({ name: 'Chair', roles: ['decisionMaker'], influence: 'high', stance: 'supporter' })
    const deputy = person({ name: 'Deputy', roles: ['decisionMaker', 'finance'], influence: 'medium' })
    const clerk = person({ name: 'Clerk', roles: ['user'] })
    const result = whosWho([deputy, clerk, chair], new Map([[chair.id, now - 3 * DAY]]), now)
    expect(result.decisionMakers.map((e) => [e.name, e.stance, e.influence, e.daysSinceContact])).toEqual([
      ['Chair', 'supporter', 'high', 3],
      ['Deputy', deputy.stance, 'medium', null]
    ])
  })

  it('counts influential opponents and opposing technical evaluators as blockers, but not a minor opponent', () => {
    const cfo = person({ name: 'CFO', stance: 'opponent', influence: 'high', roles: ['finance'] })
    const engineer = person({ name: 'Engineer', stance: 'opponent', influence: 'low', roles: ['technicalEvaluator'] })
    const grumbler = person({ name: 'Grumbler', stance: 'opponent', influence: 'medium', roles: ['user'] })
    const fan = person({ name: 'Fan', stance: 'supporter', influence: 'high', roles: ['technicalEvaluator'] })
    const names = whosWho([grumbler, engineer, fan, cfo], new Map(), now).blockers.map((e) => e.name)
    expect(names).toEqual(['CFO', 'Engineer'])
    expect(whosWho([grumbler], new Map(), now, { opponentInfluence: 'medium' }).blockers).toHaveLength(1)
  })

  it('finds the coach and the main line, and leaves out people who have left', () => {
    const gone = person({ name: 'Gone', isCoach: true, line: 'main', influence: 'high', departedAt: now - DAY })
    const coach = person({ name: 'Coach', isCoach: true, line: 'auxiliary' })
    const main = person({ name: 'Main', line: 'main', roles: ['decisionMaker'] })
    const result = whosWho([gone, coach, main], new Map([[coach.id, now]]), now)
    expect(result.coach).toMatchObject({ name: 'Coach', daysSinceContact: 0 })
    expect(result.mainLine?.name).toBe('Main')
    expect(result.decisionMakers.map((e) => e.name)).toEqual(['Main'])
    expect(whosWho([], new Map(), now)).toEqual({ decisionMakers: [], blockers: [], coach: null, mainLine: null })
  })

  it('lists each person once, with every reason they matter', () => {
    const boss = person({ name: 'Boss', roles: ['decisionMaker'], influence: 'high', line: 'main' })
    const cto = person({ name: 'CTO', roles: ['technicalEvaluator'], stance: 'opponent' })
    const coach = person({ name: 'Coach', isCoach: true })
    const rows = whoRows(whosWho([coach, cto, boss], new Map(), now))
    expect(rows.map((r) => [r.name, r.tags])).toEqual([
      ['Boss', ['decisionMaker', 'mainLine']],
      ['CTO', ['blocker']],
      ['Coach', ['coach']]
    ])
  })
})
