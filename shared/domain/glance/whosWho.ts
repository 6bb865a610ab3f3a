import type { BuyingRole, InfluenceLevel, Stance } from '#shared/schemas/enums'
import type { Stakeholder } from '#shared/schemas/stakeholder'
import { daysBetween } from '../cadence'
import { influenceRank } from '../values/influenceLevels'

// Domain guide §3: before a visit the rep needs who decides, who blocks, who is our coach and who is our
// main line, each with their stance, influence and how long since we last spoke to them.

export type GlancePerson = Pick<Stakeholder, 'id' | 'name' | 'title' | 'roles' | 'stance' | 'influence' | 'isCoach' | 'line' | 'departedAt'>

export type WhoEntry = {
  id: string
  name: string
  title: string
  stance: Stance
  influence: InfluenceLevel
  /** Calendar days since the last logged contact; null when none is logged. */
  daysSinceContact: number | null
}

export type WhosWho = {
  decisionMakers: WhoEntry[]
  /** Influential opponents and technical evaluators who oppose (a technical veto). */
  blockers: WhoEntry[]
  coach: WhoEntry | null
  mainLine: WhoEntry | null
}

export type WhosWhoOptions = {
  /** An opponent at this influence or higher blocks (the coverage rule's threshold). */
  opponentInfluence?: InfluenceLevel
}

const has = (person: GlancePerson, role: BuyingRole) => person.roles.includes(role)

/** Picks the people who matter before a visit; people who have left the account are never picked. */
export function whosWho(
  people: readonly GlancePerson[],
  lastContacts: ReadonlyMap<string, number>,
  now: number,
  { opponentInfluence = 'high' }: WhosWhoOptions = {}
): WhosWho {
  const present = people.filter((p) => p.departedAt === null)
  // Most influential first, then the one we have neglected longest, then by name.
  const ranked = [...present].sort(
    (a, b) =>
      influenceRank(b.influence) - influenceRank(a.influence) ||
      (lastContacts.get(a.id) ?? 0) - (lastContacts.get(b.id) ?? 0) ||
      a.name.localeCompare(b.name)
  )
  const entry = (p: GlancePerson): WhoEntry => {
    const last = lastContacts.get(p.id)
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      stance: p.stance,
      influence: p.influence,
      daysSinceContact: last === undefined ? null : Math.max(0, daysBetween(last, now))
    }
  }
  const blocks = (p: GlancePerson) =>
    p.stance === 'opponent' && (influenceRank(p.influence) >= influenceRank(opponentInfluence) || has(p, 'technicalEvaluator'))
  const coach = ranked.find((p) => p.isCoach)
  const mainLine = ranked.find((p) => p.line === 'main')
  return {
    decisionMakers: ranked.filter((p) => has(p, 'decisionMaker')).map(entry),
    blockers: ranked.filter(blocks).map(entry),
    coach: coach ? entry(coach) : null,
    mainLine: mainLine ? entry(mainLine) : null
  }
}

/** Why a person is on the who's-who list, in the order a rep reads them. */
export const WHO_TAGS = ['decisionMaker', 'blocker', 'coach', 'mainLine'] as const
export type WhoTag = (typeof WHO_TAGS)[number]
export type WhoRow = WhoEntry & { tags: WhoTag[] }

/** The who's-who as one row per person (a decision-maker who is also our main line is listed once, with both tags). */
export function whoRows(who: WhosWho): WhoRow[] {
  const rows = new Map<string, WhoRow>()
  const add = (entry: WhoEntry | null, tag: WhoTag) => {
    if (!entry) return
    const row = rows.get(entry.id) ?? { ...entry, tags: [] }
    row.tags.push(tag)
    rows.set(entry.id, row)
  }
  for (const entry of who.decisionMakers) add(entry, 'decisionMaker')
  for (const entry of who.blockers) add(entry, 'blocker')
  add(who.coach, 'coach')
  add(who.mainLine, 'mainLine')
  return [...rows.values()]
}
