/** A short one-line excerpt (whitespace collapsed) that never cuts a character in two, with … where it was cut. */
export function excerptOf(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(line.slice(0, max * 2))
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('')
}
