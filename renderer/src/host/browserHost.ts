import { SNAPSHOT_KEEP, type OpenFileRequest, type OpenFileResponse, type SaveFileRequest } from '#shared/ipc/contract'
import { HostError, type HostApi } from './HostApi'
import { version } from '../../../package.json'

function blobPart(request: SaveFileRequest): BlobPart {
  if (request.encoding === 'binary') {
    // A Blob takes bytes over an ArrayBuffer only; bytes over a SharedArrayBuffer are copied first.
    return request.data.buffer instanceof ArrayBuffer ? (request.data as Uint8Array<ArrayBuffer>) : new Uint8Array(request.data)
  }
  return request.encoding === 'base64' ? Uint8Array.from(atob(request.data), (c) => c.charCodeAt(0)) : request.data
}

/** The host for a plain browser: downloads instead of a save dialog, a file input instead of an open dialog. */
export function createBrowserHost(): HostApi {
  return {
    kind: 'browser',
    async getAppInfo() {
      return { name: 'Account Atlas', version, platform: navigator.platform, locale: navigator.language, host: 'browser' }
    },
    async setLanguage() {
      // No native menu to relabel in a browser.
    },
    async setSyncServer() {
      // The browser edition's CSP is fixed when it is built (ATLAS_SYNC_SERVERS, vite.web.config.ts).
      return { reloading: false }
    },
    async saveFile(request) {
      const url = URL.createObjectURL(new Blob([blobPart(request)]))
      const link = document.createElement('a')
      link.href = url
      link.download = request.suggestedName
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { saved: true, path: null }
    },
    openFile: ((request: OpenFileRequest) =>
      new Promise<OpenFileResponse>((resolve, reject) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.accept = request.filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',')
        input.addEventListener('cancel', () => resolve(null))
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          if (!file) return resolve(null)
          const read = request.as === 'bytes' ? file.arrayBuffer().then((buffer) => ({ name: file.name, bytes: new Uint8Array(buffer) })) : file.text().then((text) => ({ name: file.name, text }))
          read.then(resolve, reject)
        })
        input.click()
      })) as HostApi['openFile'],
    exportPdf(request) {
      // The browser's own printing: the user picks "Save as PDF" in the print dialog.
      return new Promise((resolve) => {
        const frame = document.createElement('iframe')
        frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden'
        frame.srcdoc = request.html
        frame.addEventListener('load', () => {
          frame.contentWindow?.print()
          setTimeout(() => frame.remove(), 1000)
          resolve({ saved: false, path: null })
        })
        document.body.append(frame)
      })
    },
    async setUnsavedChanges() {
      // The browser asks by itself through beforeunload (the navigation guard sets it up).
    },
    async confirmClose() {
      window.close()
    },
    // No main process, so no snapshots: Settings offers a backup download instead.
    async writeSnapshot() {
      throw new HostError('unsupported', 'Snapshots need the desktop app')
    },
    async listSnapshots() {
      return { snapshots: [], keep: SNAPSHOT_KEEP.default }
    },
    async readSnapshot() {
      throw new HostError('unsupported', 'Snapshots need the desktop app')
    },
    async setSnapshotKeep(request) {
      return { keep: request.keep }
    },
    onMenuCommand() {
      return () => {}
    },
    onCloseRequest() {
      return () => {}
    }
  }
}
