import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseBackup } from '#shared/domain/backup'
import { checkSectionContent } from '#shared/domain/dossier/lexicalJson'
import { BACKUP_FORMAT, BACKUP_VERSION } from '#shared/schemas/backup'
import { generateScaleBook } from '../../../bench/scale/book'
import { scaleAccountHeads } from '../../../bench/scale/accounts'

const book = generateScaleBook()
// Generating or parsing 100,000 rows takes seconds, more on a busy 2-core machine.
const SLOW = 300_000
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

describe('the scale book (issue 13 benchmark data)', () => {
  it('holds a career-sized database: 1,000 accounts, 20,000 people, 50,000 visits, 7,000 dossier sections', () => {
    const { tables } = book
    expect(tables.accounts).toHaveLength(1000)
    expect(tables.stakeholders).toHaveLength(20_000)
    expect(tables.visits).toHaveLength(50_000)
    expect(tables.dossierSections).toHaveLength(7000)
    expect(tables.relationships.length).toBeGreaterThan(19_000)
    expect(tables.objections.length).toBeGreaterThan(0)
    expect(tables.competitors.length).toBeGreaterThanOrEqual(1000)
  })

  it('has a large account with 50 people and a ~20-page dossier, and one with a 300-person organisation', () => {
    const { tables, big, org } = book
    expect(tables.stakeholders.filter((s) => s.accountId === big.id)).toHaveLength(50)
    const sections = tables.dossierSections.filter((s) => s.accountId === big.id)
    expect(sections).toHaveLength(7)
    expect(sections.reduce((n, s) => n + s.plainText.length, 0)).toBeGreaterThan(55_000)
    expect(tables.stakeholders.filter((s) => s.accountId === org.id)).toHaveLength(300)
    expect(tables.accounts.find((a) => a.id === big.id)?.name).toBe(big.name)
  })

  it('is the same book for the same seed and day, and another for another seed', () => {
    // A sample of every table: stringifying 70 MB twice would take longer than generating it.
    const sample = ({ tables }: typeof book) => Object.values(tables).map((rows) => rows.filter((_, i) => i % 97 === 0))
    expect(digest(sample(generateScaleBook()))).toBe(digest(sample(book)))
    expect(digest(scaleAccountHeads(7))).not.toBe(digest(scaleAccountHeads()))
  }, SLOW)

  it('is a backup file the app accepts whole: every row passes its schema', () => {
    const parsed = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: book.now, tables: book.tables }))
    expect(parsed.ok ? 'accepted' : parsed.error).toBe('accepted')
  }, SLOW)

  it('has dossier content the editor can open and links within one account', () => {
    for (const section of book.tables.dossierSections) if (section.content) expect(checkSectionContent(section.content).ok).toBe(true)
    const accountOf = new Map(book.tables.stakeholders.map((s) => [s.id, s.accountId]))
    for (const link of book.tables.relationships) {
      expect(accountOf.get(link.fromId)).toBe(link.accountId)
      expect(accountOf.get(link.toId)).toBe(link.accountId)
    }
    expect(new Set(book.tables.accounts.map((a) => a.name)).size).toBe(1000)
  })

  it('lists the same accounts as the bare baseline page', () => {
    expect(scaleAccountHeads().map((h) => h.name)).toEqual(book.tables.accounts.map((a) => a.name))
  })
})
