import type { IpcMainInvokeEvent } from 'electron'
import { CLOSE_REQUEST_CHANNEL } from '#shared/ipc/contract'
import { handle, type IpcMainLike, type SenderCheck } from './registerIpc'

/** The part of a BrowserWindow the close guard uses. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
  readonly webContents: { send(channel: string): void }
}

/**
 * Closing a window whose renderer reported unsaved changes asks the renderer first (CLOSE_REQUEST_CHANNEL);
 * it shows its own question and, if the rep discards, calls `window:confirmClose`. A window without unsaved
 * changes, or one whose renderer never said so (crashed, still loading), closes at once.
 */
export interface CloseGuard {
  attach(window: GuardedWindow): void
  setUnsaved(window: GuardedWindow, unsaved: boolean): void
  confirmClose(window: GuardedWindow): void
}

export function createCloseGuard(): CloseGuard {
  const unsaved = new WeakSet<GuardedWindow>()
  const confirmed = new WeakSet<GuardedWindow>()
  return {
    attach(window) {
      window.on('close', (event) => {
        if (!unsaved.has(window) || confirmed.has(window)) return
        event.preventDefault()
        if (!window.isDestroyed()) window.webContents.send(CLOSE_REQUEST_CHANNEL)
      })
    },
    setUnsaved(window, value) {
      if (value) unsaved.add(window)
      else unsaved.delete(window)
    },
    confirmClose(window) {
      if (window.isDestroyed()) return
      confirmed.add(window)
      window.close()
    }
  }
}

export interface WindowIpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: SenderCheck
  guard: CloseGuard
  /** The window that sent the request (BrowserWindow.fromWebContents(event.sender)). */
  windowFor: (event: IpcMainInvokeEvent) => GuardedWindow | null
}

export function registerWindowIpc(deps: WindowIpcDeps): void {
  const options = { isTrustedSender: deps.isTrustedSender }

  handle(
    deps.ipcMain,
    'window:setUnsavedChanges',
    (unsaved, event) => {
      const window = deps.windowFor(event)
      if (window) deps.guard.setUnsaved(window, unsaved)
    },
    options
  )

  handle(
    deps.ipcMain,
    'window:confirmClose',
    (_request, event) => {
      const window = deps.windowFor(event)
      if (window) deps.guard.confirmClose(window)
    },
    options
  )
}
