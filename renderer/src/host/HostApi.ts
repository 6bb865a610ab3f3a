import type { IpcArgs, IpcChannel, IpcMethod, IpcResponse, MenuCommand } from '#shared/ipc/contract'

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
export interface HostApi extends HostMethods {
  readonly kind: 'electron' | 'browser'
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
