import type { Account } from '#shared/schemas/account'
import type { Competitor, Objection, Visit } from '#shared/schemas/activity'
import type { IntelChannel } from '#shared/schemas/enums'
import type { InfluenceLevel, RelationshipKind } from '#shared/schemas/enums'
import type { Stakeholder } from '#shared/schemas/stakeholder'
import { isContact } from '../cadence'
import { whoRows, whosWho, type WhoRow } from '../glance/whosWho'
import { assessDerivedQualification, deriveQualification, type QualificationResult } from '../qualification'
import { lastContactById } from '../stakeholders/staleness'
import { fitSheet, type SheetLimits } from './sheetFit'
import { orderKeyPeople } from './keyPeople'
import { nextPlannedVisit } from './plannedVisit'

export const BRIEF_SECTIONS = [
  'summary',
  'whosWho',
  'orgGraph',
  'stakeholders',
  'attendees',
  'dossier',
  'visits',
  'objections',
  'competitors',
  'nextVisit'
] as const
export type BriefSectionId = (typeof BRIEF_SECTIONS)[number]
export type BriefForm = 'onePage' | 'full'
export type PaperSize = 'A4' | 'Letter'

/** A dossier finding as the brief needs it (the dossier feature extracts these from its editor JSON). */
export interface BriefFinding {
  text: string
  /** Where the information came from. */
  channel: IntelChannel
  /** The dossier section that holds it (the brief lists findings under their section). */
  section: IntelChannel
  verified: boolean
  sourceName: string | null
  date: number | null
}

/** Everything the brief may draw from; the caller gathers it from the data layer. */
export interface BriefInput {
  account: Account
  stakeholders: readonly Stakeholder[]
  visits: readonly Visit[]
  objections: readonly Objection[]
  competitors: readonly Competitor[]
  dossier: readonly { channel: IntelChannel; text: string }[]
  findings: readonly BriefFinding[]
  /** Coverage warnings, already in the brief's language. */
  redFlags: readonly string[]
  /** At most three benefits per person, keyed by stakeholder id. */
  talkingPoints: Readonly<Record<string, readonly string[]>>
  /** The org graph as a PNG data URL with its size in CSS pixels, or null when there is none. */
  graphImage: BriefImage | null
  /** The map drawn for the one-page sheet (the key people when the org is large); the full map when absent. */
  paperMap?: BriefImage | null
  /** An opponent at this influence or higher is a blocker (the coverage rule's threshold). */
  opponentInfluence?: InfluenceLevel
  generatedAt: number
}

export interface BriefImage {
  src: string
  width: number
  height: number
  /** The size its labels were drawn at, in the same CSS pixels (decides how small it may print). */
  labelPx: number
  /** The colour each kind of link was drawn in, for the legend under the picture. */
  linkColours?: Readonly<Record<RelationshipKind, string>>
}

export interface BriefOptions {
  form: BriefForm
  sections: Readonly<Record<BriefSectionId, boolean>>
  /** Personal notes are left out unless the rep switches them on for this export. */
  includeSensitive: boolean
  channels: readonly IntelChannel[]
  paper: PaperSize
}

export interface BriefPerson {
  id: string
  name: string
  title: string
  department: string
  roles: Stakeholder['roles']
  stance: Stakeholder['stance']
  influence: Stakeholder['influence']
  relationshipStage: Stakeholder['relationshipStage']
  isCoach: boolean
  caresAbout: string
  talkingPoints: readonly string[]
  /** Present only when the rep opted in to sensitive fields for this export. */
  sensitiveNotes: string | null
  departed: boolean
}

export type BriefSection =
  | { id: 'summary'; account: Account; qualification: QualificationResult }
  | { id: 'whosWho'; rows: WhoRow[]; more: number }
  | { id: 'orgGraph'; image: BriefImage | null; print: { widthMm: number; heightMm: number } | null; dropped: boolean }
  | { id: 'stakeholders'; people: BriefPerson[] }
  | { id: 'attendees'; people: BriefPerson[]; more: number; oneLine: boolean }
  | { id: 'dossier'; channels: { channel: IntelChannel; text: string; findings: BriefFinding[] }[] }
  | { id: 'visits'; visits: Visit[]; more: number }
  | { id: 'objections'; objections: BriefObjection[] }
  | { id: 'competitors'; competitors: Competitor[] }
  | {
      id: 'nextVisit'
      plan: BriefPlan | null
      objective: string
      toVerify: BriefFinding[]
      redFlags: readonly string[]
      /** How many of each list the one-page sheet left out. */
      more: { questions: number; toVerify: number; redFlags: number }
    }

