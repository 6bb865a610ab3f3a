import type { Account } from '#shared/schemas/account'
import type { Competitor, Objection, Visit } from '#shared/schemas/activity'
import type { IntelChannel } from '#shared/schemas/enums'
import type { Stakeholder } from '#shared/schemas/stakeholder'
import { isContact } from '../cadence'
import { assessQualification, type QualificationResult } from '../qualification'
import { orderKeyPeople } from './keyPeople'
import { nextPlannedVisit } from './plannedVisit'

export const BRIEF_SECTIONS = [
  'summary',
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
  generatedAt: number
}

export interface BriefImage {
  src: string
  width: number
  height: number
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
  | { id: 'orgGraph'; image: BriefImage | null }
  | { id: 'stakeholders'; people: BriefPerson[] }
  | { id: 'attendees'; people: BriefPerson[] }
  | { id: 'dossier'; channels: { channel: IntelChannel; text: string; findings: BriefFinding[] }[] }
  | { id: 'visits'; visits: Visit[] }
  | { id: 'objections'; objections: BriefObjection[] }
  | { id: 'competitors'; competitors: Competitor[] }
  | { id: 'nextVisit'; plan: BriefPlan | null; objective: string; toVerify: BriefFinding[]; redFlags: readonly string[] }

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
}

/** The pre-visit sheet leads with what the rep needs at the door: the goal, who they meet, the map. */
export const ONE_PAGE_SECTIONS: readonly BriefSectionId[] = ['summary', 'nextVisit', 'attendees', 'orgGraph', 'visits']
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
  const nameOf = (id: string | null) => live.find((s) => s.id === id)?.name ?? null
  const wanted = (id: BriefSectionId) =>
    options.sections[id] && (options.form === 'full' || ONE_PAGE_SECTIONS.includes(id))

  const sections: BriefSection[] = []
  for (const id of options.form === 'onePage' ? ONE_PAGE_SECTIONS : BRIEF_SECTIONS) {
    if (!wanted(id)) continue
    switch (id) {
      case 'summary':
        sections.push({ id, account: input.account, qualification: assessQualification(input.account.qualification) })
        break
      case 'orgGraph':
        sections.push({ id, image: input.graphImage })
        break
      case 'stakeholders':
        // Decision-makers first, then by buying role and influence: the order a rep reads a committee in.
        sections.push({ id, people: orderKeyPeople(people) })
        break
      case 'attendees':
        sections.push({ id, people: attendees })
        break
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
      case 'visits':
        sections.push({ id, visits: options.form === 'onePage' ? visits.slice(0, LAST_CONTACTS) : visits })
        break
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
      case 'nextVisit':
        sections.push({
          id,
          plan: planned && {
            date: planned.date,
            time: planned.time,
            kind: planned.kind,
            questions: planned.questions.map((q) => q.text),
            whoToMeet: attendees.map((p) => p.name)
          },
          objective: planned?.objective.trim() || visits[0]?.nextReason || '',
          toVerify: input.findings.filter((f) => !f.verified).slice(0, MAX_TO_VERIFY),
          redFlags: input.redFlags
        })
        break
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
    excludedSensitive: options.includeSensitive ? [] : live.filter((s) => s.sensitiveNotes.trim() !== '').map((s) => s.name)
  }
}
