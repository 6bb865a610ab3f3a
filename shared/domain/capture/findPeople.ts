import type { BuyingRole } from '#shared/schemas/enums'
import { chinesePeople, type NamedPerson } from './chinesePeople'
import { englishPeople } from './englishPeople'
import { COACH_CUES, personRole } from './personRole'
import { splitSentences, type Sentence } from './sentences'

/** A person a note names, with what the note says of them. Offsets are into the whole text. */
export type FoundPerson = {
  name: string
  start: number
  end: number
  title: string
  department: string
  role: BuyingRole | null
  /** The sentence says they help us from inside (内线). */
  coach: boolean
  sentence: Sentence
}

const HAN = /\p{Script=Han}/u

function peopleOfSentence(text: string): NamedPerson[] {
  const chinese = HAN.test(text) ? chinesePeople(text) : []
  const english = englishPeople(text).filter((e) => !chinese.some((c) => e.start < c.end && c.start < e.end))
  return [...chinese, ...english].sort((a, b) => a.start - b.start)
}

/** Every person named in a note, sentence by sentence, with a likely role and whether they are a coach. */
export function findPeople(text: string): FoundPerson[] {
  const found: FoundPerson[] = []
  for (const sentence of splitSentences(text)) {
    const named = peopleOfSentence(sentence.text)
    const coachCue = COACH_CUES.exec(sentence.text)
    const coachIndex = coachCue ? coachOf(named, coachCue.index) : -1
    named.forEach((person, i) => {
      if (isRepeat(found, person.name)) return
      const until = named[i + 1]?.start ?? sentence.text.length
      const { role, department } = personRole(person.title, person.department, sentence.text.slice(person.end, until), sentence.text.slice(named[i - 1]?.end ?? 0, person.start))
      found.push({
        ...person,
        department,
        role,
        coach: i === coachIndex,
        start: sentence.start + person.start,
        end: sentence.start + person.end,
        sentence
      })
    })
  }
  return found
}

/** The person a coach cue is about: the last one named before it, else the first after it. */
function coachOf(named: readonly NamedPerson[], cueAt: number): number {
  let index = -1
  named.forEach((p, i) => {
    if (p.start < cueAt) index = i
  })
  return index >= 0 ? index : named.length > 0 ? 0 : -1
}

/** A person the note already named: the same name again, or a first name alone after the full name (Bill after Bill Carter). */
function isRepeat(found: readonly FoundPerson[], name: string): boolean {
  return found.some((p) => p.name === name || (!name.includes(' ') && /^[A-Z]/.test(name) && p.name.split(' ')[0] === name))
}
