import { describe, expect, it } from 'vitest'
import { buildBriefModel, defaultBriefOptions } from './briefModel'
import { briefInput, plannedVisit } from './briefFixture'
import { renderBriefHtml } from './renderBriefHtml'

const render = (patch: Partial<ReturnType<typeof defaultBriefOptions>> = {}, language: 'zh-CN' | 'en' = 'zh-CN') =>
  renderBriefHtml(buildBriefModel(briefInput(), { ...defaultBriefOptions(), channels: ['gatekeeper', 'external'], ...patch }), language)

describe('renderBriefHtml', () => {
  it('renders a full Chinese brief with a title page, contents and every chosen section', () => {
    const html = render()
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('class="cover"')
    for (const title of ['客户概要', '组织关系图', '关键人', '本次要见的人', '情报', '最近接触', '待处理异议', '竞争对手', '下次拜访']) {
      expect(html).toContain(`>${title}</h2>`)
      expect(html).toContain(`<li>${title}</li>`)
    }
    expect(html).toContain('王建国')
    expect(html).toContain('条件匹配，尚未打通关系')
  })

  it('marks unverified findings and keeps the sensitive note out unless asked', () => {
    expect(render()).toContain('官网称年产 3000 台 <span class="pill warn">待核实</span>')
    expect(render()).not.toContain('女儿明年高考')
    expect(render({ includeSensitive: true })).toContain('女儿明年高考')
  })

  it('prints page numbers and the running header in the page margins, and keeps table rows whole', () => {
    const html = render()
    expect(html).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页"')
    expect(html).toMatch(/@top-left \{ content: "华东精密机械有限公司 · 客户简报 · 2026年11月23日"/)
    expect(html).toContain('tr { break-inside: avoid')
    expect(html).toContain('size: A4')
    expect(render({ paper: 'Letter' })).toContain('size: letter')
  })

  it('uses a CJK font stack', () => {
    expect(render()).toContain('"Noto Sans CJK SC"')
  })

  it('escapes what the rep typed, in text and in the CSS header', () => {
    const input = briefInput()
    const html = renderBriefHtml(
      buildBriefModel({ ...input, account: { ...input.account, name: '<script>alert(1)</script> "A"' } }, defaultBriefOptions()),
      'en'
    )
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;A&quot;')
    expect(html).toContain('content: "\\3c script\\3e alert(1)\\3c /script\\3e  \\"A\\" · Account brief')
  })

  it('shows the planned visit (when, kind, questions, who to meet) and who raised each open objection', () => {
    const html = render()
    expect(html).toMatch(/<strong>2026年11月30日 · 09:30 · 回访<\/strong>/)
    expect(html).toContain('<h3>待了解的问题</h3><ul><li>试用机台是哪一台？</li><li>谁签试用报告？</li></ul>')
    expect(html).toContain('要见的人：赵工和李娜')
    expect(html).toContain('提出人：李娜')
    const untimed = renderBriefHtml(
      buildBriefModel(briefInput({ visits: [{ ...plannedVisit, time: null }] }), defaultBriefOptions('onePage')),
      'en'
    )
    expect(untimed).toContain('<strong>Nov 30, 2026 · Revisit</strong>')
    expect(renderBriefHtml(buildBriefModel(briefInput({ visits: [] }), defaultBriefOptions()), 'en')).toContain('No visit planned yet.')
  })

  it('renders the one-page sheet without a title page', () => {
    const html = render({ form: 'onePage' }, 'en')
    expect(html).not.toContain('class="cover"')
    expect(html).toContain('Pre-visit sheet')
    expect(html).toContain('>Who we meet</h2>')
    expect(html).not.toContain('>Competitors</h2>')
  })

  it('the title page carries the account summary: classification, stage, positioning, the next visit and counts', () => {
    const html = render()
    const cover = html.slice(html.indexOf('class="cover"'), html.indexOf('<section>'))
    for (const text of ['目标型', '下次拜访', '2026年11月30日', '已梳理的人', '接触次数', '待处理异议', '09:30']) expect(cover).toContain(text)
    expect(cover).toMatch(/已梳理的人<\/div><div class="value">3</)
  })

  it('keeps every date on one line and gives names and titles a column they are not broken in', () => {
    const html = render()
    const dates = html.match(/\d{4}年\d{1,2}月\d{1,2}日/g) ?? []
    expect(dates.length).toBeGreaterThan(3)
    for (const d of dates) expect(html).toMatch(new RegExp(`<span class="date">${d}</span>|<p class="plan-when" data-plan><strong>${d}`))
    expect(html).toContain('<td class="person"><div><strong>王建国</strong>')
    expect(html).toMatch(/\.date, \.plan-when \{ white-space: nowrap; \}/)
    expect(html).toMatch(/td\.person \{ min-width: \d+mm; word-break: keep-all;/)
  })

  it("puts who's who on the sheet: who decides, blocks and coaches, with the last contact", () => {
    const html = render({ form: 'onePage' })
    expect(html).toContain('>关键人一览</h2>')
    expect(html).toMatch(/<td class="tags">决策者<\/td><td><strong>王建国<\/strong>.*?<td class="never">从未联系<\/td>/)
    expect(html).toMatch(/<td class="tags">阻力<\/td><td><strong>赵工<\/strong>/)
    expect(html).toMatch(/<td class="tags">内线<\/td><td><strong>李娜<\/strong>/)
    expect(html).toMatch(/<div class="one-page" style="--fs:(9|8\.5|8|7\.5|7)pt" data-estimate-mm="\d+\.\d">/)
  })

  it('an oversized sheet says how much it left out, and never calls trimmed contacts missing', () => {
    const input = briefInput()
    const many = Array.from({ length: 60 }, (_, i) => ({ ...input.stakeholders[0]!, id: `0d000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `人员${i}`, sensitiveNotes: '' }))
    const planned = { ...plannedVisit, questions: Array.from({ length: 30 }, (_, i) => ({ ...plannedVisit.questions[0]!, text: `问题${i}` })), attendeeIds: many.map((p) => p.id) }
    const model = buildBriefModel(
      briefInput({ stakeholders: many, visits: [...input.visits.filter((v) => v.status === 'done'), planned], redFlags: Array(10).fill('风险') }),
      defaultBriefOptions('onePage')
    )
    expect(model.sheetFontPt).toBe(7)
    const html = renderBriefHtml(model, 'zh-CN')
    expect(html).toMatch(/另有 \d+ 项未列出/)
    expect(html).not.toContain('还没有拜访记录')
  })
})
