/** Points the app's userData folder somewhere else: a throwaway profile for tests and side-by-side dev runs. */
export const USER_DATA_DIR_ENV = 'ACCOUNT_ATLAS_USER_DATA_DIR'

/**
 * The userData folder to use instead of Electron's default, or undefined to keep the default.
 * Honoured only when the app runs unpackaged (`npm run dev`, `npm start`, the tests). A packaged build
 * always keeps its own profile, so a variable set in the user's environment (by a script, another program
 * or a shortcut) cannot move the app's data, backups and settings to a folder of someone else's choosing.
 */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined
  return env[USER_DATA_DIR_ENV] || undefined
}
