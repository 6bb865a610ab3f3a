import { describe, expect, it, vi } from 'vitest'
import { requestPersistentStorage } from './persistentStorage'

describe('requestPersistentStorage', () => {
  it('asks once when the data is not yet kept, and says whether it now is', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) }
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask again when it is already kept', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) }
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it('carries on where the engine refuses, fails or has no storage manager', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(false)
    expect(await requestPersistentStorage({ persisted: async () => Promise.reject(new Error('denied')), persist: async () => true })).toBe(false)
    expect(await requestPersistentStorage(undefined)).toBe(false)
  })
})
