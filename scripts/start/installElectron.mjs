// Runs Electron's own installer (the `install-electron` bin of the electron package) with its progress
// bar on the terminal, and reports why it failed in one line.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const reporter = join(import.meta.dirname, 'installerReporter.cjs')

/**
 * @param {string} electronDir node_modules/electron
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function installElectron(electronDir, { env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', reporter, join(electronDir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'pipe']
    })
    let report = ''
    child.stdio[3]?.on('data', (chunk) => (report += chunk))
    child.on('error', (error) => resolve({ ok: false, reason: error.message }))
    child.on('close', (code, signal) => {
      if (code === 0) return resolve({ ok: true })
      resolve({ ok: false, reason: describeFailure(report) || `the installer stopped (${signal ?? `exit code ${code}`})` })
    })
  })
}

/** "TypeError: fetch failed" + cause "ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9" → one readable line. */
export function describeFailure(report) {
  const lines = report.split('\n').filter(Boolean)
  for (const line of lines.reverse()) {
    try {
      const { message, cause } = JSON.parse(line)
      const what = String(message).replace(/^\w*Error: /, '')
      return cause ? `${what}: ${cause}` : what
    } catch {
      // not one of ours
    }
  }
  return ''
}
