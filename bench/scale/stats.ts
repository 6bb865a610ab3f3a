// Figures of the scale benchmark: min / median / max of a few runs and the ratio of the median to its goal.

export const median = (xs: readonly number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export const spread = (xs: readonly number[], unit = 'ms') => {
  const s = [...xs].sort((a, b) => a - b)
  return `${s[0]!.toFixed(0)} / ${median(s).toFixed(0)} / ${s.at(-1)!.toFixed(0)} ${unit}`
}

/** The ratio of the median to its goal, and whether it is met. */
export const vsGoal = (xs: readonly number[], goal: number) => {
  const ratio = median(xs) / goal
  return `${ratio.toFixed(2)}× ${ratio <= 1 ? 'met' : 'not met'}`
}
