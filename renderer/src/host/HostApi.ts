import type { AppInfo, ExportPdfRequest, Language, MenuCommand, OpenFileRequest, OpenFileResponse, SaveFileRequest, SaveFileResponse } from '../../../shared/ipc/contract'

/**
 * What the renderer needs from its host. Two implementations: electronHost (window.api from the
 * preload) and browserHost (plain browser, used by `npm run dev:web` and the e2e tests).
 * Methods throw HostError on failure.
 */
export interface HostApi {
  readonly kind: 'electron' | 'browser'
  getAppInfo(): Promise<AppInfo>
  setLanguage(language: Language): Promise<void>
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>
  /** Prints a complete HTML document to PDF: a save dialog in Electron, the print dialog in a browser. */
  exportPdf(request: ExportPdfRequest): Promise<SaveFileResponse>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'HostError'
  }
}
