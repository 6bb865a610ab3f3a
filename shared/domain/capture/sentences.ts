export type Sentence = { text: string; start: number; end: number }

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx|St|No|Co|Ltd|Inc|vs|approx|e\.g|i\.e|etc|Jr|Sr))\.$/i

/**
 * The sentences of a text with their offsets: Chinese ends at 。！？；, English at . ! ? ; followed by a
 * space (not after Mr. or Co., not inside 6205.2RS), and every line break ends one.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length })
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n' || ch === '\r') push(i + 1)
    else if ('。！？；!?'.includes(ch)) push(i + 1)
    else if ((ch === '.' || ch === ';') && (i + 1 === text.length || /\s/.test(text[i + 1]!)) && !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) push(i + 1)
  }
  push(text.length)
  return sentences
}
