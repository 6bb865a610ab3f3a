import { describe, expect, it } from 'vitest'
import { formatDateText, parseDateText } from './dateText'

describe('dates typed in the UI language', () => {
  it('reads the ways a Chinese rep writes a date', () => {
    for (const text of ['2026-12-05', '2026-12-5', '2026/12/5', '2026.12.05', '2026年12月5日', '2026 年 12 月 5 日', '２０２６年１２月５日', ' 2026-12-05 '])
      expect(parseDateText('zh-CN', text), text).toBe('2026-12-05')
  })

  it('reads English dates month first, by name or as ISO', () => {
    for (const text of ['12/5/2026', '12/05/2026', 'Dec 5, 2026', 'December 5 2026', '5 Dec 2026', '2026-12-05'])
      expect(parseDateText('en', text), text).toBe('2026-12-05')
  })

  it('refuses what is not a date, and the day-month guess in Chinese', () => {
    for (const text of ['', '明天', '2026-13-01', '2026-02-30', '2026年2月30日', '12/5', '20261205']) expect(parseDateText('zh-CN', text), text).toBeNull()
    expect(parseDateText('zh-CN', '12/5/2026')).toBeNull()
    expect(parseDateText('en', '31/12/2026')).toBeNull()
    expect(parseDateText('en', 'Smarch 5, 2026')).toBeNull()
  })

  it('shows a date as each language writes it, whatever the computer\'s own locale', () => {
    expect(formatDateText('zh-CN', '2026-12-05')).toBe('2026年12月5日')
    expect(formatDateText('en', '2026-12-05')).toBe('Dec 5, 2026')
    expect(formatDateText('en', '')).toBe('')
    for (const language of ['zh-CN', 'en'] as const) expect(parseDateText(language, formatDateText(language, '2027-01-31'))).toBe('2027-01-31')
  })
})
