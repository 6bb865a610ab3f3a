import type { ElementDefinition } from 'cytoscape'
import { useEffect, useMemo, useState } from 'react'
import { paperMapPeople, type BriefImage } from '#shared/domain/brief'
import { activeStakeholders } from '#shared/domain/stakeholders'
import { RELATIONSHIP_KINDS, type InfluenceLevel, type RelationshipKind } from '#shared/schemas'
import type { AccountRecords } from '#data'
import { useI18n } from '#i18n'
import { BASE_FONT_SIZE, PRINT_THEME, renderGraphPng, toElements } from '#graph'
import { graphLabels } from '../stakeholders'

const PNG_SCALE = 2

/** Reads a PNG data URL's pixel size. */
function imageSize(src: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight })
    img.onerror = reject
    img.src = src
  })
}

export type BriefImages = {
  /** The whole org chart, for the full brief. */
  graphImage: BriefImage | null
  /** The map drawn for the one-page sheet: the whole chart of a small account, the key people of a large one. */
  paperMap: BriefImage | null
}

/** The print palette's colour for each kind of link (the palette names its link colours after the kinds). */
const LINK_COLOURS = Object.fromEntries(RELATIONSHIP_KINDS.map((kind) => [kind, PRINT_THEME[kind]])) as Record<RelationshipKind, string>

/** On paper a person is their name over their title: the roles and stance are in the tables beside the map. */
function paperLabels(elements: ElementDefinition[], people: readonly { id: string; name: string; title: string; isCoach: boolean }[]): ElementDefinition[] {
  const byId = new Map(people.map((p) => [p.id, p]))
  return elements.map((el) => {
    const p = el.group === 'nodes' && !String(el.classes ?? '').includes('departed') ? byId.get(String(el.data.id)) : undefined
    return p ? { ...el, data: { ...el.data, label: [`${p.isCoach ? '★ ' : ''}${p.name}`, p.title].filter(Boolean).join('\n') } } : el
  })
}

/** Draws one PNG of the org chart: everyone, or only `only`; on paper with the paper map's style. */
function useDrawnMap(sources: AccountRecords, only: string | null, paper: boolean): BriefImage | null {
  const { t } = useI18n()
  const [image, setImage] = useState<BriefImage | null>(null)
  useEffect(() => {
    if (activeStakeholders(sources.stakeholders).length === 0) {
      setImage(null)
      return
    }
    let current = true
    const ids = only === null ? null : new Set(only.split(','))
    const mapped = ids ? sources.stakeholders.filter((s) => ids.has(s.id)) : sources.stakeholders
    const elements = toElements(mapped, sources.relationships, { labels: graphLabels(t) })
    renderGraphPng(paper ? paperLabels(elements, mapped) : elements, 'org', { scale: PNG_SCALE, paper })
      .then(async (src) => {
        const { width, height } = await imageSize(src)
        if (current) setImage({ src, width: width / PNG_SCALE, height: height / PNG_SCALE, labelPx: BASE_FONT_SIZE, linkColours: LINK_COLOURS })
      })
      .catch(() => current && setImage(null))
    return () => {
      current = false
    }
  }, [sources.stakeholders, sources.relationships, t, only, paper])
  return image
}

/**
 * PNGs of the account's org chart for the brief, sized in CSS pixels; null while drawing or when nobody is
 * mapped. Visits only decide who the paper map of a large account shows, so saving the planned visit while
 * the rep types redraws nothing unless that choice changes.
 */
export function useGraphImage(sources: AccountRecords, opponentInfluence?: InfluenceLevel): BriefImages {
  const only = useMemo(() => {
    const picked = paperMapPeople(sources.stakeholders, sources.relationships, sources.visits, Date.now(), opponentInfluence)
    return picked ? [...picked].sort().join(',') : null
  }, [sources.stakeholders, sources.relationships, sources.visits, opponentInfluence])
  return { graphImage: useDrawnMap(sources, null, false), paperMap: useDrawnMap(sources, only, true) }
}
