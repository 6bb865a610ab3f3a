import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { CLOSE_REQUEST_CHANNEL } from '#shared/ipc/contract'
import { FakeIpcMain } from '../../testing/fakeIpcMain'
import { trustedSenderCheck } from './registerIpc'
import { createCloseGuard, registerWindowIpc, type GuardedWindow } from './registerWindowIpc'

const APP = 'app://atlas/'

/** A window that closes the way Electron's does: 'close' first, and only if nobody prevents it, closed. */
class FakeWindow extends EventEmitter implements GuardedWindow {
  closed = false
  readonly webContents = { send: vi.fn() }
  close() {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.closed = true
  }
  isDestroyed() {
    return this.closed
  }
}

function setup() {
  const window = new FakeWindow()
  const guard = createCloseGuard()
  guard.attach(window)
  const ipc = new FakeIpcMain()
  registerWindowIpc({ ipcMain: ipc, isTrustedSender: trustedSenderCheck(), guard, windowFor: () => window })
  return { window, ipc }
}

describe('window close guard', () => {
  it('closes at once while the renderer reports nothing unsaved', async () => {
    const { window, ipc } = setup()
    window.close()
    expect(window.closed).toBe(true)
    expect(window.webContents.send).not.toHaveBeenCalled()
    expect(ipc.handlers.size).toBe(2)
  })

  it('with unsaved changes, keeps the window open and asks the renderer; confirmClose then closes it', async () => {
    const { window, ipc } = setup()
    expect(await ipc.invoke('window:setUnsavedChanges', APP, true)).toEqual({ ok: true, value: undefined })
    window.close()
    expect(window.closed).toBe(false)
    expect(window.webContents.send).toHaveBeenCalledWith(CLOSE_REQUEST_CHANNEL)

    // The rep stays: nothing comes back, the window stays open. Then they discard.
    expect(await ipc.invoke('window:confirmClose', APP)).toEqual({ ok: true, value: undefined })
    expect(window.closed).toBe(true)
    expect(window.webContents.send).toHaveBeenCalledTimes(1)
  })

  it('closes at once again after the renderer saved (unsaved back to false)', async () => {
    const { window, ipc } = setup()
    await ipc.invoke('window:setUnsavedChanges', APP, true)
    await ipc.invoke('window:setUnsavedChanges', APP, false)
    window.close()
    expect(window.closed).toBe(true)
  })

  it('refuses a request that is not a boolean and a sender that is not the app', async () => {
    const { window, ipc } = setup()
    expect(await ipc.invoke('window:setUnsavedChanges', APP, 'yes')).toMatchObject({ ok: false, error: { code: 'invalidRequest' } })
    expect(await ipc.invoke('window:setUnsavedChanges', 'https://evil.example/', true)).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } })
    expect(await ipc.invoke('window:confirmClose', 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbiddenSender' } })
    window.close()
    expect(window.closed).toBe(true)
  })

  it('a foreign page cannot close a window that holds unsaved changes', async () => {
    const { window, ipc } = setup()
    await ipc.invoke('window:setUnsavedChanges', APP, true)
    await ipc.invoke('window:confirmClose', 'https://evil.example/')
    expect(window.closed).toBe(false)
  })
})
