import { Fragment, type ReactNode } from 'react'
import { normalizeText } from '#shared/domain/search'

/** The text with each occurrence of the query's pieces in <mark> (case- and width-insensitive). */
export function Marked({ text, marks }: { text: string; marks: readonly string[] }) {
  const folded = normalizeText(text)
  // Folding can change a string's length (rare ligatures); then positions no longer line up, so show it plain.
  if (folded.length !== text.length || marks.length === 0) return <>{text}</>
  const spans: [number, number][] = []
  for (const mark of marks) {
    for (let at = folded.indexOf(mark); at >= 0 && mark; at = folded.indexOf(mark, at + mark.length)) spans.push([at, at + mark.length])
  }
  spans.sort((a, b) => a[0] - b[0])
  const parts: ReactNode[] = []
  let from = 0
  for (const [start, end] of spans) {
    if (start < from) continue
    parts.push(<Fragment key={`t${start}`}>{text.slice(from, start)}</Fragment>, <mark key={`m${start}`}>{text.slice(start, end)}</mark>)
    from = end
  }
  parts.push(<Fragment key="rest">{text.slice(from)}</Fragment>)
  return <>{parts}</>
}