/** An open objection with the name of whoever raised it (null when nobody was recorded or they were deleted). */
export type BriefObjection = Objection & { raisedBy: string | null }

/** The planned visit the brief prepares for (the account's next planned visit). */
export interface BriefPlan {
  date: number
  /** Only when the rep set one. */
  time: string | null
  kind: Visit['kind']
  questions: string[]
  whoToMeet: string[]
}

/** What the full brief's title page says about the account, whichever sections the rep chose. */
export interface BriefCover {
  account: Account
  nextVisit: { date: number; time: string | null; kind: Visit['kind'] } | null
  counts: { people: number; contacts: number; openObjections: number; competitors: number }
}

export interface BriefModel {
  form: BriefForm
  cover: BriefCover
  paper: PaperSize
  accountName: string
  generatedAt: number
  sections: BriefSection[]
  /** Whose sensitive notes were left out, so the preview can say so. */
  excludedSensitive: string[]
  /** The one-page sheet's type size (pt); null for the full brief. */
  sheetFontPt: number | null
  /** The one-page sheet's estimated height (mm), an upper bound of what it prints; null for the full brief. */
  sheetHeightMm: number | null
}

/** The pre-visit sheet leads with what the rep needs at the door: the goal, who they meet, the map. */
export const ONE_PAGE_SECTIONS: readonly BriefSectionId[] = ['summary', 'whosWho', 'nextVisit', 'attendees', 'orgGraph', 'visits']
const LAST_CONTACTS = 3
/** Unverified findings to confirm on the visit (web information must be confirmed before it is relied on). */
const MAX_TO_VERIFY = 5

export const defaultBriefOptions = (form: BriefForm = 'full', paper: PaperSize = 'A4'): BriefOptions => ({
  form,
  sections: Object.fromEntries(BRIEF_SECTIONS.map((id) => [id, true])) as Record<BriefSectionId, boolean>,
  includeSensitive: false,
  channels: [],
  paper
})

/** US and Canadian reps print on Letter; everyone else on A4. */
export const paperForLocale = (locale: string): PaperSize => (/^en-(US|CA)$/i.test(locale) ? 'Letter' : 'A4')

