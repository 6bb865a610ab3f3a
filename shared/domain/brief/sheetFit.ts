import type { PaperSize } from './briefModel'

// The pre-visit sheet must stay one sheet of paper whatever the account holds. Every block of the sheet
// has a height that is known in advance (one-line cells cut with an ellipsis, free text clamped to a
// few lines), so the sheet can be fitted here, before printing: first the type shrinks step by step down
// to 7 pt, then lists are trimmed with "+N more" in order of what matters least at the door.

const PT_MM = 25.4 / 72
/** Line height of the sheet's text, as a multiple of its font size (the sheet's CSS uses the same). */
export const SHEET_LINE_HEIGHT = 1.35
/** Font sizes the sheet tries, largest first; 7 pt is the smallest we print for a rep to read. */
export const SHEET_FONT_STEPS = [9, 8.5, 8, 7.5, 7] as const
export const MIN_PRINT_PT = 7

export const PAGE_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 }
}
/** The page margins every brief prints with (the running header and page number sit inside them). */
export const PAGE_MARGIN_MM = { x: 16, y: 18 }
/** Room left unused at the foot of the sheet, for rounding in the browser's layout. */
const SAFETY_MM = 8

/** Free text is clamped to this many lines on the sheet. */
export const SHEET_CLAMP = { objective: 3, redFlag: 2, caresAbout: 1 } as const
/** The map never takes more of the sheet than this. */
const MAP_MAX_HEIGHT_MM = 90
/** Space around the map's picture (padding, border) and the legend line under it. */
const MAP_FRAME_MM = 5

/** What is on the sheet, as counts and the texts whose length decides their height. */
export interface SheetContent {
  paper: PaperSize
  /** Which of the sheet's sections the rep kept. */
  sections: {
    summary: boolean
    whosWho: boolean
    nextVisit: boolean
    attendees: boolean
    orgGraph: boolean
    visits: boolean
  }
  whoRows: number
  hasPlan: boolean
  objective: string
  questions: number
  whoToMeet: boolean
  toVerify: number
  redFlags: readonly string[]
  attendees: readonly { points: number; caresAbout: boolean; sensitive: boolean }[]
  visits: number
  /** The map's picture: its size in CSS pixels and the size its labels were drawn at, in the same pixels. */
  map: { width: number; height: number; labelPx: number } | null
}

/** How much of each list the sheet shows, the type size, and the map's printed size. */
export interface SheetLimits {
  fontPt: number
  /** The fitted sheet's estimated height in mm, map included: never more than the page holds. */
  heightMm?: number
  whoRows: number
  questions: number
  toVerify: number
  redFlags: number
  attendees: number
  /** 2: name over title, what they care about over the talking points; 1: all on one line. */
  attendeeLines: number
  visits: number
  /** The map's printed size; null when there is no map or it cannot be printed readable on this sheet. */
  map: { widthMm: number; heightMm: number } | null
}

const lineMm = (pt: number) => pt * PT_MM * SHEET_LINE_HEIGHT
/** Labels and small print never go below 7 pt. */
const smallPt = (pt: number) => Math.max(MIN_PRINT_PT, pt * 0.88)

/** Width of a text in ems: CJK and full-width characters are one em, others about half. */
function ems(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.56
  return width
}

/** Lines a text takes across `widthMm` at `pt`, at most `clamp`. */
export function textLines(text: string, widthMm: number, pt: number, clamp: number): number {
  const perLine = widthMm / (pt * PT_MM)
  return Math.min(clamp, Math.max(1, Math.ceil(ems(text.trim()) / perLine)))
}

export function contentBox(paper: PaperSize): { width: number; height: number } {
  const page = PAGE_MM[paper]
  return { width: page.width - 2 * PAGE_MARGIN_MM.x, height: page.height - 2 * PAGE_MARGIN_MM.y }
}

/**
 * The map's printed size in the space left: as large as fits (never beyond one CSS pixel per 0.2646 mm,
 * the picture's own size), null when its labels would print under 7 pt there.
 */
export function fitMap(
  map: SheetContent['map'],
  widthMm: number,
  heightMm: number
): { widthMm: number; heightMm: number } | null {
  if (!map || map.width <= 0 || map.height <= 0) return null
  const natural = 25.4 / 96
  const scale = Math.min(natural, widthMm / map.width, Math.min(heightMm, MAP_MAX_HEIGHT_MM) / map.height)
  const labelPt = (map.labelPx * scale) / PT_MM
  if (labelPt < MIN_PRINT_PT - 1e-9) return null
  return { widthMm: map.width * scale, heightMm: map.height * scale }
}

/** Gap between the sheet's two columns (next visit | last contacts). */
export const SHEET_COLUMN_GAP_MM = 5

