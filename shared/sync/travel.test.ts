import { describe, expect, it } from 'vitest'
import { SYNC_TABLES, syncDigest, travellingFields } from './travel'

const person = { id: 'p1', accountId: 'a1', name: '王工', sensitiveNotes: '家里孩子今年高考', updatedAt: '2026-12-01T08:00:00.000Z' }

describe('what travels in a shared account', () => {
  it('never puts a sensitive note or where the rep placed the person on the map into the shared document', () => {
    expect(travellingFields('stakeholders', { ...person, position: { x: 10, y: 20 } })).toEqual({ id: 'p1', accountId: 'a1', name: '王工', updatedAt: '2026-12-01T08:00:00.000Z' })
  })

  it('keeps a dossier section’s text out of the account document: it travels in the section’s own text document', () => {
    const text = { root: { type: 'root', children: [] } }
    expect(travellingFields('dossierSections', { id: 's1', channel: 'warehouse', content: text, plainText: '三号仓', order: 2 })).toEqual({ id: 's1', channel: 'warehouse', order: 2 })
  })

  it('leaves attachments (file bytes) and the rep’s own answer library out', () => {
    expect(SYNC_TABLES).not.toContain('attachments')
    expect(SYNC_TABLES as string[]).not.toContain('objectionAnswers')
    expect(SYNC_TABLES).toContain('stakeholders')
  })
})

describe('sync digest', () => {
  it('is equal for the same rows in any order and key order', () => {
    const a = syncDigest({ stakeholders: [person, { id: 'p2', name: 'Li' }] })
    const b = syncDigest({ stakeholders: [{ name: 'Li', id: 'p2' }, { ...person }] })
    expect(a).toBe(b)
  })

  it('differs when a travelling field differs, and ignores a sensitive note that stays local', () => {
    const base = syncDigest({ stakeholders: [person] })
    expect(syncDigest({ stakeholders: [{ ...person, name: '王总' }] })).not.toBe(base)
    expect(syncDigest({ stakeholders: [{ ...person, sensitiveNotes: '另一台电脑上的私人备注' }] })).toBe(base)
  })
})
