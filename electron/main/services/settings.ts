import { z } from '#shared/schemas/zod'
import { Language, SetSyncServerRequest, SnapshotKeep } from '#shared/ipc/contract'
import { readJsonFileSync, writeJsonFile } from './jsonFile'

/** Main-process settings kept in userData/settings.json. Unknown keys are dropped on read. */
export const Settings = z.object({
  language: Language.optional(),
  snapshotKeep: SnapshotKeep.optional().catch(undefined),
  /** The team server the CSP allows; absent or null while team sync is off. */
  syncServer: SetSyncServerRequest.shape.serverUrl.optional().catch(undefined)
})
export type Settings = z.infer<typeof Settings>

export interface SettingsStore {
  get(): Settings
  update(patch: Partial<Settings>): Promise<Settings>
}

export function createSettingsStore(file: string): SettingsStore {
  let current = readJsonFileSync(file, Settings, {})
  let writing: Promise<unknown> = Promise.resolve()
  return {
    get: () => current,
    update(patch) {
      current = Settings.parse({ ...current, ...patch })
      const snapshot = current
      // Serialise writes so the last update always wins on disk.
      const done = writing.then(() => writeJsonFile(file, snapshot))
      writing = done.catch(() => undefined)
      return done.then(() => snapshot)
    }
  }
}
