import { describe, expect, it } from 'vitest'
import { buildBriefModel, defaultBriefOptions } from './brief/briefModel'
import { briefInput } from './brief/briefFixture'
import { renderBriefHtml } from './brief/renderBriefHtml'
import { formatRevenue } from './formatRevenue'

describe('formatRevenue', () => {
  it('shows 亿元 from 100 million yuan up and 万元 below, in Chinese', () => {
    expect(formatRevenue('zh-CN', 125_000)).toBe('12.5 亿元')
    expect(formatRevenue('zh-CN', 10_000)).toBe('1 亿元')
    expect(formatRevenue('zh-CN', 1_234_567)).toBe('123.46 亿元')
    expect(formatRevenue('zh-CN', 8_600)).toBe('8,600 万元')
    expect(formatRevenue('zh-CN', 9_999.5)).toBe('9,999.5 万元')
    expect(formatRevenue('zh-CN', 0)).toBe('0 万元')
  })

  it('shows yuan with bn / m in English', () => {
    expect(formatRevenue('en', 125_000)).toBe('CNY 1.25 bn')
    expect(formatRevenue('en', 8_600)).toBe('CNY 86 m')
    expect(formatRevenue('en', 350)).toBe('CNY 3.5 m')
    expect(formatRevenue('en', 50)).toBe('CNY 500,000')
    expect(formatRevenue('en', 0)).toBe('CNY 0')
  })
})

describe('revenue in the brief', () => {
  const brief = (language: 'zh-CN' | 'en', annualRevenue: number) => {
    const input = briefInput()
    return renderBriefHtml(buildBriefModel({ ...input, account: { ...input.account, annualRevenue } }, defaultBriefOptions()), language)
  }

  it('prints the revenue by size, under a label without the storage unit', () => {
    const zh = brief('zh-CN', 125_000)
    expect(zh).toContain('12.5 亿元')
    expect(zh).toContain('年营业额')
    expect(zh).not.toContain('125,000')
    expect(zh).not.toContain('年营业额（万元）')
    const en = brief('en', 8_600)
    expect(en).toContain('CNY 86 m')
    expect(en).not.toContain('10k CNY')
  })
})
