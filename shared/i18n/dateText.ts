import type { Language } from '../ipc/contract'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** Full-width digits and separators (typed with a Chinese IME) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return null // 2 月 30 日
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

/**
 * Reads a date as a rep types it, to `yyyy-mm-dd` (null when it is not a date). Both languages take
 * 2026-12-05, 2026/12/5, 2026.12.5 and 2026年12月5日; English also takes 12/5/2026 (month first) and
 * Dec 5, 2026 / 5 Dec 2026. Chinese never reads 12/5/2026, which a Chinese reader could take either way.
 */
export function parseDateText(language: Language, text: string): string | null {
  const s = halfWidth(text).trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  if (language !== 'en') return null
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s)
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]))
  m = /^([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s)
  if (m) return iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]))
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(s)
  if (m) return iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]))
  return null
}

/** A `yyyy-mm-dd` date as the UI language writes it: 2026年12月5日 / Dec 5, 2026. Anything else is returned as is. */
export function formatDateText(language: Language, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return value
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (language === 'zh-CN') return `${year}年${month}月${day}日`
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))
}
