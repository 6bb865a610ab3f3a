import ICAL from 'ical.js'
import VCard from 'vcf'
import type { DecodeText } from '../parsedContact'
import { decodeQuotedPrintable, UnknownCharsetError } from './quotedPrintable'
import type { RawCard } from './vcardCards'

/** One property of a card, the same whichever parser read it: values split into components and unescaped. */
export interface VcardProperty {
  /** Lower case without hyphens: `tel`, `xablabel`. */
  name: string
  /** The `item1` of `item1.TEL`, or ''. */
  group: string
  /** TYPE values and 2.1's bare parameters, lower case: `cell`, `work`, `pref`. */
  types: string[]
  /** The components of a structured value (N, ADR, ORG), or the one value. */
  values: string[]
}

const STRUCTURED = new Set(['n', 'adr', 'org'])
const propertyName = (name: string) => name.toLowerCase().replace(/-/g, '')

/** Splits at `;` that is not escaped, leaving escapes for `unescapeText`. */
function splitComponents(value: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!
    if (char === '\\' && i + 1 < value.length) {
      current += char + value[++i]
      continue
    }
    if (char === ';') {
      parts.push(current)
      current = ''
      continue
    }
    current += char
  }
  parts.push(current)
  return parts
}

const unescapeText = (text: string) => text.replace(/\\([\\;,:nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))

const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim().replace(/^"|"$/g, '').toLowerCase()).filter(Boolean)

const isQuotedPrintable = (encoding: unknown, types: readonly string[]) => /quoted-printable/i.test(String(encoding ?? '')) || types.includes('quoted-printable')

// A component holding several values (ADR's street as "2875 boul. Laurier, suite D2-630") is read back as written.
const flat = (value: unknown): string => (Array.isArray(value) ? value.map(flat).map((v) => v.trim()).filter(Boolean).join(', ') : value === undefined || value === null ? '' : String(value))

/** vCard 3.0 and 4.0 by ical.js, which follows RFC 6350 and 2426 and throws at what they do not allow. */
function readStrict(card: RawCard, decode: DecodeText): VcardProperty[] {
  const component = new ICAL.Component(ICAL.parse(card.lines.join('\r\n')) as unknown as unknown[])
  return component.getAllProperties().map((property) => {
    const [name, params, , ...rest] = property.toJSON() as [string, Record<string, unknown>, string, ...unknown[]]
    const types = listOf(params.type)
    const raw = rest.length === 1 && Array.isArray(rest[0]) ? (rest[0] as unknown[]) : rest
    // ical.js unescapes \, and \n but leaves the \; that every writer puts in a NOTE or TITLE.
    let values = raw.map((v) => flat(v).replace(/\\;/g, ';'))
    if (isQuotedPrintable(params.encoding, types)) values = values.map((v) => decodeQuotedPrintable(v, params.charset as string | undefined, decode))
    return { name: propertyName(name), group: String(params.group ?? ''), types, values }
  })
}

/** vCard 2.1 (and 3.0 cards that break its rules, as old Androids write them) by vcf, which reads bare parameters like `TEL;CELL`. */
function readLenient(card: RawCard, decode: DecodeText): VcardProperty[] {
  const lines = card.version ? card.lines : [card.lines[0]!, 'VERSION:2.1', ...card.lines.slice(1)]
  const parsed = new VCard().parse(lines.join('\r\n'))
  return Object.values(parsed.data)
    .flatMap((entry) => (Array.isArray(entry) ? entry : [entry]))
    .map((property) => {
      const types = listOf(property.type)
      const raw = property.valueOf() ?? ''
      const name = propertyName(property._field)
      let values = STRUCTURED.has(name) ? splitComponents(raw) : [raw]
      if (isQuotedPrintable(property.encoding, types)) values = values.map((v) => decodeQuotedPrintable(v, property.charset as string | undefined, decode))
      return { name, group: String(property.group ?? ''), types, values: values.map(unescapeText) }
    })
}

/** A card's properties: 3.0 and 4.0 read strictly where they keep the rules, everything else leniently. */
export function cardProperties(card: RawCard, decode: DecodeText): VcardProperty[] {
  if (card.version === '3.0' || card.version === '4.0') {
    try {
      return readStrict(card, decode)
    } catch (error) {
      if (error instanceof UnknownCharsetError) throw error
    }
  }
  return readLenient(card, decode)
}
