/** `yyyy-mm-dd` in local time, for <input type="date">. */
export function toDateInput(epochMs: number): string {
  const d = new Date(epochMs)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Local noon of a `yyyy-mm-dd` date (noon keeps the day stable across time zones); null when invalid. */
export function fromDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime()
  return Number.isFinite(t) ? t : null
}
