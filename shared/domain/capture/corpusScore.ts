import type { BuyingRole } from '#shared/schemas/enums'
import { findPeople } from './findPeople'

export type CorpusPerson = { name: string; title: string; department: string; role: BuyingRole | null; coach: boolean }
export type CorpusSentence = { id: string; lang: 'zh' | 'en'; channel: string; text: string; people: CorpusPerson[] }

export type CorpusScore = {
  sentences: number
  expected: number
  found: number
  matched: number
  precision: number
  recall: number
  roleAccuracy: number
  titleAccuracy: number
  departmentAccuracy: number
  coachAccuracy: number
  misses: { id: string; missing: string[]; extra: string[]; wrongRole: string[] }[]
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** Person precision and recall, and role, title, department and coach accuracy on the people found. */
export function scoreCorpus(corpus: readonly CorpusSentence[]): CorpusScore {
  let expected = 0
  let found = 0
  let matched = 0
  let roles = 0
  let titles = 0
  let departments = 0
  let coaches = 0
  const misses: CorpusScore['misses'] = []
  for (const sentence of corpus) {
    const people = findPeople(sentence.text)
    expected += sentence.people.length
    found += people.length
    const missing: string[] = []
    const wrongRole: string[] = []
    const unmatched = [...people]
    for (const want of sentence.people) {
      const index = unmatched.findIndex((p) => same(p.name, want.name))
      if (index < 0) {
        missing.push(want.name)
        continue
      }
      const got = unmatched.splice(index, 1)[0]!
      matched++
      if (got.role === want.role) roles++
      else wrongRole.push(`${want.name}: ${got.role} ≠ ${want.role}`)
      if (same(got.title, want.title)) titles++
      if (same(got.department, want.department)) departments++
      if (got.coach === want.coach) coaches++
    }
    if (missing.length || unmatched.length || wrongRole.length) misses.push({ id: sentence.id, missing, extra: unmatched.map((p) => p.name), wrongRole })
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  return {
    sentences: corpus.length,
    expected,
    found,
    matched,
    precision: ratio(matched, found),
    recall: ratio(matched, expected),
    roleAccuracy: ratio(roles, matched),
    titleAccuracy: ratio(titles, matched),
    departmentAccuracy: ratio(departments, matched),
    coachAccuracy: ratio(coaches, matched),
    misses
  }
}
