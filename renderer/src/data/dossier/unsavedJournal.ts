// A synchronous safety copy of section content being saved, in localStorage. IndexedDB writes are
// asynchronous and may not finish when the window closes or reloads mid-save; the copy does, and the
// next open replays it if the database did not get the change.

const PREFIX = 'atlas.dossier.unsaved.'

export type UnsavedEntry = { sectionId: string; content: Record<string, unknown>; plainText: string; at: number }

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Keeps a copy of what is about to be saved; a full storage only loses the safety copy, never the save. */
export function journalWrite(entry: UnsavedEntry): void {
  try {
    storage()?.setItem(PREFIX + entry.sectionId, JSON.stringify(entry))
  } catch {
    // Quota exceeded or storage disabled: the IndexedDB save still runs.
  }
}

/** Drops the copy once the database has the change (only when it is the same save, by time). */
export function journalClear(sectionId: string, at: number): void {
  const s = storage()
  if (!s) return
  const raw = s.getItem(PREFIX + sectionId)
  if (raw === null) return
  try {
    const entry = JSON.parse(raw) as Partial<UnsavedEntry>
    if (typeof entry.at === 'number' && entry.at > at) return
  } catch {
    // unreadable: remove below
  }
  s.removeItem(PREFIX + sectionId)
}

export function journalRead(sectionId: string): UnsavedEntry | null {
  const raw = storage()?.getItem(PREFIX + sectionId)
  if (!raw) return null
  try {
    const entry = JSON.parse(raw) as UnsavedEntry
    if (entry && typeof entry.at === 'number' && typeof entry.plainText === 'string' && entry.content && typeof entry.content === 'object') return entry
  } catch {
    // fall through
  }
  storage()?.removeItem(PREFIX + sectionId)
  return null
}
