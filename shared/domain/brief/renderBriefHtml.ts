import type { Language } from '#shared/ipc/contract'
import { formatList, translate, type MessageKey } from '#shared/i18n/translate'
import { formatRevenue } from '../formatRevenue'
import { CHANNEL_TABLE } from '../values/channels'
import { INFLUENCE_TABLE } from '../values/influenceLevels'
import { OBJECTION_CONTENT_TABLE, OBJECTION_NATURE_TABLE } from '../values/objectionTypes'
import { RELATIONSHIP_STAGE_TABLE } from '../values/relationshipStages'
import { ROLE_TABLE } from '../values/roles'
import { STANCE_TABLE } from '../values/stances'
import { VISIT_KIND_TABLE } from '../values/visitKinds'
import type { WhoRow } from '../glance/whosWho'
import { LINK_STYLE_TABLE, linkDashArray } from '../values/linkStyles'
import { RELATIONSHIP_KINDS } from '#shared/schemas/enums'
import type { BriefFinding, BriefImage, BriefModel, BriefPerson, BriefPlan, BriefSection, BriefSectionId } from './briefModel'
import { briefStyles } from './briefStyles'
import { escapeHtml as esc } from './escapeHtml'

/**
 * One function from the brief model to a complete, self-contained HTML document with print CSS.
 * The preview shows exactly this document, and both hosts print exactly this document to PDF.
 */
