import { describe, expect, it } from 'vitest'
import { moveChannel } from './channelPrompts'
import { digestDossier } from './digest'
import { doc, finding, paragraph, text } from './fixtures'

describe('digestDossier', () => {
  it('gives per-channel plain text in the rep order and all findings, reporting a corrupt section without losing the others', () => {
    const digest = digestDossier([
      { channel: 'warehouse', order: 1, content: doc(paragraph(text('SKF 6204'), finding({ findingId: 'w', channel: 'warehouse' }, text('每月 200 套')))) as never, plainText: 'stale' },
      { channel: 'gatekeeper', order: 0, content: doc(paragraph(finding({ findingId: 'g', channel: 'gatekeeper' }, text('老板姓王')))) as never, plainText: '' },
      { channel: 'purchasing', order: 2, content: { root: { type: 'root', children: [{ type: 'bogus' }] } }, plainText: '采购 saved text' },
      { channel: 'notes', order: 3, content: null, plainText: '' },
      { channel: 'production', order: 3.5, content: doc(paragraph(finding({ findingId: 'g', channel: 'gatekeeper' }, text('copy')))) as never, plainText: '' },
      { channel: 'external', order: 4, content: doc(paragraph(text('gone'))) as never, plainText: 'gone', deletedAt: 5 }
    ])
    expect(digest.channels).toEqual([
      { channel: 'gatekeeper', plainText: '老板姓王', findingCount: 1 },
      { channel: 'warehouse', plainText: 'SKF 6204每月 200 套', findingCount: 1 },
      { channel: 'purchasing', plainText: '采购 saved text', findingCount: 0 },
      { channel: 'notes', plainText: '', findingCount: 0 },
      { channel: 'production', plainText: 'copy', findingCount: 1 }
    ])
    expect(digest.findings.map((f) => f.id)).toEqual(['g', 'w'])
    expect(digest.unreadable).toEqual(['purchasing'])
  })
})

describe('channel order', () => {
  it('moves a channel up or down and refuses to move past the ends', () => {
    expect(moveChannel(['gatekeeper', 'warehouse', 'notes'], 'notes', -1)).toEqual(['gatekeeper', 'notes', 'warehouse'])
    expect(moveChannel(['gatekeeper', 'warehouse'], 'gatekeeper', -1)).toEqual(['gatekeeper', 'warehouse'])
    expect(moveChannel(['gatekeeper', 'warehouse'], 'warehouse', 1)).toEqual(['gatekeeper', 'warehouse'])
  })
})
