import type { IpcArgs, IpcChannel, IpcMethod, IpcResponse, MenuCommand, OpenedBytesFile, OpenedTextFile, OpenFileRequest, OpenFileResponse } from '#shared/ipc/contract'

/** HostApi's IPC half, derived from the contract: one method per channel, named by IPC_METHODS, resolving to the response. */
export type HostMethods = {
  [C in IpcChannel as IpcMethod<C>]: (...args: IpcArgs<C>) => Promise<IpcResponse<C>>
}

/**
 * What the renderer needs from its host. Two implementations: electronHost (window.api from the
 * preload) and browserHost (plain browser, used by `npm run dev:web` and the e2e tests).
 * A new contract channel appears here by itself; browserHost must then implement it or the type check fails.
 * Methods throw HostError on failure.
 */
export interface HostApi extends Omit<HostMethods, 'openFile'> {
  readonly kind: 'electron' | 'browser'
  /** The chosen file as its raw bytes (`as: 'bytes'`), or null when the user cancels. */
  openFile(request: OpenFileRequest & { as: 'bytes' }): Promise<OpenedBytesFile | null>
  /** The chosen file as UTF-8 text (the default), or null when the user cancels. */
  openFile(request: OpenFileRequest & { as?: 'text' }): Promise<OpenedTextFile | null>
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** The window is about to close while a form holds unsaved changes (Electron); answer with confirmClose(). */
  onCloseRequest(listener: () => void): () => void
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
