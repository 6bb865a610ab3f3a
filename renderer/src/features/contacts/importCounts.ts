import type { DuplicateChoice, PlannedRow } from '#shared/domain/contacts/importPlan'

export type ImportCounts = { created: number; merged: number; skipped: number; bad: number }

/** What Import would do with the rep's current choices: a duplicate merges unless told otherwise. */
export function importCounts(plan: readonly PlannedRow[], choices: ReadonlyMap<number, DuplicateChoice>): ImportCounts {
  const counts: ImportCounts = { created: 0, merged: 0, skipped: 0, bad: 0 }
  for (const row of plan) {
    if (row.kind === 'bad') counts.bad++
    else if (row.kind === 'new') counts.created++
    else {
      const choice = choices.get(row.row) ?? 'merge'
      if (choice === 'merge') counts.merged++
      else if (choice === 'skip') counts.skipped++
      else counts.created++
    }
  }
  return counts
}
