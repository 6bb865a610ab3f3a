import { SNAPSHOT_KEEP } from '#shared/ipc/contract'
import type { SettingsStore } from '../services/settings'
import { SnapshotError, type SnapshotService } from '../services/snapshots'
import { handle, IpcError, type IpcMainLike, type SenderCheck } from './registerIpc'

export interface SnapshotIpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: SenderCheck
  snapshots: SnapshotService
  settings: Pick<SettingsStore, 'get' | 'update'>
}

export const snapshotKeepOf = (settings: Pick<SettingsStore, 'get'>): number => settings.get().snapshotKeep ?? SNAPSHOT_KEEP.default

/** A refusal the rep can act on goes back as invalidRequest with its message; anything else stays `internal`. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof SnapshotError) throw new IpcError(error.code === 'notVerified' ? 'internal' : 'invalidRequest', error.message)
    throw error
  }
}

/** snapshot:write, snapshot:list, snapshot:read and snapshot:setKeep. The renderer never names a path, only a listed name. */
export function registerSnapshotIpc(deps: SnapshotIpcDeps): void {
  const options = { isTrustedSender: deps.isTrustedSender }

  handle(deps.ipcMain, 'snapshot:write', (request) => refusing(() => deps.snapshots.write(request.reason, request.content)), options)
  handle(deps.ipcMain, 'snapshot:list', async () => ({ snapshots: await deps.snapshots.list(), keep: snapshotKeepOf(deps.settings) }), options)
  handle(deps.ipcMain, 'snapshot:read', (request) => refusing(() => deps.snapshots.read(request.name)), options)
  handle(
    deps.ipcMain,
    'snapshot:setKeep',
    async (request) => {
      await deps.settings.update({ snapshotKeep: request.keep })
      return { keep: request.keep }
    },
    options
  )
}
