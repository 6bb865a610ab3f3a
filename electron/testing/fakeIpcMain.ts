import type { IpcMainInvokeEvent } from 'electron'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** Test double for ipcMain.handle: keeps the listeners and invokes them as a given frame URL would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, Listener>()
  /** The sending webContents every invoke reports (a test gives it the methods a handler calls). */
  sender: object = {}

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, listener)
  }

  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl }, sender: this.sender } as unknown as IpcMainInvokeEvent
    return Promise.resolve(listener(event, ...args))
  }
}
