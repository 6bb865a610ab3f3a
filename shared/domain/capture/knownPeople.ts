import { findPeople, type FoundPerson } from './findPeople'
import { SURNAME_FORMS } from './chineseTitles'
import { surnameAt } from './surnames'

/** What capture needs of someone already on the map. */
export type KnownPerson = { id: string; name: string; title: string }

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx|Old|Little|Young)\.?\s+/

/** Whether a known title fits a short form's (经理 for 采购经理, 工 for 总工程师 or 技术员). */
function titleFits(formTitle: string, known: string): boolean {
  if (!formTitle) return true
  if (formTitle === '工程师') return /工程师|总工|技术|工艺/.test(known)
  if (formTitle === '总经理') return /总/.test(known)
  return known.includes(formTitle)
}

/**
 * The one person on the map a name in a note means, or null: the same name; for a surname form (王经理,
 * 老王, Mr. Lin, Sarah) the only person with that surname (or first name) whose title fits.
 */
export function matchKnown(found: Pick<FoundPerson, 'name'>, known: readonly KnownPerson[]): KnownPerson | null {
  const exact = known.find((k) => k.name === found.name)
  if (exact) return exact
  const name = found.name
  let candidates: KnownPerson[]
  if (/\p{Script=Han}/u.test(name)) {
    const prefixed = name[0] === '老' || name[0] === '小'
    const surname = surnameAt(name, prefixed ? 1 : 0)
    if (!surname) return null
    const rest = name.slice((prefixed ? 1 : 0) + surname.length)
    const form = SURNAME_FORMS.find((f) => f.form === rest)
    if (!prefixed && !form) return null
    candidates = known.filter((k) => surnameAt(k.name, 0) === surname && (!form || titleFits(form.title, k.title)))
  } else {
    const words = name.replace(HONORIFIC, '').split(/\s+/)
    if (words.length !== 1) return null
    const word = words[0]!
    const honorific = HONORIFIC.test(name)
    candidates = known.filter((k) => {
      const parts = k.name.split(/\s+/)
      return honorific ? parts.length > 1 && (parts[parts.length - 1] === word || parts[0] === word) : parts[0] === word
    })
  }
  return candidates.length === 1 ? candidates[0]! : null
}

/** A suggestion from a note: a new person to add to the map, or a name that means someone already on it. */
export type CaptureSuggestion =
  | ({ kind: 'person'; key: string } & FoundPerson)
  | ({ kind: 'mention'; key: string; person: KnownPerson } & FoundPerson)

/** Names a note's people by a key that stays the same as the rep keeps typing, for "dismissed stays dismissed". */
export const suggestionKey = (name: string) => `person:${name.trim().toLocaleLowerCase()}`

/**
 * What capture suggests for a note: each new person once (unless dismissed), and each name that means
 * someone on the map, which becomes an @mention.
 */
export function captureSuggestions(text: string, known: readonly KnownPerson[], dismissed: ReadonlySet<string> = new Set()): CaptureSuggestion[] {
  const suggestions: CaptureSuggestion[] = []
  for (const found of findPeople(text)) {
    const person = matchKnown(found, known)
    const key = suggestionKey(found.name)
    if (person) suggestions.push({ ...found, kind: 'mention', key, person })
    else if (!dismissed.has(key)) suggestions.push({ ...found, kind: 'person', key })
  }
  return suggestions
}
