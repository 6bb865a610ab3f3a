import { describe, expect, it } from 'vitest'
import { startApp } from '#scripts/start/startApp.mjs'

type Binary = { path: string; overridden: boolean }
const BINARY: Binary = { path: '/opt/electron/electron', overridden: false }

function harness(options: { present?: boolean; installer?: { ok: true } | { ok: false; reason: string }; presentAfterInstall?: boolean }) {
  const calls: string[] = []
  const lines: string[] = []
  let installed = false
  return {
    calls,
    lines,
    deps: {
      electronVersion: '45.4.1',
      findElectron: () => (options.present || (installed && options.presentAfterInstall) ? BINARY : { missing: 'path.txt is absent' }),
      installElectron: async () => {
        calls.push('install')
        installed = options.installer?.ok ?? false
        return options.installer ?? { ok: false as const, reason: 'not configured' }
      },
      startElectron: async (binary: Binary) => {
        calls.push(`electron ${binary.path}`)
        return 0
      },
      startBrowser: async () => {
        calls.push('browser')
        return 0
      },
      print: (line: string) => void lines.push(line)
    }
  }
}

describe('npm start', () => {
  it('opens the desktop app straight away when the Electron binary is installed', async () => {
    const h = harness({ present: true })
    expect(await startApp(h.deps)).toEqual({ edition: 'electron', exitCode: 0 })
    expect(h.calls).toEqual(['electron /opt/electron/electron'])
  })

  it("runs Electron's installer when the binary is missing, then opens the desktop app", async () => {
    const h = harness({ installer: { ok: true }, presentAfterInstall: true })
    expect((await startApp(h.deps)).edition).toBe('electron')
    expect(h.calls).toEqual(['install', 'electron /opt/electron/electron'])
    expect(h.lines.join('\n')).toContain('downloading')
  })

  it('explains in three lines and starts the browser edition when the download fails', async () => {
    const h = harness({ installer: { ok: false, reason: 'fetch failed: getaddrinfo ENOTFOUND github.com' } })
    expect((await startApp(h.deps)).edition).toBe('browser')
    expect(h.calls).toEqual(['install', 'browser'])
    const explanation = h.lines.slice(1)
    expect(explanation).toHaveLength(3)
    expect(explanation[0]).toContain('getaddrinfo ENOTFOUND github.com')
    expect(explanation[1]).toMatch(/network.*ELECTRON_MIRROR.*ELECTRON_OVERRIDE_DIST_PATH/)
    expect(explanation[2]).toContain('browser edition')
  })

  it('falls back too when the installer reports success but no binary appears', async () => {
    const h = harness({ installer: { ok: true }, presentAfterInstall: false })
    expect((await startApp(h.deps)).edition).toBe('browser')
    expect(h.lines.join('\n')).toContain('the installer finished, but path.txt is absent')
  })

  it('goes straight to the browser edition when asked, without touching Electron', async () => {
    const h = harness({ present: true })
    expect((await startApp({ ...h.deps, forceBrowser: true })).edition).toBe('browser')
    expect(h.calls).toEqual(['browser'])
  })
})
