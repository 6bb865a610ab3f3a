// What `npm start` does, with its effects passed in so both paths are unit-tested without Electron:
// the desktop app when Electron's binary is there or can be installed, else the browser edition.

/** The three lines printed when the desktop runtime cannot be had, before the browser edition starts. */
export function fallbackExplanation({ reason, version }) {
  return [
    `Account Atlas could not download Electron ${version}, the desktop runtime it runs on (${reason}).`,
    'To get the desktop app: check the network connection, or set ELECTRON_MIRROR to a mirror you can reach, ' +
      `or set ELECTRON_OVERRIDE_DIST_PATH to a folder with an unpacked Electron ${version}; then run npm start again.`,
    'Starting the browser edition instead: the same app in a Chromium or Chrome window; your data stays on this computer.'
  ]
}

/**
 * @param {{
 *   electronVersion: string,
 *   forceBrowser?: boolean,
 *   findElectron(): { path: string, overridden: boolean } | { missing: string },
 *   installElectron(): Promise<{ ok: true } | { ok: false, reason: string }>,
 *   startElectron(binary: { path: string, overridden: boolean }): Promise<number>,
 *   startBrowser(): Promise<number>,
 *   print(line: string): void
 * }} deps
 * @returns {Promise<{ edition: 'electron' | 'browser', exitCode: number }>}
 */
export async function startApp(deps) {
  const { electronVersion: version, print } = deps
  if (deps.forceBrowser) {
    print('Starting the browser edition (ACCOUNT_ATLAS_EDITION=browser).')
    return { edition: 'browser', exitCode: await deps.startBrowser() }
  }
  let binary = deps.findElectron()
  if ('missing' in binary) {
    print(`Electron ${version} is not installed yet; downloading it with Electron's installer (about 100 MB, once)…`)
    const installed = await deps.installElectron()
    const after = installed.ok ? deps.findElectron() : null
    if (!after || 'missing' in after) {
      const reason = installed.ok ? `the installer finished, but ${after.missing}` : installed.reason
      for (const line of fallbackExplanation({ reason, version })) print(line)
      return { edition: 'browser', exitCode: await deps.startBrowser() }
    }
    binary = after
  }
  return { edition: 'electron', exitCode: await deps.startElectron(binary) }
}
