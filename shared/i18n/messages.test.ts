import { describe, expect, it } from 'vitest'
import { en } from './en'
import { zhCN } from './zh-CN'
import { languageForLocale, translate } from './translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  it('zh-CN has a non-empty message for every English key and no extra keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort())
    for (const [key, text] of Object.entries(zhCN)) expect(text.trim(), key).not.toBe('')
  })

  it('both languages use the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]))
    }
  })

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('en', 'accounts.count', { count: 3 })).toBe('3 accounts')
    expect(translate('zh-CN', 'accounts.count', { count: 3 })).toBe('共 3 个客户')
    expect(translate('en', 'accounts.count')).toBe('{count} accounts')
  })

  it('picks zh-CN for any Chinese locale and English otherwise', () => {
    expect(languageForLocale('zh-CN')).toBe('zh-CN')
    expect(languageForLocale('zh-TW')).toBe('zh-CN')
    expect(languageForLocale('zh')).toBe('zh-CN')
    expect(languageForLocale('en-US')).toBe('en')
    expect(languageForLocale('de')).toBe('en')
    expect(languageForLocale(undefined)).toBe('en')
  })
})
