/** One card cut out of a vCard file: its number in the file, its version and its lines with QUOTED-PRINTABLE soft breaks joined. */
export interface RawCard {
  row: number
  version: string
  lines: string[]
  /** Ended without END:VCARD, or a BEGIN:VCARD came first. */
  damaged: boolean
}

const BEGIN = /^BEGIN\s*:\s*VCARD\s*$/i
const END = /^END\s*:\s*VCARD\s*$/i
const VERSION = /^VERSION\s*:\s*(\S+)\s*$/i
// The parameters before the first colon name QUOTED-PRINTABLE (2.1 writes it bare or as ENCODING=).
const QUOTED_PRINTABLE = /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i

/**
 * The cards in a vCard file, each on its own so one damaged card loses only itself. A QUOTED-PRINTABLE
 * value that ends in `=` continues on the next line (a soft break, which Android and old Nokias write
 * and neither parser joins); text outside BEGIN/END is ignored.
 */
export function splitCards(text: string): RawCard[] {
  const lines = text.split(/\r\n|\r|\n/)
  const cards: RawCard[] = []
  let open: RawCard | null = null
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (BEGIN.test(line.trim())) {
      if (open) open.damaged = true
      open = { row: cards.length + 1, version: '', lines: ['BEGIN:VCARD'], damaged: false }
      cards.push(open)
      continue
    }
    if (!open) continue
    if (END.test(line.trim())) {
      open.lines.push('END:VCARD')
      open = null
      continue
    }
    if (QUOTED_PRINTABLE.test(line)) while (line.endsWith('=') && i + 1 < lines.length && !END.test(lines[i + 1]!.trim())) line = line.slice(0, -1) + lines[++i]
    const version = VERSION.exec(line)
    if (version && !open.version) open.version = version[1]!
    if (line.trim()) open.lines.push(line)
  }
  if (open) open.damaged = true
  return cards
}
