import type { IntelChannel } from '#shared/schemas/enums'
import { extractFindings, type DossierFinding } from './findings'
import { checkSectionContent, extractPlainText } from './lexicalJson'

/** The part of a stored DossierSection row the digest needs. */
export type DossierSectionLike = {
  channel: IntelChannel
  order: number
  content: Record<string, unknown> | null
  plainText: string
  deletedAt?: number | null
}

export type DossierDigest = {
  /** One entry per live section, in the rep's order, with its plain text ('' when empty). */
  channels: { channel: IntelChannel; plainText: string; findingCount: number }[]
  /** Every finding, section by section in order, then in document order. */
  findings: DossierFinding[]
  /** Channels whose stored content could not be read (their stored plainText is used instead). */
  unreadable: IntelChannel[]
}

/**
 * From stored dossier sections, the per-channel plain text and the list of findings: what the brief
 * and search need without opening an editor. Soft-deleted sections are left out.
 */
export function digestDossier(sections: readonly DossierSectionLike[]): DossierDigest {
  const live = sections.filter((s) => !s.deletedAt).sort((a, b) => a.order - b.order)
  const digest: DossierDigest = { channels: [], findings: [], unreadable: [] }
  const seen = new Set<string>()
  for (const section of live) {
    if (section.content === null) {
      digest.channels.push({ channel: section.channel, plainText: section.plainText, findingCount: 0 })
      continue
    }
    const check = checkSectionContent(section.content)
    if (!check.ok) {
      digest.unreadable.push(section.channel)
      digest.channels.push({ channel: section.channel, plainText: section.plainText, findingCount: 0 })
      continue
    }
    const findings = extractFindings(check.state, section.channel)
    digest.channels.push({ channel: section.channel, plainText: extractPlainText(check.state), findingCount: findings.length })
    for (const finding of findings) {
      // A finding id is unique per dossier; a duplicate (e.g. from an old copy and paste) is listed once.
      if (seen.has(finding.id)) continue
      seen.add(finding.id)
      digest.findings.push(finding)
    }
  }
  return digest
}