/** Picks, orders and trims what goes into the brief. Pure: the same input always gives the same brief. */
export function buildBriefModel(input: BriefInput, options: BriefOptions): BriefModel {
  const live = input.stakeholders.filter((s) => s.deletedAt === null)
  const person = (s: Stakeholder): BriefPerson => ({
    id: s.id,
    name: s.name,
    title: s.title,
    department: s.department,
    roles: s.roles,
    stance: s.stance,
    influence: s.influence,
    relationshipStage: s.relationshipStage,
    isCoach: s.isCoach,
    caresAbout: s.caresAbout,
    talkingPoints: (input.talkingPoints[s.id] ?? []).slice(0, 3),
    sensitiveNotes: options.includeSensitive && s.sensitiveNotes ? s.sensitiveNotes : null,
    departed: s.departedAt !== null
  })
  const people = live.map(person)
  const planned = nextPlannedVisit(input.visits, input.generatedAt)
  // Who to meet is the planned visit's attendees, in the order the rep picked them.
  const attendees = (planned?.attendeeIds ?? []).flatMap((id) => people.filter((p) => p.id === id))
  const visits = input.visits.filter((v) => isContact(v, input.generatedAt)).sort((a, b) => b.date - a.date)
  const contacts = lastContactById(input.visits, input.generatedAt)
  const who = whoRows(whosWho(live, contacts, input.generatedAt, { opponentInfluence: input.opponentInfluence }))
  const nameOf = (id: string | null) => live.find((s) => s.id === id)?.name ?? null
  const onePage = options.form === 'onePage'
  const ids = (onePage ? ONE_PAGE_SECTIONS : BRIEF_SECTIONS).filter((id) => options.sections[id])
  const objective = planned?.objective.trim() || visits[0]?.nextReason || ''
  const questions = planned?.questions.map((q) => q.text) ?? []
  const toVerify = input.findings.filter((f) => !f.verified).slice(0, MAX_TO_VERIFY)
  const recent = onePage ? visits.slice(0, LAST_CONTACTS) : visits
  const sheetMap = input.paperMap ?? input.graphImage

  const limits: SheetLimits | null = onePage
    ? fitSheet({
        paper: options.paper,
        sections: {
          summary: ids.includes('summary'),
          whosWho: ids.includes('whosWho'),
          nextVisit: ids.includes('nextVisit'),
          attendees: ids.includes('attendees'),
          orgGraph: ids.includes('orgGraph'),
          visits: ids.includes('visits')
        },
        whoRows: who.length,
        hasPlan: planned !== null,
        objective,
        questions: questions.length,
        whoToMeet: attendees.length > 0,
        toVerify: toVerify.length,
        redFlags: input.redFlags,
        attendees: attendees.map((p) => ({ points: p.talkingPoints.length, caresAbout: p.caresAbout.trim() !== '', sensitive: p.sensitiveNotes !== null })),
        visits: recent.length,
        map: sheetMap && { width: sheetMap.width, height: sheetMap.height, labelPx: sheetMap.labelPx }
      })
    : null
  /** The first `limit` items (all of them on the full brief) and how many were left out. */
  const cut = <T>(items: readonly T[], key: Exclude<keyof SheetLimits, 'fontPt' | 'map' | 'heightMm' | 'attendeeLines'>): [T[], number] => {
    const limit = limits ? limits[key] : items.length
    return [items.slice(0, limit), Math.max(0, items.length - limit)]
  }

  const sections: BriefSection[] = []
  for (const id of ids) {
    switch (id) {
      case 'summary': {
        const derived = deriveQualification(live, contacts)
        sections.push({ id, account: input.account, qualification: assessDerivedQualification(input.account.qualification, derived) })
        break
      }
      case 'whosWho': {
        const [rows, more] = cut(who, 'whoRows')
        sections.push({ id, rows, more })
        break
      }
      case 'orgGraph':
        sections.push(
          onePage
            ? { id, image: limits?.map ? sheetMap : null, print: limits?.map ?? null, dropped: sheetMap !== null && !limits?.map }
            : { id, image: input.graphImage, print: null, dropped: false }
        )
        break
      case 'stakeholders':
        // Decision-makers first, then by buying role and influence: the order a rep reads a committee in.
        sections.push({ id, people: orderKeyPeople(people) })
        break
      case 'attendees': {
        const [people, more] = cut(attendees, 'attendees')
        sections.push({ id, people, more, oneLine: limits?.attendeeLines === 1 })
        break
      }
      case 'dossier':
        sections.push({
          id,
          channels: options.channels.map((channel) => ({
            channel,
            text: input.dossier.find((d) => d.channel === channel)?.text.trim() ?? '',
            findings: input.findings.filter((f) => f.section === channel)
          }))
        })
        break
      case 'visits': {
        const [shown, more] = cut(recent, 'visits')
        sections.push({ id, visits: shown, more })
        break
      }
      case 'objections':
        sections.push({
          id,
          objections: input.objections
            .filter((o) => o.deletedAt === null && o.status === 'open')
            .map((o) => ({ ...o, raisedBy: nameOf(o.raisedById) }))
        })
        break
      case 'competitors':
        sections.push({ id, competitors: input.competitors.filter((c) => c.deletedAt === null) })
        break
      case 'nextVisit': {
        const [shownQuestions, moreQuestions] = cut(questions, 'questions')
        const [shownToVerify, moreToVerify] = cut(toVerify, 'toVerify')
        const [shownFlags, moreFlags] = cut(input.redFlags, 'redFlags')
        sections.push({
          id,
          plan: planned && {
            date: planned.date,
            time: planned.time,
            kind: planned.kind,
            questions: shownQuestions,
            whoToMeet: attendees.map((p) => p.name)
          },
          objective,
          toVerify: shownToVerify,
          redFlags: shownFlags,
          more: { questions: moreQuestions, toVerify: moreToVerify, redFlags: moreFlags }
        })
        break
      }
    }
  }

  return {
    form: options.form,
    cover: {
      account: input.account,
      nextVisit: planned && { date: planned.date, time: planned.time, kind: planned.kind },
      counts: {
        people: live.length,
        contacts: visits.length,
        openObjections: input.objections.filter((o) => o.deletedAt === null && o.status === 'open').length,
        competitors: input.competitors.filter((c) => c.deletedAt === null).length
      }
    },
    paper: options.paper,
    accountName: input.account.name,
    generatedAt: input.generatedAt,
    sections,
    excludedSensitive: options.includeSensitive ? [] : live.filter((s) => s.sensitiveNotes.trim() !== '').map((s) => s.name),
    sheetFontPt: limits?.fontPt ?? null,
    sheetHeightMm: limits?.heightMm ?? null
  }
}
