import Papa from 'papaparse'
import { ContactsFileError } from '../contactsFileError'
import { CONTACT_LIMITS, type CsvTable } from '../parsedContact'

const DELIMITERS = [',', '\t', ';', '|']

/**
 * A CSV (or Excel's tab-separated "Unicode text") as a header row and data rows, numbered as the
 * spreadsheet numbers them. Excel's `sep=;` first line is honoured; blank rows are dropped; a row
 * with an unclosed quote or more cells than headers is kept, marked broken, to be listed.
 */
export function readCsv(text: string): CsvTable {
  let body = text.replace(/^\ufeff/, '')
  let delimiter: string | undefined
  const sep = /^sep=(.)\r?\n/i.exec(body)
  if (sep) {
    delimiter = sep[1]
    body = body.slice(sep[0].length)
  }
  const result = Papa.parse(body, { delimiter: delimiter ?? '', delimitersToGuess: DELIMITERS, skipEmptyLines: false, preview: CONTACT_LIMITS.rows + 2 })
  const brokenAt = new Set(result.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!))
  const records = result.data.map((cells, index) => ({ index, cells: cells.map((c) => c.trim()) })).filter((r) => r.cells.some(Boolean))
  const [header, ...rows] = records
  if (!header) throw new ContactsFileError('empty')
  if (rows.length > CONTACT_LIMITS.rows) throw new ContactsFileError('tooManyRows')
  if (header.cells.length > CONTACT_LIMITS.columns) throw new ContactsFileError('notContacts')
  const headers = header.cells.map((h) => h.replace(/^\ufeff/, ''))
  const offset = sep ? 2 : 1
  return {
    headers,
    delimiter: result.meta.delimiter,
    rows: rows.map(({ index, cells }) => ({
      line: index + offset,
      cells: cells.slice(0, Math.max(headers.length, 1)),
      broken: brokenAt.has(index) || cells.slice(headers.length).some(Boolean)
    }))
  }
}
