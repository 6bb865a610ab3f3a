// Dossier sections of the scale book as the editor stores them: serialized Lexical state (headings,
// paragraphs, lists, findings, @mentions) and its plain text, extracted exactly as the app does.
import { doc, finding, heading, list, listItem, mention, paragraph, text } from '#shared/domain/dossier/fixtures'
import { extractPlainText, type SerializedNode, type SerializedState } from '#shared/domain/dossier/lexicalJson'
import type { IntelChannel } from '#shared/schemas/enums'
import type { Rng } from './prng'
import { NOTES } from './vocabulary'

export type SectionText = { content: SerializedState | null; plainText: string }
type Person = { id: string; name: string }

/**
 * A section of about `chars` characters: a heading every ~1,500 characters, paragraphs of two or three
 * sentences, now and then a bullet list, `findings` findings and a mention of someone in `people`.
 */
export function sectionText(
  rng: Rng,
  channel: IntelChannel,
  { chars, findings, people, date, findingPrefix }: { chars: number; findings: number; people: readonly Person[]; date: number; findingPrefix: string }
): SectionText {
  const sentences = NOTES[channel]!
  const blocks: SerializedNode[] = []
  let written = 0
  let sinceHeading = Infinity
  let f = 0
  while (written < chars || f < findings) {
    if (chars > 1500 && sinceHeading > 1500) {
      blocks.push(heading('h3', text(`${new Date(date - blocks.length * 86_400_000).toISOString().slice(0, 10)} ${rng.pick(sentences).slice(0, 10)}`)))
      sinceHeading = 0
    }
    const children: SerializedNode[] = []
    const count = rng.int(2, 3)
    for (let s = 0; s < count; s++) {
      const sentence = rng.pick(sentences)
      children.push(text(sentence))
      written += sentence.length
      sinceHeading += sentence.length
    }
    if (people.length > 0 && rng.chance(0.15)) {
      const who = rng.pick(people)
      children.push(text(' '), mention(who.id, who.name), text(' '))
    }
    if (f < findings) {
      const about = rng.pick(sentences)
      children.push(
        finding(
          { findingId: `${findingPrefix}-${f}`, channel, sourceId: people.length > 0 && rng.chance(0.5) ? rng.pick(people).id : null, date: date - f * 86_400_000, confidence: rng.pick(['low', 'medium', 'high'] as const), verified: f % 3 === 0, verifiedAt: f % 3 === 0 ? date : null },
          text(about)
        )
      )
      written += about.length
      f++
    }
    blocks.push(rng.chance(0.12) ? list('bullet', listItem(children), listItem([text(rng.pick(sentences))])) : paragraph(...children))
  }
  const content = doc(...blocks)
  return { content, plainText: extractPlainText(content) }
}

/** An untouched section: the editor stores no state for it yet. */
export const emptySection = (): SectionText => ({ content: null, plainText: '' })
