import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contactRows, decodeText } from '#data/contacts/importFile'
import { readContactsFile } from '#shared/domain/contacts/readContactsFile'
import type { ParsedContact } from '#shared/domain/contacts/parsedContact'

// Contacts files as phones, mail clients, CRMs and Excel write them (tests/fixtures/contacts), each
// with what a rep should get from it: the people and their fields, and the rows skipped and why.
const dir = join(__dirname, '../fixtures/contacts')
type Expected = { name: string; phones?: [string, string][]; addresses?: [string, string][] } & Partial<Omit<ParsedContact, 'phones' | 'addresses' | 'row'>>
type FileExpectation =
  | { refused: string }
  | { kind: 'vcard' | 'csv'; encoding: string; guessed?: Record<string, number>; ok: Expected[]; bad: [number, string][] }
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, FileExpectation>

const blank = { title: '', role: '', department: '', company: '', phones: [], emails: [], addresses: [], note: '', hadPhoto: false }
const asRead = ({ row: _row, phones, addresses, ...rest }: ParsedContact) => ({ ...rest, phones: phones.map((p) => [p.kind, p.number]), addresses: addresses.map((a) => [a.kind, a.text]) })

describe('the contacts corpus', () => {
  it('has an expectation for every file, and enough files to cover the formats', () => {
    const files = readdirSync(dir).filter((name) => name !== 'expected.json')
    expect(files.sort()).toEqual(Object.keys(expected).sort())
    expect(files.length).toBeGreaterThanOrEqual(25)
  })

  for (const [file, expectation] of Object.entries(expected)) {
    it(file, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, file)))
      if ('refused' in expectation) {
        expect(() => readContactsFile(bytes, file, decodeText)).toThrow(expect.objectContaining({ problem: expectation.refused }))
        return
      }
      const read = readContactsFile(bytes, file, decodeText)
      expect({ kind: read.kind, encoding: read.encoding }).toEqual({ kind: expectation.kind, encoding: expectation.encoding })
      if (read.kind === 'csv') expect(read.guessed).toEqual(expectation.guessed)
      const rows = contactRows(read, null)
      expect(rows.flatMap((r) => (r.ok ? [asRead(r.contact)] : []))).toEqual(expectation.ok.map((p) => ({ ...blank, ...p })))
      expect(rows.flatMap((r) => (r.ok ? [] : [[r.row, r.problem]]))).toEqual(expectation.bad)
    })
  }
})
