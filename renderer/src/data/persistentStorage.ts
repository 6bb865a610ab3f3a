import { createLogger } from '#shared/log'

const log = createLogger('storage')

/**
 * Asks the engine to keep this origin's data when the disk fills up (otherwise IndexedDB is "best
 * effort" and may be evicted). Chromium grants it to installed apps and sites used often, without a
 * prompt; where it is refused or unsupported nothing changes, and the snapshots and backups remain.
 */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false
  try {
    if (await storage.persisted()) return true
    const granted = await storage.persist()
    if (!granted) log.info('Persistent storage not granted; data stays best-effort')
    return granted
  } catch (error) {
    log.warn('Could not ask for persistent storage', error)
    return false
  }
}
