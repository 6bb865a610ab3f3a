import { describe, expect, it } from 'vitest'
import { buildBriefModel, defaultBriefOptions, paperForLocale, type BriefSection } from './briefModel'
import { briefInput, stakeholders } from './briefFixture'

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

  it('skips deleted people and keeps at most three talking points', () => {
    const people = section(buildBriefModel(briefInput(), defaultBriefOptions()).sections, 'stakeholders')!.people
    expect(people.map((p) => p.name)).toEqual(['王建国', '李娜', '赵工'])
    expect(people[0]!.talkingPoints).toEqual(['投资回报', '品牌形象', '降低总成本'])
  })

  it('the one-page sheet carries only its sections and the last three past contacts', () => {
    const model = buildBriefModel(briefInput(), defaultBriefOptions('onePage'))
    expect(model.sections.map((s) => s.id)).toEqual(['summary', 'nextVisit', 'attendees', 'orgGraph', 'visits'])
    expect(section(model.sections, 'visits')!.visits.map((v) => v.objective)).toEqual(['报价说明', '送样', '技术交流'])
  })

  it('takes the next objective from the rep, else from the upcoming visit', () => {
    const planned = section(buildBriefModel(briefInput(), defaultBriefOptions()).sections, 'nextVisit')!
    expect(planned.objective).toBe('试用反馈')
    expect(planned.redFlags).toEqual(['没有找到决策者的支持者'])
    expect(planned.toVerify.map((f) => f.text)).toEqual(['官网称年产 3000 台'])
    const typed = section(buildBriefModel(briefInput(), { ...defaultBriefOptions(), nextObjective: '敲定试用方案' }).sections, 'nextVisit')!
    expect(typed.objective).toBe('敲定试用方案')
  })

  it('honours switched-off sections and lists only open objections', () => {
    const options = defaultBriefOptions()
    const model = buildBriefModel(briefInput(), { ...options, sections: { ...options.sections, competitors: false } })
    expect(model.sections.some((s) => s.id === 'competitors')).toBe(false)
    expect(section(model.sections, 'objections')!.objections.map((o) => o.text)).toEqual(['价格比现有供应商高 8%'])
  })

  it('puts the chosen attendees in the order the rep picked them, and the chosen dossier channels with their findings', () => {
    const model = buildBriefModel(briefInput(), {
      ...defaultBriefOptions(),
      attendeeIds: [stakeholders[2]!.id, stakeholders[0]!.id],
      channels: ['gatekeeper', 'external']
    })
    expect(section(model.sections, 'attendees')!.people.map((p) => p.name)).toEqual(['赵工', '王建国'])
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
