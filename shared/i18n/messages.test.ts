import { describe, expect, it } from 'vitest'
import { en } from './en'
import { zhCN } from './zh-CN'
import { formatList, languageForLocale, messageParams, translate } from './translate'

const placeholders = messageParams

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
    expect(translate('en', 'accounts.count', { count: 1 })).toBe('1 account')
    expect(translate('en', 'accounts.count')).toBe('{count, plural, one {# account} other {# accounts}}')
  })

  it('English messages pick singular or plural by the count instead of writing "(s)"', () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(/\w\(s\)/)
    expect(translate('en', 'search.results', { count: 1 })).toBe('1 result')
    expect(translate('en', 'search.results', { count: 0 })).toBe('0 results')
    expect(translate('en', 'search.results', { count: 12 })).toBe('12 results')
    expect(translate('en', 'visits.tasks.open', { count: 1 })).toBe('1 open task')
    expect(translate('en', 'settings.exportedSkipped', { count: 1 })).toBe('Backup saved; 1 unreadable record was left out.')
    expect(translate('en', 'settings.exportedSkipped', { count: 4 })).toBe('Backup saved; 4 unreadable records were left out.')
    expect(translate('en', 'brief.composer.excluded', { count: 2, names: 'Wang and Li' })).toBe(
      '2 sensitive notes left out of this brief: Wang and Li.'
    )
    expect(translate('en', 'visits.cadence.due', { days: 1, date: 'Dec 5', interval: 7 })).toBe(
      'Revisit overdue by 1 day: due Dec 5 (every 7 days for this positioning).'
    )
    expect(translate('en', 'today.due.overdueBy', { days: 1 })).toBe('1 day overdue')
    expect(translate('en', 'account.cadence.override', { days: 1 })).toBe('Every day (your own setting)')
    // Chinese has no plural: the same message reads right for 1 and 12.
    expect(translate('zh-CN', 'search.results', { count: 1 })).toBe(translate('zh-CN', 'search.results', { count: 12 }).replace('12', '1'))
  })

  it('every plural block has an "other" branch, so no count leaves the block unresolved', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const catalogue = language === 'en' ? en : zhCN
      for (const [key, text] of Object.entries(catalogue)) {
        if (!/\{\w+,\s*plural,/.test(text)) continue
        for (const n of [0, 1, 2, 7]) {
          const params = Object.fromEntries(messageParams(text).map((name) => [name, n]))
          expect(translate(language, key as keyof typeof en, params), key).not.toMatch(/plural|[{}]/)
        }
      }
    }
  })

  it('joins lists as each language writes them', () => {
    expect(formatList('zh-CN', ['张伟', '李娜', '王强'])).toBe('张伟、李娜和王强')
    expect(formatList('zh-CN', ['决策者', '影响者'], 'plain')).toBe('决策者、影响者')
    expect(formatList('en', ['Wang', 'Li', 'Zhang'])).toBe('Wang, Li, and Zhang')
    expect(formatList('en', ['Wang', 'Li'])).toBe('Wang and Li')
    expect(formatList('en', ['Decision-maker', 'Influencer', 'User'], 'plain')).toBe('Decision-maker, Influencer, User')
    expect(formatList('en', ['Wang'])).toBe('Wang')
    expect(formatList('zh-CN', [])).toBe('')
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
