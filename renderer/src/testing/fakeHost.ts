import { vi } from 'vitest'
import { SNAPSHOT_KEEP, type MenuCommand, type OpenFileResponse, type SaveFileRequest, type SnapshotContent, type SnapshotInfo, type SnapshotReason } from '#shared/ipc/contract'
import type { HostApi } from '#host/HostApi'

/** A browser-edition host whose file dialogs are in memory: what was saved is kept, what is opened is queued. */
export interface FakeHost extends HostApi {
  saved: SaveFileRequest[]
  /** The file the next open dialog returns (null: the user cancels), whatever `as` asked for. */
  nextOpen: OpenFileResponse
  /** Sends a native menu command, as Electron's menu would. */
  menu(command: MenuCommand): void
  /** Asks to close the window, as Electron's main process does while there are unsaved changes. */
  requestClose(): void
  /** The snapshots main would hold, newest first, with their content (text: .json, bytes: .zip). */
  snapshots: { info: SnapshotInfo; content: SnapshotContent }[]
  snapshotKeep: number
  /** Adds a snapshot as if main had written it at `at`. */
  addSnapshot(reason: SnapshotReason, content: SnapshotContent, at: number, verified?: boolean): SnapshotInfo
}

const snapshotName = (at: number, reason: SnapshotReason, content: SnapshotContent) =>
  `atlas-snapshot-${new Date(at).toISOString().replace(/[:.]/g, '-')}-${reason}.${typeof content === 'string' ? 'json' : 'zip'}`

export function fakeHost(kind: HostApi['kind'] = 'browser'): FakeHost {
  const listeners = new Set<(command: MenuCommand) => void>()
  const closeListeners = new Set<() => void>()
  const host: FakeHost = {
    kind,
    saved: [],
    nextOpen: null,
    getAppInfo: vi.fn(async () => ({ name: 'Account Atlas', version: '9.9.9', platform: 'TestOS', locale: 'en', host: kind })),
    setLanguage: vi.fn(async () => undefined),
    setSyncServer: vi.fn(async () => ({ reloading: false })),
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      host.saved.push(request)
      return { saved: true, path: `/saved/${request.suggestedName}` }
    }),
    openFile: vi.fn(async () => host.nextOpen) as FakeHost['openFile'],
    exportPdf: vi.fn(async () => ({ saved: true, path: '/saved/brief.pdf' })),
    setUnsavedChanges: vi.fn(async () => undefined),
    snapshots: [],
    snapshotKeep: SNAPSHOT_KEEP.default,
    addSnapshot(reason, content, at, verified = true) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content).length : content.byteLength
      const info = { name: snapshotName(at, reason, content), createdAt: at, reason, bytes, verified }
      host.snapshots = [{ info, content }, ...host.snapshots].sort((a, b) => b.info.createdAt - a.info.createdAt).slice(0, host.snapshotKeep)
      return info
    },
    writeSnapshot: vi.fn(async ({ reason, content }: { reason: SnapshotReason; content: SnapshotContent }) => host.addSnapshot(reason, content, Date.now())),
    listSnapshots: vi.fn(async () => ({ snapshots: host.snapshots.map((s) => s.info), keep: host.snapshotKeep })),
    readSnapshot: vi.fn(async ({ name }: { name: string }) => {
      const found = host.snapshots.find((s) => s.info.name === name)
      if (!found) throw new Error(`no snapshot ${name}`)
      return { snapshot: found.info, content: found.content }
    }),
    setSnapshotKeep: vi.fn(async ({ keep }: { keep: number }) => {
      host.snapshotKeep = keep
      return { keep }
    }),
    confirmClose: vi.fn(async () => undefined),
    onCloseRequest(listener) {
      closeListeners.add(listener)
      return () => closeListeners.delete(listener)
    },
    requestClose() {
      for (const listener of closeListeners) listener()
    },
    onMenuCommand(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    menu(command) {
      for (const listener of listeners) listener(command)
    }
  }
  return host
}
