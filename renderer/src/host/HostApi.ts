import type { AppInfo, Language, MenuCommand, OpenFileRequest, OpenFileResponse, SaveFileRequest, SaveFileResponse } from '../../../shared/ipc/contract'

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
