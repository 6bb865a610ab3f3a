import { digestDossier, type DossierDigest, type DossierSectionLike } from '#shared/domain/dossier'

/** Each stored section's own digest: the data layer hands back the same object while its row is unchanged. */
const perSection = new WeakMap<DossierSectionLike, DossierDigest>()

/**
 * digestDossier over the sections, walking only the sections whose row changed since the last call:
 * after an autosave of one section the other 19 pages are not read again.
 */
export function digestSections(sections: readonly DossierSectionLike[]): DossierDigest {
  const digest: DossierDigest = { channels: [], findings: [], unreadable: [] }
  const seen = new Set<string>()
  const live = sections.filter((s) => !s.deletedAt).sort((a, b) => a.order - b.order)
  for (const section of live) {
    let own = perSection.get(section)
    if (!own) perSection.set(section, (own = digestDossier([section])))
    digest.channels.push(...own.channels)
    digest.unreadable.push(...own.unreadable)
    for (const finding of own.findings) {
      if (seen.has(finding.id)) continue
      seen.add(finding.id)
      digest.findings.push(finding)
    }
  }
  return digest
}
