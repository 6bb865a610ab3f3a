import { vi } from 'vitest'
import type { MenuCommand, OpenFileResponse, SaveFileRequest } from '#shared/ipc/contract'
import type { HostApi } from '#host/HostApi'

/** A browser-edition host whose file dialogs are in memory: what was saved is kept, what is opened is queued. */
export interface FakeHost extends HostApi {
  saved: SaveFileRequest[]
  /** The file the next open dialog returns (null: the user cancels). */
  nextOpen: OpenFileResponse
  /** Sends a native menu command, as Electron's menu would. */
  menu(command: MenuCommand): void
  /** Asks to close the window, as Electron's main process does while there are unsaved changes. */
  requestClose(): void
}

export function fakeHost(kind: HostApi['kind'] = 'browser'): FakeHost {
  const listeners = new Set<(command: MenuCommand) => void>()
  const closeListeners = new Set<() => void>()
  const host: FakeHost = {
    kind,
    saved: [],
    nextOpen: null,
    getAppInfo: vi.fn(async () => ({ name: 'Account Atlas', version: '9.9.9', platform: 'TestOS', locale: 'en', host: kind })),
    setLanguage: vi.fn(async () => undefined),
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      host.saved.push(request)
      return { saved: true, path: `/saved/${request.suggestedName}` }
    }),
    openFile: vi.fn(async () => host.nextOpen),
    exportPdf: vi.fn(async () => ({ saved: true, path: '/saved/brief.pdf' })),
    setUnsavedChanges: vi.fn(async () => undefined),
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
