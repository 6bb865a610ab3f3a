import { DEPARTMENT_RANKS, DEPARTMENT_STEMS, STANDALONE_TITLES } from './chineseTitles'

export const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch)

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (words: readonly string[]) => byLength(words).map(escape).join('|')

const STEM_DEPARTMENT = new Map(DEPARTMENT_STEMS)
const STANDALONE_DEPARTMENT = new Map(STANDALONE_TITLES)
const WORKSHOP = '(?:[一二三四五六七八九十]|装配|机加|铸造|热处理|冲压|总装|焊接|机修|磨加工)?车间'
const STEMS = `${WORKSHOP}|${alternation(DEPARTMENT_STEMS.map(([stem]) => stem).filter((s) => s !== '车间'))}`
const DEPARTMENT_TITLE = new RegExp(`^(${STEMS})(部|科|中心|室|处)?(${alternation(DEPARTMENT_RANKS)})`)
const STANDALONE = new RegExp(`^(?:${alternation(STANDALONE_TITLES.map(([t]) => t))})`)
const DEPARTMENT_WORD = new RegExp(`(${STEMS})(部|科|中心|处|室)?`, 'g')

export type TitleMatch = { start: number; end: number; title: string; department: string }

function departmentFor(stem: string, suffix: string | undefined): string {
  if (stem.endsWith('车间')) return stem
  const known = STEM_DEPARTMENT.get(stem) ?? stem
  if (!suffix) return known
  return stem + suffix
}

/** The title starting exactly at `index`, longest reading first, or null. */
export function chineseTitleAt(text: string, index: number): TitleMatch | null {
  const rest = text.slice(index)
  const built = DEPARTMENT_TITLE.exec(rest)
  const alone = STANDALONE.exec(rest)
  // 长 alone only finishes 部长/科长 (采购部长), never a stem directly (采购长 is not a title).
  const builtOk = built && !(built[3] === '长' && !built[2]) && !(built[3] === '员' && built[1] === '车间')
  if (builtOk && (!alone || built[0].length >= alone[0].length)) {
    return { start: index, end: index + built[0].length, title: built[0], department: departmentFor(built[1]!, built[2]) }
  }
  if (alone) return { start: index, end: index + alone[0].length, title: alone[0], department: STANDALONE_DEPARTMENT.get(alone[0]) ?? '' }
  return null
}

/** Every title in the text, left to right, none overlapping. */
export function chineseTitles(text: string): TitleMatch[] {
  const found: TitleMatch[] = []
  for (let i = 0; i < text.length; i++) {
    const match = chineseTitleAt(text, i)
    if (match) {
      found.push(match)
      i = match.end - 1
    }
  }
  return found
}

/** A department named in the text that ends exactly at `end` (采购部 in 采购部的王经理), or ''. */
export function chineseDepartmentEndingAt(text: string, end: number): string {
  for (const match of text.slice(Math.max(0, end - 8), end).matchAll(DEPARTMENT_WORD)) {
    const start = Math.max(0, end - 8) + match.index
    if (start + match[0].length === end) return departmentFor(match[1]!, match[2])
  }
  return ''
}
