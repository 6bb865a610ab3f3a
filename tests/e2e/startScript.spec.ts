import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findElectronBinary, REPO_ROOT } from '../electron/electronBinary'
import { expect, test } from './fixtures'

const electron = findElectronBinary()

/** A loopback port with nothing listening: Electron's installer fails there at once, without the network. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  return typeof address === 'object' && address ? address.port : 1
}

test.use({ locale: 'en-US' })

test('npm start with no Electron binary and a failing download explains why and serves the browser edition', async ({ page, policy }) => {
  test.skip(!('missing' in electron), 'an Electron binary is installed here, so npm start would open the desktop app')
  test.setTimeout(120_000)
  const home = mkdtempSync(join(tmpdir(), 'atlas-start-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ACCOUNT_ATLAS_NO_WINDOW: '1',
    ACCOUNT_ATLAS_PORT: '0',
    ACCOUNT_ATLAS_USER_DATA_DIR: join(home, 'data'),
    ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
    electron_config_cache: join(home, 'electron-cache')
  }
  delete env.ELECTRON_OVERRIDE_DIST_PATH
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  try {
    await expect.poll(() => /is at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1], { timeout: 90_000 }).toBeTruthy()
    const url = /is at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!

    const lines = output.split('\n').filter((line) => line.startsWith('[start]'))
    const why = lines.findIndex((line) => line.includes('could not download Electron'))
    expect(why, output).toBeGreaterThan(0)
    expect(lines[why]).toContain('ECONNREFUSED')
    expect(lines[why + 1]).toMatch(/network.*ELECTRON_MIRROR.*ELECTRON_OVERRIDE_DIST_PATH/)
    expect(lines[why + 2]).toContain('browser edition')
    expect(output).not.toMatch(/^\s+at /m)

    policy.allowOrigin(url)
    await page.goto(url)
    await expect(page.getByTestId('app-shell')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Start with your first account' })).toBeVisible()
    await expect(page.getByTestId('edition-marker')).toHaveText('Browser edition')
    await page.getByTestId('edition-marker').click()
    await expect(page.getByRole('dialog').getByText('Save as PDF')).toBeVisible()
  } finally {
    child.kill('SIGTERM')
  }
  expect(await exited).toBe(0)
})
