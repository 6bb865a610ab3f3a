import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AtlasDb } from './db'
import { DataProvider, useDb, useRepositories } from './DataProvider'
import { useAccount, useAccounts } from './hooks'
import { createRepositories } from './repositories'
import { accountDraft, freshDb } from './testSupport'

let db: AtlasDb | undefined
afterEach(async () => {
  await db?.delete()
  db = undefined
})

function wrapperFor(database: AtlasDb) {
  return ({ children }: { children: ReactNode }) => <DataProvider db={database}>{children}</DataProvider>
}

describe('data hooks', () => {
  it('useAccounts is undefined while loading, then follows writes made through the repositories', async () => {
    db = freshDb()
    const { result } = renderHook(() => ({ list: useAccounts(), repos: useRepositories() }), { wrapper: wrapperFor(db) })
    expect(result.current.list).toBeUndefined()
    await waitFor(() => expect(result.current.list).toEqual({ items: [], invalid: [] }))

    let id = ''
    await act(async () => {
      id = (await result.current.repos.accounts.create(accountDraft({ name: '华东精密' }))).id
    })
    await waitFor(() => expect(result.current.list?.items.map((a) => a.name)).toEqual(['华东精密']))

    await act(() => result.current.repos.accounts.softDelete(id))
    await waitFor(() => expect(result.current.list?.items).toEqual([]))

    await act(async () => {
      await db!.accounts.put({ id: 'broken', name: 1 } as never)
    })
    await waitFor(() => expect(result.current.list?.invalid.map((r) => r.id)).toEqual(['broken']))
  })

  it('useAccount returns the account, {} when absent, and never the previous id’s account', async () => {
    db = freshDb()
    const repos = createRepositories(db)
    const a = await repos.accounts.create(accountDraft({ name: 'A' }))
    const b = await repos.accounts.create(accountDraft({ name: 'B' }))

    const seen: (string | undefined)[] = []
    const { result, rerender } = renderHook(
      ({ id }: { id: string }) => {
        const lookup = useAccount(id)
        seen.push(lookup === undefined ? undefined : (lookup.account?.name ?? 'none'))
        return lookup
      },
      { wrapper: wrapperFor(db), initialProps: { id: a.id } }
    )
    await waitFor(() => expect(result.current).toEqual({ account: a }))

    seen.length = 0
    rerender({ id: b.id })
    await waitFor(() => expect(result.current).toEqual({ account: b }))
    expect(seen).not.toContain('A')

    rerender({ id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee' })
    await waitFor(() => expect(result.current).toEqual({}))
  })

  it('useDb and useRepositories throw outside DataProvider', () => {
    expect(() => renderHook(() => useDb())).toThrow(/DataProvider/)
    expect(() => renderHook(() => useRepositories())).toThrow(/DataProvider/)
  })
})
