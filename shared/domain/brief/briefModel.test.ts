import { describe, expect, it } from 'vitest'
import { buildBriefModel, defaultBriefOptions, paperForLocale, type BriefSection } from './briefModel'
import { NOW, briefInput, plannedVisit } from './briefFixture'

const DAY = 86_400_000

const section = <K extends BriefSection['id']>(sections: BriefSection[], id: K) =>
  sections.find((s): s is Extract<BriefSection, { id: K }> => s.id === id)

describe('buildBriefModel', () => {
  it('leaves sensitive notes out by default and counts what it left out', () => {
    const model = buildBriefModel(briefInput(), defaultBriefOptions())
    const people = section(model.sections, 'stakeholders')!.people
    expect(people.every((p) => p.sensitiveNotes === null)).toBe(true)
    expect(model.excludedSensitive).toEqual(['王建国'])
  })

  it('includes sensitive notes only when the rep opts in for this export', () => {
    const model = buildBriefModel(briefInput(), { ...defaultBriefOptions(), includeSensitive: true })
    expect(section(model.sections, 'stakeholders')!.people[0]!.sensitiveNotes).toBe('住在园区东门，女儿明年高考')
    expect(model.excludedSensitive).toEqual([])
  })

  it('skips deleted people, lists the decision-maker first, then by buying role, and keeps at most three talking points', () => {
    const people = section(buildBriefModel(briefInput(), defaultBriefOptions()).sections, 'stakeholders')!.people
    expect(people.map((p) => p.name)).toEqual(['王建国', '赵工', '李娜'])
    expect(people[0]!.talkingPoints).toEqual(['投资回报', '品牌形象', '降低总成本'])
  })

  it('the one-page sheet carries only its sections and the last three past contacts', () => {
    const model = buildBriefModel(briefInput(), defaultBriefOptions('onePage'))
    expect(model.sections.map((s) => s.id)).toEqual(['summary', 'whosWho', 'nextVisit', 'attendees', 'orgGraph', 'visits'])
    expect(section(model.sections, 'visits')!.visits.map((v) => v.objective)).toEqual(['报价说明', '送样', '技术交流'])
  })

  it('prepares the next planned visit: when, kind, objective, questions and who to meet', () => {
    const next = section(buildBriefModel(briefInput(), defaultBriefOptions()).sections, 'nextVisit')!
    expect(next.plan).toEqual({ date: plannedVisit.date, time: '09:30', kind: 'revisit', questions: ['试用机台是哪一台？', '谁签试用报告？'], whoToMeet: ['赵工', '李娜'] })
    expect(next.objective).toBe('试用反馈')
    expect(next.redFlags).toEqual(['没有找到决策者的支持者'])
    expect(next.toVerify.map((f) => f.text)).toEqual(['官网称年产 3000 台'])
  })

  it('without a plan from today on, falls back to the reason left on the last visit; a plan in the past is not next', () => {
    const stale = { ...plannedVisit, date: NOW - 2 * DAY }
    const input = briefInput({ visits: [...briefInput().visits.filter((v) => v.id !== plannedVisit.id), stale] })
    const model = buildBriefModel(input, defaultBriefOptions())
    expect(section(model.sections, 'nextVisit')).toMatchObject({ plan: null, objective: '下次带样品4' })
    expect(section(model.sections, 'attendees')!.people).toEqual([])
    expect(section(model.sections, 'visits')!.visits.map((v) => v.objective)).not.toContain('试用反馈')
  })

  it('picks the earliest plan, and on the same day the one with a time first', () => {
    const untimed = { ...plannedVisit, id: '0b000000-0000-4000-8000-000000000701', date: NOW + 2 * DAY, time: null, objective: '无时间' }
    const timed = { ...untimed, id: '0b000000-0000-4000-8000-000000000702', time: '15:00', objective: '下午三点' }
    const model = buildBriefModel(briefInput({ visits: [...briefInput().visits, untimed, timed] }), defaultBriefOptions())
    expect(section(model.sections, 'nextVisit')!.objective).toBe('下午三点')
  })

  it('honours switched-off sections and lists only open objections', () => {
    const options = defaultBriefOptions()
    const model = buildBriefModel(briefInput(), { ...options, sections: { ...options.sections, competitors: false } })
    expect(model.sections.some((s) => s.id === 'competitors')).toBe(false)
    expect(section(model.sections, 'objections')!.objections.map((o) => [o.text, o.raisedBy])).toEqual([['价格比现有供应商高 8%', '李娜']])
  })

  it("puts the planned visit's attendees in the order the rep picked them, and the chosen dossier channels with their findings", () => {
    const model = buildBriefModel(briefInput(), { ...defaultBriefOptions(), channels: ['gatekeeper', 'external'] })
    expect(section(model.sections, 'attendees')!.people.map((p) => p.name)).toEqual(['赵工', '李娜'])
    const channels = section(model.sections, 'dossier')!.channels
    expect(channels.map((c) => [c.channel, c.text, c.findings.length])).toEqual([
      ['gatekeeper', '门卫说老板每周一上午在厂里。', 1],
      ['external', '', 1]
    ])
  })

  it('prints on Letter in the US and Canada and on A4 elsewhere', () => {
    expect(paperForLocale('en-US')).toBe('Letter')
    expect(paperForLocale('en-GB')).toBe('A4')
    expect(paperForLocale('zh-CN')).toBe('A4')
  })
})
