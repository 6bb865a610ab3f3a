import type { IntelChannel } from '#shared/schemas/enums'
import {
  FINDING_NODE_TYPE,
  FindingAttributes,
  MENTION_NODE_TYPE,
  checkSectionContent,
  walkNodes,
  type Confidence,
  type SerializedNode
} from './lexicalJson'

/** A finding as the findings panel and the brief see it. */
export type DossierFinding = {
  id: string
  text: string
  /** The channel the information came from (may differ from the section it was written in). */
  channel: IntelChannel
  /** The channel of the section that holds it. */
  sectionChannel: IntelChannel
  sourceId: string | null
  date: number
  confidence: Confidence
  verified: boolean
  verifiedAt: number | null
}

function textOf(node: SerializedNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'linebreak') return ' '
  if (node.type === MENTION_NODE_TYPE) return typeof node.name === 'string' ? `@${node.name}` : ''
  return (node.children ?? []).map(textOf).join('')
}

/**
 * Every finding in one section's content, in document order. A passage marked across several
 * paragraphs is stored as several finding nodes with the same id; they come back as one finding whose
 * text joins the parts. Invalid content gives [].
 */
export function extractFindings(content: unknown, sectionChannel: IntelChannel): DossierFinding[] {
  const check = checkSectionContent(content)
  if (!check.ok) return []
  const byId = new Map<string, DossierFinding>()
  walkNodes(check.state.root, (node) => {
    if (node.type !== FINDING_NODE_TYPE) return
    const parsed = FindingAttributes.safeParse(node)
    if (!parsed.success) return
    const a = parsed.data
    const text = textOf(node).trim()
    const existing = byId.get(a.findingId)
    if (existing) {
      if (text) existing.text = existing.text ? `${existing.text} ${text}` : text
      return
    }
    byId.set(a.findingId, {
      id: a.findingId,
      text,
      channel: a.channel,
      sectionChannel,
      sourceId: a.sourceId,
      date: a.date,
      confidence: a.confidence,
      verified: a.verified,
      verifiedAt: a.verifiedAt
    })
  })
  return [...byId.values()]
}

export const DAY_MS = 24 * 60 * 60 * 1000
/** Findings older than this many days look "aging", older than STALE_AFTER_DAYS "stale". */
export const AGING_AFTER_DAYS = 30
export const STALE_AFTER_DAYS = 90

export type FindingAgeLevel = 'fresh' | 'aging' | 'stale'

/**
 * How old a finding is, in days (never negative), and how that should look. Rounded, because dates picked
 * in the finding dialog are stored as local noon: a date picked 100 calendar days ago is 100 days old all day.
 */
export function findingAge(date: number, now: number): { days: number; level: FindingAgeLevel } {
  const days = Math.max(0, Math.round((now - date) / DAY_MS))
  const level: FindingAgeLevel = days >= STALE_AFTER_DAYS ? 'stale' : days >= AGING_AFTER_DAYS ? 'aging' : 'fresh'
  return { days, level }
}

/** Domain rule: information from outside sources (web, ads, neighbours…) must be confirmed before it counts. */
export function needsConfirmation(finding: Pick<DossierFinding, 'channel' | 'verified'>): boolean {
  return finding.channel === 'external' && !finding.verified
}

export type FindingFilter = { channel: IntelChannel | 'all'; unverifiedOnly: boolean }

export function filterFindings(findings: readonly DossierFinding[], filter: FindingFilter): DossierFinding[] {
  return findings.filter(
    (f) => (filter.channel === 'all' || f.channel === filter.channel) && (!filter.unverifiedOnly || !f.verified)
  )
}