/** The sheet's height in mm without the map's picture, with these limits (the estimate the fit works on). */
export function sheetHeightMm(content: SheetContent, limits: Omit<SheetLimits, 'map'>): number {
  const pt = limits.fontPt
  const line = lineMm(pt)
  const small = lineMm(smallPt(pt))
  const s = content.sections
  const twoColumns = s.nextVisit && s.visits
  const full = contentBox(content.paper).width
  const column = twoColumns ? (full - SHEET_COLUMN_GAP_MM) / 2 : full
  const more = (shown: number, total: number) => (total > shown ? small : 0)
  const heading = lineMm(pt * 1.22) + 4.8
  const subheading = line + 1.6
  const rowPad = 2.2
  const table = (rows: number, limit: number) => (rows === 0 ? line : small + rowPad + Math.min(limit, rows) * (line + rowPad) + more(limit, rows))

  let left = 0
  if (s.nextVisit) {
    left += heading + line // when
    left += subheading + (content.objective.trim() ? textLines(content.objective, column, pt, SHEET_CLAMP.objective) * line : line)
    if (content.questions > 0) left += subheading + Math.min(limits.questions, content.questions) * line + more(limits.questions, content.questions)
    if (content.whoToMeet) left += line
    if (content.toVerify > 0) left += subheading + Math.min(limits.toVerify, content.toVerify) * line + more(limits.toVerify, content.toVerify)
    if (content.redFlags.length > 0) {
      const shown = content.redFlags.slice(0, limits.redFlags)
      left += subheading + shown.reduce((sum, f) => sum + textLines(f, column - 5, pt, SHEET_CLAMP.redFlag) * line, 0)
      left += more(limits.redFlags, content.redFlags.length)
    }
  }
  const right = s.visits ? heading + table(content.visits, limits.visits) : 0

  let h = small + lineMm(pt * 1.9) + 5 // the form's name, the account's name and the rule under them
  if (s.summary) h += line + small + line + 2.5
  if (s.whosWho) h += heading + table(content.whoRows, limits.whoRows)
  h += twoColumns ? Math.max(left, right) : left + right
  if (s.attendees) {
    h += heading
    const shown = content.attendees.slice(0, limits.attendees)
    h += shown.length === 0 ? line : small + rowPad
    // Name over title; what they care about over the talking points on one line.
    for (const a of shown) {
      const lines = limits.attendeeLines === 1 ? 1 : Math.max(2, (a.caresAbout ? 1 : 0) + (a.points > 0 ? 1 : 0))
      h += (lines + (a.sensitive ? 1 : 0)) * line + rowPad
    }
    h += more(limits.attendees, content.attendees.length)
  }
  if (s.orgGraph) h += heading + (content.map ? 2 * small + MAP_FRAME_MM : line) // the picture and its two-line legend
  return h
}

type Trimmable = 'visits' | 'redFlags' | 'toVerify' | 'questions' | 'whoRows' | 'attendees' | 'attendeeLines'
/** Cuts the sheet makes to keep a readable map: older contacts, extra red flags and findings, two-line rows. */
const LIGHT_CUTS: [Trimmable, number][] = [
  ['visits', 1],
  ['redFlags', 3],
  ['toVerify', 3],
  ['attendeeLines', 1],
  ['whoRows', 6]
]
/** Once the map has gone, what gives way in turn; the people we will meet go last. */
const HEAVY_CUTS: [Trimmable, number][] = [
  ...LIGHT_CUTS,
  ['questions', 5],
  ['visits', 0],
  ['redFlags', 1],
  ['toVerify', 1],
  ['questions', 3],
  ['whoRows', 4],
  ['questions', 1],
  ['whoRows', 2],
  ['attendees', 1]
]

/**
 * Fits the sheet on one page. First the largest type from SHEET_FONT_STEPS at which everything fits with a
 * readable map; then, at 7 pt, a few light cuts to keep the map; then the map goes (the full brief has it)
 * and the type is tried again from 9 pt, and at 7 pt lists are cut in HEAVY_CUTS order.
 * Pure and deterministic: the preview and the PDF show the same sheet.
 */
export function fitSheet(content: SheetContent): SheetLimits {
  const box = contentBox(content.paper)
  const available = box.height - SAFETY_MM
  const all: Omit<SheetLimits, 'fontPt' | 'map'> = {
    whoRows: content.whoRows,
    questions: content.questions,
    toVerify: content.toVerify,
    redFlags: content.redFlags.length,
    attendees: content.attendees.length,
    attendeeLines: 2,
    visits: content.visits
  }
  const attempt = (limits: Omit<SheetLimits, 'map'>, withMap: boolean): SheetLimits | null => {
    const rest = sheetHeightMm(content, limits)
    if (!withMap) return rest <= available ? { ...limits, map: null, heightMm: rest } : null
    const map = fitMap(content.map, box.width - MAP_FRAME_MM, available - rest)
    return map ? { ...limits, map, heightMm: rest + map.heightMm } : null
  }
  /** The largest type that fits without cuts, else the cuts at 7 pt until it fits (null if they run out). */
  const fit = (withMap: boolean, cuts: [Trimmable, number][]): SheetLimits | null => {
    for (const fontPt of SHEET_FONT_STEPS) {
      const fitted = attempt({ ...all, fontPt }, withMap)
      if (fitted) return fitted
    }
    const trimmed = { ...all, fontPt: MIN_PRINT_PT }
    for (const [key, min] of cuts) {
      while (trimmed[key] > min) {
        trimmed[key] -= 1
        const fitted = attempt(trimmed, withMap)
        if (fitted) return fitted
      }
    }
    return null
  }
  const wantsMap = content.sections.orgGraph && content.map !== null
  return (
    (wantsMap ? fit(true, LIGHT_CUTS) : null) ??
    fit(false, HEAVY_CUTS) ?? { ...all, fontPt: MIN_PRINT_PT, ...Object.fromEntries(HEAVY_CUTS.map(([key, min]) => [key, min])), map: null }
  )
}
