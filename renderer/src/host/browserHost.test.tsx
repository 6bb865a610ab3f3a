import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBrowserHost } from './browserHost'
import { detectHost } from './detectHost'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

/** Captures the element the host creates and clicks instead of a native dialog. */
function interceptClick<K extends 'a' | 'input'>(tag: K) {
  const clicked: HTMLElementTagNameMap[K][] = []
  vi.spyOn(HTMLElement.prototype, 'click').mockImplementation(function (this: HTMLElement) {
    if (this.tagName.toLowerCase() === tag) clicked.push(this as HTMLElementTagNameMap[K])
  })
  return clicked
}

describe('browser host', () => {
  it('is the host when there is no Electron preload', () => {
    expect(detectHost().kind).toBe('browser')
  })

  it('saves a file as a download under the suggested name, decoding base64', async () => {
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test'))
    URL.revokeObjectURL = vi.fn()
    const links = interceptClick('a')
    const host = createBrowserHost()

    await expect(host.saveFile({ suggestedName: 'map.png', filters: [], data: btoa('PNG!'), encoding: 'base64' })).resolves.toEqual({ saved: true, path: null })
    await host.saveFile({ suggestedName: 'backup.json', filters: [], data: '{"a":1}', encoding: 'utf8' })

    expect(links.map((a) => [a.download, a.href])).toEqual([
      ['map.png', 'blob:test'],
      ['backup.json', 'blob:test']
    ])
    expect(await blobs[0]!.text()).toBe('PNG!')
    expect(await blobs[1]!.text()).toBe('{"a":1}')
  })

  it('saves binary bytes as a download of exactly those bytes', async () => {
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test'))
    URL.revokeObjectURL = vi.fn()
    const links = interceptClick('a')
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])
    await expect(createBrowserHost().saveFile({ suggestedName: 'backup.zip', filters: [], data: bytes, encoding: 'binary' })).resolves.toEqual({ saved: true, path: null })
    expect(links[0]!.download).toBe('backup.zip')
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes)
  })

  it('opens a file as its bytes when asked', async () => {
    const inputs = interceptClick('input')
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xc3, 0x28])
    const opening = createBrowserHost().openFile({ filters: [{ name: 'Backup', extensions: ['zip'] }], as: 'bytes' })
    Object.defineProperty(inputs[0], 'files', { value: [new File([bytes], 'b.zip')] })
    inputs[0]!.dispatchEvent(new Event('change'))
    const file = await opening
    expect(file?.name).toBe('b.zip')
    expect(file?.bytes).toBeInstanceOf(Uint8Array)
    expect(Array.from(file!.bytes)).toEqual(Array.from(bytes))
  })

  it('opens a file through a file input limited to the given extensions, or nothing when cancelled', async () => {
    const inputs = interceptClick('input')
    const host = createBrowserHost()
    const opening = host.openFile({ filters: [{ name: 'Backup', extensions: ['json', 'bak'] }] })
    const [input] = inputs
    expect(input!.accept).toBe('.json,.bak')
    Object.defineProperty(input, 'files', { value: [new File(['{"x":1}'], 'b.json')] })
    input!.dispatchEvent(new Event('change'))
    await expect(opening).resolves.toEqual({ name: 'b.json', text: '{"x":1}' })

    const cancelled = host.openFile({ filters: [] })
    inputs[1]!.dispatchEvent(new Event('cancel'))
    await expect(cancelled).resolves.toBeNull()
  })

  it('prints a brief through a hidden frame and reports it as not saved by the app', async () => {
    const host = createBrowserHost()
    const printing = host.exportPdf({ html: '<p>Brief</p>', suggestedName: 'brief', pageSize: 'A4' })
    const frame = document.querySelector('iframe')!
    expect(frame.srcdoc).toBe('<p>Brief</p>')
    const print = vi.fn()
    Object.defineProperty(frame, 'contentWindow', { value: { print } })
    frame.dispatchEvent(new Event('load'))
    await expect(printing).resolves.toEqual({ saved: false, path: null })
    expect(print).toHaveBeenCalled()
  })

  it('tells its edition and version, and ignores menu subscriptions', async () => {
    const host = createBrowserHost()
    await expect(host.getAppInfo()).resolves.toMatchObject({ host: 'browser', name: 'Account Atlas', version: expect.stringMatching(/^\d+\.\d+\.\d+/) })
    await expect(host.setLanguage('zh-CN')).resolves.toBeUndefined()
    expect(host.onMenuCommand(() => undefined)).toBeTypeOf('function')
  })
})
