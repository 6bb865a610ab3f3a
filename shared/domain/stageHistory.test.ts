import { describe, expect, it } from 'vitest'
import { stageTimeline, withStageChange } from './stageHistory'

const DAY = 86_400_000

describe('stage history', () => {
  it('appends a change of stage and ignores a save in the same stage', () => {
    const start = withStageChange([], 'discover', 1 * DAY)
    expect(start).toEqual([{ stage: 'discover', at: DAY }])
    expect(withStageChange(start, 'discover', 5 * DAY)).toEqual(start)
    expect(withStageChange(start, 'negotiate', 9 * DAY)).toEqual([{ stage: 'discover', at: DAY }, { stage: 'negotiate', at: 9 * DAY }])
  })

  it('keeps a step back as a step, so the timeline shows the account slipping', () => {
    const history = [{ stage: 'discover' as const, at: 0 }, { stage: 'negotiate' as const, at: 10 * DAY }]
    expect(withStageChange(history, 'verifyNeeds', 12 * DAY).map((c) => c.stage)).toEqual(['discover', 'negotiate', 'verifyNeeds'])
  })

  it('shows newest first with the days spent in each stage', () => {
    const history = [{ stage: 'discover' as const, at: 0 }, { stage: 'verifyNeeds' as const, at: 20 * DAY }]
    expect(stageTimeline(history, 26 * DAY)).toEqual([
      { stage: 'verifyNeeds', at: 20 * DAY, days: 6, current: true },
      { stage: 'discover', at: 0, days: 20, current: false }
    ])
  })
})
