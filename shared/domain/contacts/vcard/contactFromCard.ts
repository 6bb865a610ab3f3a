import { hasCjk } from '../cjk'
import { excerptOf } from '#shared/domain/text/excerpt'
import { hasTooLongField } from '../contactBounds'
import type { AddressKind, ContactRow, ParsedContact, PhoneKind } from '../parsedContact'
import { isChineseMobile, mobileFirst } from '../phoneNumbers'
import type { VcardProperty } from './vcardProperties'

const clean = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A name from N (family; given; additional; prefix; suffix), in the order the language writes it. */
function nameFromN(parts: readonly string[]): string {
  const [family = '', given = '', additional = ''] = parts.map(clean)
  if (hasCjk(family + given)) return `${family}${given}`
  return [given, additional, family].filter(Boolean).join(' ')
}

// Apple writes a number's label as X-ABLabel in the same group (`item1.TEL` + `item1.X-ABLabel:_$!<Mobile>!$_`).
const LABEL_KINDS: [RegExp, PhoneKind][] = [
  [/mobile|cell|iphone|手机|移动/i, 'mobile'],
  [/work|office|工作|单位|办公/i, 'work'],
  [/home|住宅|家/i, 'home']
]

function phoneKind(property: VcardProperty, label: string, number: string): PhoneKind {
  const { types } = property
  if (types.some((t) => t === 'cell' || t === 'mobile' || t === 'iphone')) return 'mobile'
  const fromLabel = LABEL_KINDS.find(([pattern]) => pattern.test(label))?.[1]
  if (fromLabel) return fromLabel
  if (types.includes('work')) return isChineseMobile(number) ? 'mobile' : 'work'
  if (types.includes('home')) return 'home'
  return isChineseMobile(number) ? 'mobile' : 'other'
}

const addressKind = (types: readonly string[]): AddressKind => (types.includes('work') ? 'work' : types.includes('home') ? 'home' : 'other')

/** ADR (PO box; extended; street; locality; region; postal code; country) as one line, Chinese from the country down. */
function addressText(parts: readonly string[]): string {
  const [box = '', extended = '', street = '', locality = '', region = '', code = '', country = ''] = parts.map(clean)
  if (hasCjk(parts.join(''))) return [country, region, locality, street, extended, box].filter(Boolean).join('') + (code ? ` ${code}` : '')
  return [[box, extended, street].filter(Boolean).join(' '), [locality, region, code].filter(Boolean).join(' '), country].filter(Boolean).join(', ')
}

/** One card's properties as a person, or why the card is skipped. */
export function contactFromCard(row: number, properties: readonly VcardProperty[]): ContactRow {
  const all = (name: string) => properties.filter((p) => p.name === name)
  const first = (name: string) => all(name)[0]?.values ?? []
  const text = (name: string) => all(name).map((p) => clean(p.values.join(' '))).filter(Boolean).join('; ')
  const labels = new Map(all('xablabel').map((p) => [p.group, p.values.join(' ').replace(/^_\$!<|>!\$_$/g, '')]))

  const org = first('org').map(clean)
  const phones = all('tel').flatMap((p) => {
    const number = clean(p.values.join(' ').replace(/^tel:/i, ''))
    return number ? [{ kind: phoneKind(p, labels.get(p.group) ?? '', number), number }] : []
  })
  const contact: ParsedContact = {
    row,
    name: clean(first('fn').join(' ')) || nameFromN(first('n')),
    title: text('title'),
    role: text('role'),
    department: org.slice(1).filter(Boolean).join(' / '),
    company: org[0] ?? '',
    phones: mobileFirst(phones.filter((p, i) => phones.findIndex((q) => q.number === p.number) === i)),
    emails: [...new Set(all('email').map((p) => clean(p.values.join(''))).filter(Boolean))],
    addresses: all('adr').flatMap((p) => {
      const line = addressText(p.values)
      return line ? [{ kind: addressKind(p.types), text: line }] : []
    }),
    note: all('note').map((p) => p.values.join('\n').replace(/\r\n?/g, '\n').trim()).filter(Boolean).join('\n'),
    hadPhoto: all('photo').length > 0
  }
  const excerpt = () => excerptOf([contact.name, contact.company, contact.phones[0]?.number ?? '', contact.emails[0] ?? ''].filter(Boolean).join(' · '))
  if (!contact.name) return { ok: false, row, problem: 'noName', excerpt: excerpt() }
  if (hasTooLongField(contact)) return { ok: false, row, problem: 'tooLong', excerpt: excerpt() }
  return { ok: true, contact }
}
