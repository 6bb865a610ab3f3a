import type { BaseWindow, Dialog, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { readFile as fsReadFile, stat as fsStat, writeFile as fsWriteFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { handle, IpcError, type IpcMainLike, type SenderCheck } from './registerIpc'

export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024

export interface FileSystemLike {
  writeFile(path: string, data: string | Uint8Array): Promise<void>
  readFile(path: string, encoding: 'utf8'): Promise<string>
  size(path: string): Promise<number>
}

export const nodeFileSystem: FileSystemLike = {
  writeFile: (path, data) => (typeof data === 'string' ? fsWriteFile(path, data, 'utf8') : fsWriteFile(path, data)),
  readFile: (path, encoding) => fsReadFile(path, encoding),
  size: async (path) => (await fsStat(path)).size
}

export interface DialogLike {
  showSaveDialog(window: BaseWindow | null, options: SaveDialogOptions): ReturnType<Dialog['showSaveDialog']>
  showOpenDialog(window: BaseWindow | null, options: OpenDialogOptions): ReturnType<Dialog['showOpenDialog']>
}

/** Adapts Electron's dialog (whose window argument is an overload) to DialogLike. */
export function electronDialog(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>): DialogLike {
  return {
    showSaveDialog: (window, options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (window, options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options))
  }
}

export interface FileIpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: SenderCheck
  dialog: DialogLike
  /** The window the dialog is modal to (BrowserWindow.fromWebContents(event.sender)). */
  windowFor: (event: IpcMainInvokeEvent) => BaseWindow | null
  fs?: FileSystemLike
}

/**
 * file:save and file:open. The renderer never names a path: the user picks it in a native dialog,
 * and the renderer only suggests a bare file name (the contract rejects path separators).
 */
export function registerFileIpc(deps: FileIpcDeps): void {
  const fs = deps.fs ?? nodeFileSystem
  const options = { isTrustedSender: deps.isTrustedSender }

  handle(
    deps.ipcMain,
    'file:save',
    async (request, event) => {
      const result = await deps.dialog.showSaveDialog(deps.windowFor(event), {
        defaultPath: request.suggestedName,
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
      if (result.canceled || !result.filePath) return { saved: false, path: null }
      const data = request.encoding === 'base64' ? new Uint8Array(Buffer.from(request.data, 'base64')) : request.data
      await fs.writeFile(result.filePath, data)
      return { saved: true, path: result.filePath }
    },
    options
  )

  handle(
    deps.ipcMain,
    'file:open',
    async (request, event) => {
      const result = await deps.dialog.showOpenDialog(deps.windowFor(event), {
        filters: request.filters,
        properties: ['openFile']
      })
      const filePath = result.filePaths[0]
      if (result.canceled || !filePath) return null
      if ((await fs.size(filePath)) > MAX_OPEN_FILE_BYTES) {
        throw new IpcError('invalidRequest', 'The file is larger than 50 MB')
      }
      return { name: basename(filePath), text: await fs.readFile(filePath, 'utf8') }
    },
    options
  )
}
