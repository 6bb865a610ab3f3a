import type { BaseWindow, Dialog, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { constants } from 'node:fs'
import { open as fsOpen, writeFile as fsWriteFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES } from '#shared/ipc/contract'
import { handle, IpcError, type IpcMainLike, type SenderCheck } from './registerIpc'

export interface FileSystemLike {
  writeFile(path: string, data: string | Uint8Array): Promise<void>
  /** The file's bytes; refused unless it is a regular file of at most `maxBytes`. */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array>
  /** The same bytes as UTF-8 text. */
  readText(path: string, maxBytes: number): Promise<string>
}

export class FileRefusedError extends Error {}

/**
 * Reads at most maxBytes + 1 bytes whatever the file claims: a FIFO or a device reports a size it does
 * not keep to (or blocks forever), so only a regular file is read, and only as far as the limit.
 */
async function readBoundedBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  // Non-blocking, so opening a FIFO with no writer returns at once (it does nothing to a regular file).
  const file = await fsOpen(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await file.stat()
    if (!info.isFile()) throw new FileRefusedError('not a regular file')
    if (info.size > maxBytes) throw new FileRefusedError('too large')
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(8 * 1024 * 1024, maxBytes + 1 - total))
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) throw new FileRefusedError('too large')
    }
    // A fresh, exactly sized Uint8Array (never a view into Node's shared Buffer pool): structured clone
    // sends a view's whole backing buffer, and this one holds nothing but the file.
    const bytes = new Uint8Array(total)
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.length
    }
    return bytes
  } finally {
    await file.close()
  }
}

export const nodeFileSystem: FileSystemLike = {
  writeFile: (path, data) => (typeof data === 'string' ? fsWriteFile(path, data, 'utf8') : fsWriteFile(path, data)),
  readBytes: readBoundedBytes,
  readText: async (path, maxBytes) => {
    const bytes = await readBoundedBytes(path, maxBytes)
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  }
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
      const data = request.encoding === 'base64' ? new Uint8Array(Buffer.from(request.data, 'base64')) : request.data // utf8 text, or binary bytes as-is
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
      try {
        const name = basename(filePath)
        return request.as === 'bytes' ? { name, bytes: await fs.readBytes(filePath, MAX_FILE_BYTES) } : { name, text: await fs.readText(filePath, MAX_FILE_BYTES) }
      } catch (error) {
        if (error instanceof FileRefusedError) throw new IpcError('invalidRequest', error.message === 'too large' ? 'The file is larger than 256 MB' : 'Only a regular file can be opened')
        throw error
      }
    },
    options
  )
}
