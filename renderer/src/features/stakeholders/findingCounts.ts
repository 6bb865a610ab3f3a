import type { DossierFinding } from '#shared/domain/dossier'

/** Number of dossier findings per intelligence channel they came from (for the coverage matrix). */
export function findingCountsByChannel(findings: readonly DossierFinding[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(f.channel, (counts.get(f.channel) ?? 0) + 1)
  return counts
}
