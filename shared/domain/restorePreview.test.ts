import { describe, expect, it } from 'vitest'
import { compareRows, restoreLosses, type RestorePreview } from './restorePreview'

const here = (entries: [string, number, boolean?][]) => new Map(entries.map(([id, updatedAt, live = true]) => [id, { updatedAt, live }]))

describe('compareRows', () => {
  it('sorts each id into new, newer in the file, newer here, the same, or only here', () => {
    const stored = here([
      ['a', 10],
      ['b', 20],
      ['c', 30],
      ['d', 40],
      ['gone', 5, false]
    ])
    const file = [
      { id: 'a', updatedAt: 15 },
      { id: 'b', updatedAt: 10 },
      { id: 'c', updatedAt: 30 },
      { id: 'n', updatedAt: 1 },
      { id: 't', updatedAt: 1, deletedAt: 1 }
    ]
    expect(compareRows(stored, file)).toEqual({ inFile: 4, here: 4, onlyInFile: 2, newerInFile: 1, newerHere: 1, same: 1, onlyHere: 1 })
  })
})

describe('restoreLosses', () => {
  const preview = {
    tables: [{ table: 'accounts', ...compareRows(here([['a', 9], ['b', 1]]), [{ id: 'a', updatedAt: 5 }]) }],
    settings: compareRows(here([['k', 3], ['only-here', 1]]), [{ id: 'k', updatedAt: 1 }])
  } as unknown as RestorePreview

  it('loses nothing on a merge', () => {
    expect(restoreLosses(preview, 'merge')).toEqual({ overwritten: 0, removed: 0 })
  })

  it('counts what replace overwrites (newer here) and removes (records only here; settings only here are kept)', () => {
    expect(restoreLosses(preview, 'replace')).toEqual({ overwritten: 2, removed: 1 })
  })
})
