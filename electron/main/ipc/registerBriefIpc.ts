import type { BaseWindow, IpcMainInvokeEvent } from 'electron'
import type { PrintDeps } from '../services/printHtmlToPdf'
import { printHtmlToPdf } from '../services/printHtmlToPdf'
import { nodeFileSystem, type DialogLike, type FileSystemLike } from './registerFileIpc'
import { handle, type IpcMainLike, type SenderCheck } from './registerIpc'

export interface BriefIpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: SenderCheck
  dialog: DialogLike
  windowFor: (event: IpcMainInvokeEvent) => BaseWindow | null
  print: PrintDeps
  fs?: FileSystemLike
}

/** brief:exportPdf — print the brief's HTML to PDF, then let the user pick where to save it. */
export function registerBriefIpc(deps: BriefIpcDeps): void {
  const fs = deps.fs ?? nodeFileSystem
  handle(
    deps.ipcMain,
    'brief:exportPdf',
    async (request, event) => {
      const pdf = await printHtmlToPdf(request.html, request.pageSize, deps.print)
      const name = request.suggestedName.toLowerCase().endsWith('.pdf') ? request.suggestedName : `${request.suggestedName}.pdf`
      const result = await deps.dialog.showSaveDialog(deps.windowFor(event), {
        defaultPath: name,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
      if (result.canceled || !result.filePath) return { saved: false, path: null }
      await fs.writeFile(result.filePath, pdf)
      return { saved: true, path: result.filePath }
    },
    { isTrustedSender: deps.isTrustedSender }
  )
}
