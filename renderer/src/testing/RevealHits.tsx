import { useReveal, type RevealTarget } from '#app/reveal'

/** Stands in for the search dialog in screen tests: each button opens one hit. */
export function RevealHits({ targets }: { targets: Record<string, RevealTarget> }) {
  const reveal = useReveal()
  return Object.entries(targets).map(([label, target]) => (
    <button key={label} type="button" onClick={() => reveal(target)}>
      {label}
    </button>
  ))
}
