/** One action that can be taken back: what it was (shown as "Undone: <label>") and how to reverse it. */
export interface UndoEntry {
  label: string
  undo(): Promise<void>
}

export interface UndoStack {
  /** Adds an entry on top and returns its id; the oldest entry falls off past the depth. */
  push(entry: UndoEntry): string
  /** Removes and returns the entry with this id (its toast's Undo), or undefined when it is gone. */
  take(id: string): UndoEntry | undefined
  /** Removes and returns the newest entry (Ctrl/Cmd+Z). */
  takeLast(): UndoEntry | undefined
  readonly size: number
}

export const UNDO_DEPTH = 50

/** A bounded stack of undoable actions, newest last. Pure: no React, no storage. */
export function createUndoStack(depth: number = UNDO_DEPTH): UndoStack {
  const entries: { id: string; entry: UndoEntry }[] = []
  let next = 0
  return {
    push(entry) {
      const id = `undo-${++next}`
      entries.push({ id, entry })
      if (entries.length > depth) entries.splice(0, entries.length - depth)
      return id
    },
    take(id) {
      const index = entries.findIndex((e) => e.id === id)
      return index === -1 ? undefined : entries.splice(index, 1)[0]?.entry
    },
    takeLast() {
      return entries.pop()?.entry
    },
    get size() {
      return entries.length
    }
  }
}
