// Finds a Chromium for the end-to-end tests: the system one if present, otherwise Playwright's own,
// installed on first use (on a developer machine with internet access).
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
const system = candidates.find((path) => path && existsSync(path))
if (system) {
  console.log(`[e2e] using system Chromium at ${system}`)
} else {
  console.log('[e2e] no system Chromium found; installing Playwright Chromium')
  execSync('npx playwright install chromium', { stdio: 'inherit' })
}
