import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './tests/chromium'
import { findElectronBinary } from './tests/electron/electronBinary'

const electron = findElectronBinary()
if ('missing' in electron) {
  // Playwright only prints "1 skipped"; say why in the log.
  console.log(`[electron smoke test] SKIPPED: ${electron.missing}`)
}

// E2E_PORT lets two checkouts (or a dev server) run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./tests/e2e/policyReporter.ts']],
  outputDir: 'test-results',
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${PORT}/`,
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: systemChromium(), args: CHROMIUM_ARGS }
      }
    },
    { name: 'electron', testDir: 'tests/electron' }
  ]
})
