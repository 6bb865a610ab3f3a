import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from '../tests/chromium'

const PORT = Number(process.env.BENCH_PORT ?? 4174)

// Benchmarks run in the real renderer in Chromium and print their figures; they never fail on time.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 300_000,
  workers: 1,
  reporter: [['list']],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${PORT} --strictPort`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: systemChromium(), args: CHROMIUM_ARGS }
  }
})
