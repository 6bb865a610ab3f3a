import { describe, expect, it } from 'vitest'
import { appendFinding, type AppendedFinding } from './appendFinding'
import { extractFindings } from './findings'
import { doc, finding, paragraph, text } from './fixtures'
import { checkSectionContent, extractPlainText } from './lexicalJson'

const answer = (patch: Partial<AppendedFinding> = {}): AppendedFinding => ({
  attributes: { findingId: 'f-visit-1', channel: 'purchasing', sourceId: 'p2', date: 1_790_000_000_000, confidence: 'medium', verified: false, verifiedAt: null },
  text: '谁批采购？ — 厂长签字，金额超过 5 万要总经理',
  sourceNote: '拜访 2026年9月21日',
  ...patch
})

describe('appendFinding', () => {
  it('adds the finding as a last paragraph the dossier can open, keeping what was there', () => {
    const stored = doc(paragraph(text('采购每季度招标一次。'), finding({ findingId: 'f0' }, text('用的是进口轴承'))))
    const before = JSON.stringify(stored)
    const next = appendFinding(stored, answer())

    expect(checkSectionContent(next).ok).toBe(true)
    expect(JSON.stringify(stored)).toBe(before)
    expect(extractPlainText(next)).toBe('采购每季度招标一次。用的是进口轴承\n谁批采购？ — 厂长签字，金额超过 5 万要总经理 (拜访 2026年9月21日)')
    expect(extractFindings(next, 'purchasing').map((f) => [f.id, f.text, f.channel, f.sourceId, f.date])).toEqual([
      ['f0', '用的是进口轴承', 'gatekeeper', null, 1_700_000_000_000],
      ['f-visit-1', '谁批采购？ — 厂长签字，金额超过 5 万要总经理', 'purchasing', 'p2', 1_790_000_000_000]
    ])
  })

  it('starts a document for a section never written, and keeps line breaks of the answer inside the finding', () => {
    const next = appendFinding(null, answer({ text: '  Two buyers:\nZhang and Wu \n', sourceNote: '' }))
    expect(checkSectionContent(next).ok).toBe(true)
    expect(extractPlainText(next)).toBe('Two buyers:\nZhang and Wu')
    expect(extractFindings(next, 'purchasing')[0]!.text).toBe('Two buyers: Zhang and Wu')
  })
})
