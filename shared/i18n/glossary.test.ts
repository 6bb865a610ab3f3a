import { describe, expect, it } from 'vitest'
import { en } from './en'
import { GLOSSARY } from './glossary'
import { zhCN } from './zh-CN'

const entries = Object.entries(GLOSSARY)

describe('glossary: one term per concept', () => {
  it('each concept is labelled with its term in both languages', () => {
    for (const [concept, g] of entries) {
      expect(zhCN[g.label], concept).toContain(g.zh)
      expect(en[g.label].toLowerCase(), concept).toContain(g.en.toLowerCase())
      for (const key of g.zhKeys) expect(zhCN[key], `${concept} ${key}`).toContain(g.zh)
    }
  })

  it('no message calls a glossary concept by another name', () => {
    const hits: string[] = []
    for (const [concept, g] of entries) {
      for (const [key, text] of Object.entries(zhCN)) for (const word of g.avoid.zh) if (text.includes(word)) hits.push(`${key}: ${word} → ${g.zh} (${concept})`)
      for (const [key, text] of Object.entries(en))
        for (const word of g.avoid.en) if (text.toLowerCase().includes(word.toLowerCase())) hits.push(`${key}: ${word} → ${g.en} (${concept})`)
    }
    expect(hits).toEqual([])
  })

  it('speaks of people without assuming their gender', () => {
    const zh = Object.entries(zhCN).filter(([, text]) => /[他她](?!们)/.test(text.replace(/其他|他人/g, '')))
    const english = Object.entries(en).filter(([, text]) => /\b(he|she|him|his|her|hers|himself|herself)\b/i.test(text))
    expect(zh.map(([key, text]) => `${key}: ${text}`)).toEqual([])
    expect(english.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })
})
