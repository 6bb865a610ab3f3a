import { describe, expect, it } from 'vitest'
import { digestDossier, type DossierSectionLike } from '#shared/domain/dossier'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'
import { digestSections } from './digestSections'

const sections = (): DossierSectionLike[] => [
  { channel: 'warehouse', order: 1, content: doc(paragraph(text('SKF 6204'), finding({ findingId: 'w', channel: 'warehouse' }, text('每月 200 套')))) as never, plainText: 'stale' },
  { channel: 'gatekeeper', order: 0, content: doc(paragraph(finding({ findingId: 'g', channel: 'gatekeeper' }, text('老板姓王')))) as never, plainText: '' },
  { channel: 'purchasing', order: 2, content: { root: { type: 'root', children: [{ type: 'bogus' }] } }, plainText: '采购 saved text' },
  { channel: 'notes', order: 3, content: null, plainText: '' },
  { channel: 'production', order: 4, content: doc(paragraph(finding({ findingId: 'g', channel: 'gatekeeper' }, text('copy')))) as never, plainText: '' },
  { channel: 'external', order: 5, content: doc(paragraph(text('gone'))) as never, plainText: 'gone', deletedAt: 5 }
]

describe('digestSections', () => {
  it('reads the same dossier as digestDossier: order, plain text, findings listed once, unreadable sections', () => {
    const list = sections()
    expect(digestSections(list)).toEqual(digestDossier(list))
  })

  it('after one section is saved, shows its new text and findings and keeps the others from before', () => {
    const list = sections()
    const before = digestSections(list)
    const saved = { ...list[0]!, content: doc(paragraph(text('NSK 6205'), finding({ findingId: 'w2', channel: 'warehouse' }, text('每月 300 套')))) as never }
    const after = digestSections([saved, ...list.slice(1)])
    expect(after).toEqual(digestDossier([saved, ...list.slice(1)]))
    expect(after.channels.find((c) => c.channel === 'warehouse')?.plainText).toBe('NSK 6205每月 300 套')
    expect(after.findings.map((f) => f.id)).toEqual(['g', 'w2'])
    // The unchanged gatekeeper section was not walked again: its finding is the very object read before.
    expect(after.findings[0]).toBe(before.findings[0])
  })
})
