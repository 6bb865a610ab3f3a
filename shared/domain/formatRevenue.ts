import type { Language } from '../ipc/contract'

/** 1 亿 = 10,000 万. */
const WAN_PER_YI = 10_000

/**
 * Revenue as a rep reads it. Stored in 万元 (the account form asks for 年营业额（万元）).
 * Chinese: 亿元 from 1 亿 up ("12.5 亿元" for 125,000 万元), 万元 below ("8,600 万元").
 * English, in yuan with a scale word: "CNY 1.25 bn", "CNY 86 m", and whole yuan below a million ("CNY 500,000").
 */
export function formatRevenue(language: Language, wan: number): string {
  if (language === 'zh-CN') {
    const number = (value: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value)
    return Math.abs(wan) >= WAN_PER_YI ? `${number(wan / WAN_PER_YI)} 亿元` : `${number(wan)} 万元`
  }
  const yuan = wan * 10_000
  const number = (value: number, digits: number) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value)
  if (Math.abs(yuan) >= 1e9) return `CNY ${number(yuan / 1e9, 2)} bn`
  if (Math.abs(yuan) >= 1e6) return `CNY ${number(yuan / 1e6, 1)} m`
  return `CNY ${number(yuan, 0)}`
}
