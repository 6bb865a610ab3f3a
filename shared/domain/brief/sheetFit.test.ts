import { describe, expect, it } from 'vitest'
import { contentBox, fitMap, fitSheet, MIN_PRINT_PT, sheetHeightMm, textLines, type SheetContent } from './sheetFit'

const PT_MM = 25.4 / 72
const everySection = { summary: true, whosWho: true, nextVisit: true, attendees: true, orgGraph: true, visits: true }
const attendee = { points: 3, caresAbout: true, sensitive: false }

function sheet(patch: Partial<SheetContent> = {}): SheetContent {
  return {
    paper: 'A4',
    sections: everySection,
    whoRows: 4,
    hasPlan: true,
    objective: '敲定试用方案，约技术交流',
    questions: 3,
    whoToMeet: true,
    toVerify: 2,
    redFlags: ['拍板人还没有表态：先约见总经理'],
    attendees: [attendee, attendee, attendee],
    visits: 3,
    map: { width: 700, height: 360, labelPx: 13 },
    ...patch
  }
}

/** The sheet's estimated height with the fitted limits, map included. */
const fittedHeight = (content: SheetContent) => {
  const limits = fitSheet(content)
  return sheetHeightMm(content, limits) + (limits.map?.heightMm ?? 0)
}

describe('fitSheet', () => {
  it('keeps everything at 9 pt for a small account, with the map readable', () => {
    const content = sheet({ attendees: [], questions: 1, whoRows: 2, toVerify: 0, redFlags: [], visits: 1 })
    const limits = fitSheet(content)
    expect(limits.fontPt).toBe(9)
    expect(limits.map).not.toBeNull()
    expect((13 * (limits.map!.widthMm / 700)) / PT_MM).toBeGreaterThanOrEqual(MIN_PRINT_PT)
  })

  it('keeps every list and a readable map for a typical visit with three people', () => {
    const content = sheet({ map: { width: 500, height: 318, labelPx: 13 } })
    const limits = fitSheet(content)
    expect(limits).toMatchObject({ attendees: 3, questions: 3, whoRows: 4, redFlags: 1, toVerify: 2, visits: 3, attendeeLines: 2 })
    expect(limits.map).not.toBeNull()
    expect(fittedHeight(content)).toBeLessThanOrEqual(contentBox('A4').height)
  })

  it('lets the map go before it cuts the questions to ask', () => {
    const content = sheet({ questions: 8, whoRows: 6, redFlags: ['一', '二', '三'], toVerify: 4, map: { width: 500, height: 318, labelPx: 13 } })
    const limits = fitSheet(content)
    expect(limits.map).toBeNull()
    expect(limits).toMatchObject({ questions: 8, attendees: 3 })
    expect(fittedHeight(content)).toBeLessThanOrEqual(contentBox('A4').height)
  })

  it('keeps all twelve people we will meet, trimming older contacts and red flags first', () => {
    const content = sheet({ attendees: Array(12).fill(attendee), whoRows: 8, questions: 6, toVerify: 5, redFlags: ['a', 'b', 'c', 'd'] })
    const limits = fitSheet(content)
    expect(limits.attendees).toBe(12)
    expect(limits.fontPt).toBeGreaterThanOrEqual(MIN_PRINT_PT)
    expect(fittedHeight(content)).toBeLessThanOrEqual(contentBox('A4').height)
  })

  it('never overflows the page, on A4 or Letter, however much the account holds', () => {
    const long = '客户提出需要在三个月内完成全部产线的替换评估，并要求我们提供同行业的成功案例和详细的总成本对比。'.repeat(6)
    for (const paper of ['A4', 'Letter'] as const) {
      const content = sheet({
        paper,
        objective: long,
        attendees: Array(40).fill({ ...attendee, sensitive: true }),
        whoRows: 30,
        questions: 30,
        toVerify: 5,
        redFlags: Array(12).fill(long),
        visits: 3,
        map: { width: 4000, height: 1200, labelPx: 13 }
      })
      const limits = fitSheet(content)
      expect(limits.fontPt).toBe(MIN_PRINT_PT)
      expect(limits.attendees).toBeLessThan(40)
      expect(limits.attendees).toBeGreaterThan(0)
      expect(fittedHeight(content)).toBeLessThanOrEqual(contentBox(paper).height)
    }
  })

  it('leaves the map out rather than print its labels under 7 pt', () => {
    expect(fitMap({ width: 3000, height: 800, labelPx: 13 }, 178, 90)).toBeNull()
    const map = fitMap({ width: 800, height: 400, labelPx: 13 }, 178, 90)!
    expect((13 * (map.widthMm / 800)) / PT_MM).toBeGreaterThanOrEqual(MIN_PRINT_PT)
    // Never printed larger than the picture itself (one CSS pixel = 0.2646 mm).
    expect(fitMap({ width: 200, height: 100, labelPx: 13 }, 178, 90)).toEqual({ widthMm: 200 * (25.4 / 96), heightMm: 100 * (25.4 / 96) })
    const wide = sheet({ map: { width: 3000, height: 800, labelPx: 13 } })
    expect(fitSheet(wide).map).toBeNull()
  })

  it('counts lines of Chinese and Latin text by their width', () => {
    expect(textLines('短', 178, 9, 3)).toBe(1)
    expect(textLines('中'.repeat(120), 178, 9, 5)).toBe(3)
    expect(textLines('a'.repeat(120), 178, 9, 5)).toBe(2)
    expect(textLines('中'.repeat(500), 178, 9, 3)).toBe(3)
  })
})
