import { useEffect, useState } from 'react'
import type { BriefImage } from '#shared/domain/brief'
import { activeStakeholders } from '#shared/domain/stakeholders'
import type { AccountRecords } from '#data'
import { useI18n } from '#i18n'
import { renderGraphPng, toElements } from '#graph'
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

/** A PNG of the account's org chart for the brief, sized in CSS pixels; null while drawing or when nobody is mapped. */
export function useGraphImage(sources: AccountRecords): BriefImage | null {
  const { t } = useI18n()
  const [image, setImage] = useState<BriefImage | null>(null)
  useEffect(() => {
    const people = activeStakeholders(sources.stakeholders)
    if (people.length === 0) {
      setImage(null)
      return
    }
    let current = true
    renderGraphPng(toElements(sources.stakeholders, sources.relationships, { labels: graphLabels(t) }), 'org', { scale: PNG_SCALE })
      .then(async (src) => {
        const { width, height } = await imageSize(src)
        if (current) setImage({ src, width: width / PNG_SCALE, height: height / PNG_SCALE })
      })
      .catch(() => current && setImage(null))
    return () => {
      current = false
    }
  }, [sources.stakeholders, sources.relationships, t])
  return image
}