export function renderBriefHtml(model: BriefModel, language: Language): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)
  /** A label before its value: 地址：… / Address: … */
  const colon = language === 'zh-CN' ? '：' : ': '
  const inParens = (html: string) => (language === 'zh-CN' ? `（${html}）` : `(${html})`)
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(model.generatedAt)
  const shortDate = (ms: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(ms)
  /** "11月27日" / "Nov 27": the sheet's last contacts are recent, and its columns narrow. */
  const dayMonth = (ms: number) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' }).format(ms)
  /** A date as HTML that never wraps inside ("2026年11月1/日" must not happen). */
  const dateHtml = (text: string) => `<span class="date">${esc(text)}</span>`
  const orDash = (key: MessageKey | null) => (key ? t(key) : '—')
  const sectionTitle = (id: BriefSectionId) => t(`brief.section.${id}`)
  const empty = (key: MessageKey = 'brief.empty') => `<p class="empty">${esc(t(key))}</p>`
  const textOrEmpty = (text: string) => (text.trim() ? `<p class="text-block">${esc(text)}</p>` : empty())

  const personRoles = (p: BriefPerson) =>
    [...p.roles.map((r) => t(ROLE_TABLE[r].label)), ...(p.isCoach ? [t('brief.coach')] : [])].join(' · ') || '—'
  const stancePill = (p: Pick<BriefPerson, 'stance'>) => `<span class="pill ${STANCE_TABLE[p.stance].tone}">${esc(t(STANCE_TABLE[p.stance].label))}</span>`
  const points = (p: BriefPerson) =>
    p.talkingPoints.length ? `<ul class="points">${p.talkingPoints.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''
  const sensitive = (p: BriefPerson) =>
    p.sensitiveNotes ? `<div class="sensitive small">${esc(t('brief.sensitiveNote'))}${colon}${esc(p.sensitiveNotes)}</div>` : ''
  const nameCell = (p: BriefPerson) =>
    `<div><strong>${esc(p.name)}</strong>${p.departed ? ` <span class="pill bad">${esc(t('brief.departed'))}</span>` : ''}</div><div class="muted small">${esc([p.title, p.department].filter(Boolean).join(' · '))}</div>`
  /** "+3 more" under a list the one-page sheet had to cut. */
  const more = (count: number) => (count > 0 ? `<p class="more small muted">${esc(t('brief.more', { count }))}</p>` : '')
  const sinceContact = (days: number | null) =>
    days === null ? t('brief.who.never') : days === 0 ? t('brief.who.today') : days === 1 ? t('brief.who.yesterday') : t('brief.who.daysAgo', { count: days })
  const whoRow = (r: WhoRow) =>
    `<tr><td class="tags">${esc(r.tags.map((tag) => t(`brief.who.${tag}`)).join(language === 'zh-CN' ? '、' : ' · '))}</td><td><strong>${esc(r.name)}</strong>${
      r.title ? ` <span class="muted small">${esc(r.title)}</span>` : ''
    }</td><td>${stancePill(r)}</td><td>${esc(t(INFLUENCE_TABLE[r.influence].label))}</td><td class="${r.daysSinceContact === null ? 'never' : ''}">${esc(sinceContact(r.daysSinceContact))}</td></tr>`

  /** What the map's marks mean: the people on one line, the kinds of link (drawn as on the map) on the next. */
  const legend = (colours: NonNullable<BriefImage['linkColours']>) => {
    const people = (['shape', 'colour', 'size', 'coach', 'mainLine', 'departed'] as const).map((k) => esc(t(`stakeholders.legend.${k}`))).join(' · ')
    const links = RELATIONSHIP_KINDS.map((kind) => {
      const style = LINK_STYLE_TABLE[kind]
      return `<span class="link"><svg width="26" height="8" viewBox="0 0 26 8" aria-hidden="true"><line x1="1" y1="4" x2="25" y2="4" stroke="${esc(colours[kind])}" stroke-width="${style.width}" stroke-dasharray="${linkDashArray(kind)}" stroke-linecap="${style.cap}"/></svg> ${esc(
        t(`stakeholders.kind.${kind}`)
      )}</span>`
    }).join('')
    return `<div class="legend small muted"><div>${people}</div><div>${links}</div></div>`
  }

  const finding = (f: BriefFinding) => {
    const source = [f.channel !== f.section ? t(CHANNEL_TABLE[f.channel].label) : null, f.sourceName].filter((x): x is string => Boolean(x)).map(esc)
    if (f.date) source.push(dateHtml(shortDate(f.date)))
    return `<div class="finding${f.verified ? '' : ' unverified'}">${esc(f.text)} <span class="pill ${f.verified ? 'good' : 'warn'}">${esc(
      t(f.verified ? 'brief.verified' : 'brief.unverified')
    )}</span>${source.length ? `<div class="muted small">${source.join(' · ')}</div>` : ''}</div>`
  }

  /** Where the account stands: shown in the summary and on the title page. */
  const accountFacts = (a: BriefModel['cover']['account']): [MessageKey, string][] => [
    ['field.classification', orDash(a.classification && `classification.${a.classification}`)],
    ['field.stage', orDash(a.stage && `stage.${a.stage}`)],
    ['field.positioning', orDash(a.positioning && `positioning.${a.positioning}`)],
    ['field.orgGrade', orDash(a.orgGrade && `orgGrade.${a.orgGrade}`)],
    ['field.pyramidTier', orDash(a.pyramidTier && `pyramidTier.${a.pyramidTier}`)]
  ]
  const factsHtml = (facts: [MessageKey, string][]) =>
    facts.map(([k, v]) => `<div class="fact"><div class="label">${esc(t(k))}</div><div class="value">${v}</div></div>`).join('')

  const whenHtml = (plan: { date: number; time: string | null; kind: BriefPlan['kind'] }) =>
    [dateHtml(shortDate(plan.date)), plan.time && dateHtml(plan.time), esc(t(VISIT_KIND_TABLE[plan.kind].label))].filter(Boolean).join(' · ')

  const renderSection = (section: BriefSection): string => {
    const head = `<h2 id="${section.id}">${esc(sectionTitle(section.id))}</h2>`
    switch (section.id) {
      case 'summary': {
        const a = section.account
        const facts: [MessageKey, string][] = [
          ...accountFacts(a),
          ['field.ownership', orDash(a.ownership && `ownership.${a.ownership}`)],
          ['field.industry', a.industry || '—'],
          ['field.employees', a.employees === null ? '—' : a.employees.toLocaleString(language)],
          ['brief.revenue', a.annualRevenue === null ? '—' : formatRevenue(language, a.annualRevenue)]
        ]
        const verdict = section.qualification.verdict
        if (model.form === 'onePage')
          return `<section class="summary"><p class="line"><span class="pill ${verdict === 'qualified' ? 'good' : 'warn'}">${esc(t(`qualification.verdict.${verdict}`))}</span> <span class="muted">${esc(
            t(`qualification.verdict.${verdict}.hint`)
          )}</span></p><div class="facts">${factsHtml(accountFacts(a).map(([k, v]) => [k, esc(v)]))}</div></section>`
        return `<section>${head}<p><span class="pill ${verdict === 'qualified' ? 'good' : 'warn'}">${esc(t(`qualification.verdict.${verdict}`))}</span> <span class="muted">${esc(
          t(`qualification.verdict.${verdict}.hint`)
        )}</span></p><div class="facts">${factsHtml(facts.map(([k, v]) => [k, esc(v)]))}</div>${a.address ? `<p class="small muted">${esc(t('field.address'))}${colon}${esc(a.address)}</p>` : ''}${
          a.productLines ? `<p class="small">${esc(t('field.productLines'))}${colon}${esc(a.productLines)}</p>` : ''
        }</section>`
      }
      case 'orgGraph': {
        const image = section.image
        const size = section.print ? ` style="width:${section.print.widthMm.toFixed(1)}mm;height:${section.print.heightMm.toFixed(1)}mm"` : ''
        const body = image
          ? `<div class="graph"><img alt="${esc(sectionTitle('orgGraph'))}" src="${esc(image.src)}" width="${Math.round(image.width)}" height="${Math.round(image.height)}"${size}>${
              image.linkColours ? legend(image.linkColours) : ''
            }</div>`
          : empty(section.dropped ? 'brief.graphInFullBrief' : 'brief.noGraph')
        return `<section>${head}${body}</section>`
      }
      case 'whosWho':
        return `<section>${head}${
          section.rows.length
            ? `<table class="who"><colgroup><col class="c-tags"><col class="c-name"><col class="c-stance"><col class="c-influence"><col class="c-contact"></colgroup><thead><tr><th>${esc(
                t('brief.col.why')
              )}</th><th>${esc(t('brief.col.person'))}</th><th>${esc(t('brief.col.stance'))}</th><th>${esc(t('brief.col.influence'))}</th><th>${esc(
                t('brief.col.lastContact')
              )}</th></tr></thead><tbody>${section.rows.map(whoRow).join('')}</tbody></table>${more(section.more)}`
            : empty('brief.noKeyPeople')
        }</section>`
      case 'stakeholders':
        return `<section>${head}${
          section.people.length
            ? `<table><thead><tr><th>${esc(t('brief.col.person'))}</th><th>${esc(t('brief.col.roles'))}</th><th>${esc(t('brief.col.stance'))}</th><th>${esc(
                t('brief.col.influence')
              )}</th><th>${esc(t('brief.col.relationship'))}</th><th>${esc(t('brief.col.talkingPoints'))}</th></tr></thead><tbody>${section.people
                .map(
                  (p) =>
                    `<tr><td class="person">${nameCell(p)}${sensitive(p)}</td><td class="roles">${esc(personRoles(p))}</td><td>${stancePill(p)}</td><td>${esc(
                      t(INFLUENCE_TABLE[p.influence].label)
                    )}</td><td>${esc(t(RELATIONSHIP_STAGE_TABLE[p.relationshipStage].label))}</td><td>${points(p)}</td></tr>`
                )
                .join('')}</tbody></table>`
            : empty('brief.noPeople')
        }</section>`
      case 'attendees':
        return `<section>${head}${
          section.people.length
            ? `<table class="attendees"><colgroup><col class="c-person"><col class="c-roles"><col class="c-stance"><col class="c-cares"></colgroup><thead><tr><th>${esc(
                t('brief.col.person')
              )}</th><th>${esc(t('brief.col.roles'))}</th><th>${esc(t('brief.col.stance'))}</th><th>${esc(t('brief.col.caresAbout'))}</th></tr></thead><tbody>${section.people
                .map(
                  (p) =>
                    section.oneLine
                      ? `<tr><td class="person"><strong>${esc(p.name)}</strong> <span class="muted small">${esc(p.title)}</span>${sensitive(p)}</td><td class="roles">${esc(
                          personRoles(p)
                        )}</td><td>${stancePill(p)}</td><td>${esc([p.caresAbout, ...p.talkingPoints].filter(Boolean).join(' · '))}</td></tr>`
                      : `<tr><td class="person">${nameCell(p)}${sensitive(p)}</td><td class="roles"><div class="clamp-2">${esc(personRoles(p))}</div></td><td>${stancePill(p)}</td><td>${
                          p.caresAbout ? `<div class="cares">${esc(p.caresAbout)}</div>` : ''
                        }${model.form === 'onePage' ? (p.talkingPoints.length ? `<div class="points-line">${esc(p.talkingPoints.join(' · '))}</div>` : '') : points(p)}</td></tr>`
                )
                .join('')}</tbody></table>${more(section.more)}`
            : empty('brief.noAttendees')
        }</section>`
      case 'dossier':
        return `<section>${head}${
          section.channels.length
            ? section.channels
                .map((c) => `<h3>${esc(t(CHANNEL_TABLE[c.channel].label))}</h3>${textOrEmpty(c.text)}${c.findings.map(finding).join('')}`)
                .join('')
            : empty()
        }</section>`
      case 'visits':
        return `<section>${head}${
          section.visits.length
            ? `<table class="recent"><colgroup><col class="c-date"><col class="c-objective"><col class="c-outcome"></colgroup><thead><tr><th>${esc(t('brief.col.date'))}</th><th>${esc(
                t('brief.col.objective')
              )}</th><th>${esc(t('brief.col.outcome'))}</th></tr></thead><tbody>${section.visits
                .map((v) => `<tr><td class="small">${dateHtml(model.form === 'onePage' ? dayMonth(v.date) : shortDate(v.date))}</td><td>${esc(v.objective)}</td><td>${esc(v.outcome)}</td></tr>`)
                .join('')}</tbody></table>${more(section.more)}`
            : section.more
              ? more(section.more)
              : empty('brief.noVisits')
        }</section>`
      case 'objections':
        return `<section>${head}${
          section.objections.length
            ? `<table><thead><tr><th>${esc(t('brief.col.objection'))}</th><th>${esc(t('brief.col.answer'))}</th></tr></thead><tbody>${section.objections
                .map(
                  (o) =>
                    `<tr><td><div class="small muted">${esc(t(OBJECTION_CONTENT_TABLE[o.content].label))} · ${esc(t(OBJECTION_NATURE_TABLE[o.nature].label))}</div>${esc(
                      o.text
                    )}${o.raisedBy ? `<div class="small muted">${esc(t('brief.raisedBy', { name: o.raisedBy }))}</div>` : ''}</td><td>${esc(o.response) || `<span class="empty">${esc(t('brief.noAnswer'))}</span>`}</td></tr>`
                )
                .join('')}</tbody></table>`
            : empty()
        }</section>`
      case 'competitors':
        return `<section>${head}${
          section.competitors.length
            ? `<table><thead><tr><th>${esc(t('brief.col.brand'))}</th><th>${esc(t('brief.col.products'))}</th><th>${esc(t('brief.col.terms'))}</th><th>${esc(
                t('brief.col.weaknesses')
              )}</th></tr></thead><tbody>${section.competitors
                .map(
                  (c) =>
                    `<tr><td><strong>${esc(c.supplier)}</strong>${c.brands ? `<div class="small">${esc(c.brands)}</div>` : ''}${c.yearsWithAccount !== null ? `<div class="small muted">${esc(t('brief.years', { years: c.yearsWithAccount }))}</div>` : ''}</td><td>${esc(
                      c.products
                    )}</td><td>${esc([c.priceLevel, c.terms].filter(Boolean).join(' · '))}</td><td>${esc(c.weaknesses)}</td></tr>`
                )
                .join('')}</tbody></table>`
            : empty()
        }</section>`
      case 'nextVisit': {
        const plan = section.plan
        // Plain text (the visit plan's tests read it); .plan-when keeps it on one line.
        const when = plan ? esc([shortDate(plan.date), plan.time, t(VISIT_KIND_TABLE[plan.kind].label)].filter(Boolean).join(' · ')) : null
        return `<section class="keep">${head}${when ? `<p class="plan-when" data-plan><strong>${when}</strong></p>` : `<p class="empty">${esc(t('brief.noPlan'))}</p>`}<h3>${esc(
          t('brief.objective')
        )}</h3>${section.objective.trim() ? `<p class="text-block clamp-3">${esc(section.objective)}</p>` : empty()}${
          plan?.questions.length
            ? `<h3>${esc(t('brief.questions'))}</h3><ul>${plan.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ul>${more(section.more.questions)}`
            : ''
        }${
          plan?.whoToMeet.length
            ? `<p class="line">${esc(t('brief.whoToMeet'))}${colon}${esc(formatList(language, plan.whoToMeet))}</p>`
            : ''
        }${
          section.toVerify.length
            ? `<h3>${esc(t('brief.toVerify'))}</h3><ul>${section.toVerify
                .map((f) => `<li>${esc(f.text)} <span class="muted small">${inParens(esc(t(CHANNEL_TABLE[f.channel].label)))}</span></li>`)
                .join('')}</ul>${more(section.more.toVerify)}`
            : ''
        }${
          section.redFlags.length
            ? `<h3>${esc(t('brief.redFlags'))}</h3><ul>${section.redFlags.map((f) => `<li class="flag"><div class="clamp-2">${esc(f)}</div></li>`).join('')}</ul>${more(
                section.more.redFlags
              )}`
            : ''
        }</section>`
      }
    }
  }

  const cover = model.cover
  const coverFacts: [MessageKey, string][] = [
    ...accountFacts(cover.account).map(([k, v]): [MessageKey, string] => [k, esc(v)]),
    ['brief.cover.nextVisit', cover.nextVisit ? whenHtml(cover.nextVisit) : esc(t('brief.noPlan'))],
    ['brief.cover.people', esc(String(cover.counts.people))],
    ['brief.cover.contacts', esc(String(cover.counts.contacts))],
    ['brief.cover.openObjections', esc(String(cover.counts.openObjections))],
    ['brief.cover.competitors', esc(String(cover.counts.competitors))]
  ]
  /** The sheet's layout (see sheetFit.ts): who's who across the page, the next visit beside the last contacts, then who we meet and the map. */
  const sheetBody = () => {
    const part = (id: BriefSectionId) => {
      const section = model.sections.find((s) => s.id === id)
      return section ? renderSection(section) : ''
    }
    const left = part('nextVisit')
    const right = part('visits')
    const columns = left && right ? `<div class="sheet-cols"><div>${left}</div><div>${right}</div></div>` : left + right
    return part('summary') + part('whosWho') + columns + part('attendees') + part('orgGraph')
  }
  const title = t(model.form === 'full' ? 'brief.form.full' : 'brief.form.onePage')
  const header = `${model.accountName} · ${title} · ${date}`
  const body =
    model.form === 'full'
      ? `<div class="cover"><div class="eyebrow">${esc(t('brief.form.full'))}</div><h1>${esc(model.accountName)}</h1><p class="muted">${esc(t('brief.preparedOn', { date: '\u0001' })).replace('\u0001', dateHtml(date))}</p><div class="facts cover-facts" data-cover-summary>${factsHtml(
          coverFacts
        )}</div><ol class="toc">${model.sections.map((s) => `<li>${esc(sectionTitle(s.id))}</li>`).join('')}</ol><p class="small muted">${esc(
          t('brief.confidential')
        )}</p></div>${model.sections.map(renderSection).join('')}`
      : `<div class="one-page" style="--fs:${model.sheetFontPt ?? 9}pt" data-estimate-mm="${(model.sheetHeightMm ?? 0).toFixed(1)}"><div class="sheet-head"><div><div class="muted small">${esc(title)}</div><h1>${esc(model.accountName)}</h1></div><div class="muted small">${dateHtml(date)}</div></div>${sheetBody()}</div>`

  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${esc(header)}</title><style>${briefStyles(
    model.paper,
    header,
    { before: t('brief.page.before'), middle: t('brief.page.middle'), after: t('brief.page.after') }
  )}</style></head><body><main class="screen-page">${body}</main></body></html>`
}
