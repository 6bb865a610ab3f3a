import type { SearchDocKind, SearchHit } from '#shared/domain/search'

export interface HitGroup {
  kind: SearchDocKind
  hits: SearchHit[]
}

/** Hits grouped by kind, the groups in the order of their best hit, each keeping the ranking inside it. */
export function groupByKind(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<SearchDocKind, SearchHit[]>()
  for (const hit of hits) {
    const group = groups.get(hit.doc.kind)
    if (group) group.push(hit)
    else groups.set(hit.doc.kind, [hit])
  }
  return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }))
}
