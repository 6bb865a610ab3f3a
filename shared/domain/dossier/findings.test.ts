import { describe, expect, it } from 'vitest'
import { DAY_MS, extractFindings, filterFindings, findingAge, needsConfirmation } from './findings'
import { doc, finding, mention, paragraph, text } from './fixtures'

const state = doc(
  paragraph(text('门卫说：'), finding({ findingId: 'f1', channel: 'gatekeeper', sourceId: 's1', confidence: 'high' }, text('老板每周二来厂'))),
  paragraph(
    finding({ findingId: 'f2', channel: 'external', date: 5, verified: false }, text('官网称年产 '), text('50 万套', 1)),
    text(' ok')
  ),
  paragraph(finding({ findingId: 'f2', channel: 'external', date: 5 }, text('出口欧洲'))),
  paragraph(finding({ findingId: 'f3', channel: 'purchasing', verified: true, verifiedAt: 99 }, text('Buyer '), mention('s2', 'Zhang')))
)

describe('extractFindings', () => {
  it('lists each finding once with its attributes and text, joining parts split across paragraphs', () => {
    const found = extractFindings(state, 'notes')
    expect(found.map((f) => [f.id, f.text, f.channel, f.sectionChannel])).toEqual([
      ['f1', '老板每周二来厂', 'gatekeeper', 'notes'],
      ['f2', '官网称年产 50 万套 出口欧洲', 'external', 'notes'],
      ['f3', 'Buyer @Zhang', 'purchasing', 'notes']
    ])
    expect(found[0]).toMatchObject({ sourceId: 's1', confidence: 'high', verified: false, verifiedAt: null })
    expect(found[2]).toMatchObject({ verified: true, verifiedAt: 99 })
  })

  it('finds nothing in null or corrupt content', () => {
    expect(extractFindings(null, 'notes')).toEqual([])
    expect(extractFindings({ root: 1 }, 'notes')).toEqual([])
  })

  it('filters by channel and by unverified', () => {
    const found = extractFindings(state, 'notes')
    expect(filterFindings(found, { channel: 'external', unverifiedOnly: false }).map((f) => f.id)).toEqual(['f2'])
    expect(filterFindings(found, { channel: 'all', unverifiedOnly: true }).map((f) => f.id)).toEqual(['f1', 'f2'])
    expect(filterFindings(found, { channel: 'purchasing', unverifiedOnly: true })).toEqual([])
  })

  it('asks for confirmation of unverified external findings only', () => {
    expect(needsConfirmation({ channel: 'external', verified: false })).toBe(true)
    expect(needsConfirmation({ channel: 'external', verified: true })).toBe(false)
    expect(needsConfirmation({ channel: 'gatekeeper', verified: false })).toBe(false)
  })
})

describe('findingAge', () => {
  const now = 1_700_000_000_000
  it('ages fresh → aging at 30 days → stale at 90 days, never negative', () => {
    expect(findingAge(now, now)).toEqual({ days: 0, level: 'fresh' })
    expect(findingAge(now - 29 * DAY_MS, now)).toEqual({ days: 29, level: 'fresh' })
    expect(findingAge(now - 30 * DAY_MS, now)).toEqual({ days: 30, level: 'aging' })
    expect(findingAge(now - 90 * DAY_MS, now)).toEqual({ days: 90, level: 'stale' })
    expect(findingAge(now + DAY_MS, now)).toEqual({ days: 0, level: 'fresh' })
    // A date stored as local noon 100 calendar days ago, read in the morning, is 100 days old.
    expect(findingAge(now - 99.6 * DAY_MS, now)).toEqual({ days: 100, level: 'stale' })
  })
})
