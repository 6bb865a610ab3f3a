import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { IPC_METHODS } from '#shared/ipc/channels'
import { findElectronBinary, REPO_ROOT } from './electronBinary'

// Runs the built app (npm run build first) in the real Electron binary. Skipped, with the reason,
// where no binary is installed: the binary is downloaded on demand and CI machines may be offline.
const binary = findElectronBinary()
const mainScript = join(REPO_ROOT, 'out', 'main', 'index.js')

test.describe('Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '')

  test('opens a hardened window showing the app', async () => {
    if (!('path' in binary)) return
    expect(existsSync(mainScript), `${mainScript} is missing: run "npm run build" first`).toBe(true)

    const userData = mkdtempSync(join(tmpdir(), 'atlas-electron-'))
    const env: Record<string, string> = {}
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
    delete env.ELECTRON_RENDERER_URL // production mode: served from app://atlas/
    env.ACCOUNT_ATLAS_USER_DATA_DIR = userData

    const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0
    const app = await electron.launch({
      executablePath: binary.path,
      args: [mainScript, ...(runningAsRoot ? ['--no-sandbox'] : [])],
      env
    })
    try {
      const page = await app.firstWindow()
      await expect(page).toHaveTitle(/Account Atlas/)
      expect(page.url()).toMatch(/^app:\/\/atlas\//)
      await expect(
        page.locator('[data-testid="app-shell"]').or(page.getByRole('heading', { name: /Accounts|客户/ })).first()
      ).toBeVisible()

      // The renderer has the preload API and no Node.
      const renderer = await page.evaluate(() => ({
        api: typeof window.api === 'object' && window.api !== null,
        apiKeys: Object.keys(window.api ?? {}).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (globalThis as unknown as { process?: unknown }).process
      }))
      expect(renderer).toEqual({
        api: true,
        apiKeys: [...Object.values(IPC_METHODS), 'onMenuCommand'].sort(),
        require: 'undefined',
        process: 'undefined'
      })

      // A round trip through the IPC helper.
      const info = await page.evaluate(() => window.api!.getAppInfo())
      expect(info).toMatchObject({ ok: true, value: { host: 'electron' } })

      // Navigation away from the app origin is blocked (file:, so nothing is opened in the OS browser).
      await page.evaluate(() => {
        window.location.href = 'file:///'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toMatch(/^app:\/\/atlas\//)
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
