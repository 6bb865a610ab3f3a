// The browser edition has no snapshots; it reminds the rep to download a backup instead. Both times live
// in localStorage (per origin, like the database) and are validated on read.

const DOWNLOADED_KEY = 'atlas.backup.downloadedAt'
const REMINDED_KEY = 'atlas.backup.remindedAt'
export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000

function readTime(key: string): number | null {
  try {
    const value = Number(localStorage.getItem(key) ?? NaN)
    return Number.isSafeInteger(value) && value > 0 ? value : null
  } catch {
    return null
  }
}

function writeTime(key: string, at: number): void {
  try {
    localStorage.setItem(key, String(at))
  } catch {
    // Storage full or blocked: the reminder may come again, nothing worse.
  }
}

export const lastBackupDownloadAt = (): number | null => readTime(DOWNLOADED_KEY)

export function rememberBackupDownloaded(now: number = Date.now()): void {
  writeTime(DOWNLOADED_KEY, now)
}

/**
 * Whether to remind at start-up: a week after the last download or the last reminder, whichever is later.
 * The very first start only notes the time, so a new rep is not greeted with a reminder. A "yes" counts as
 * the reminder, so it comes at most once a week.
 */
export function takeBackupReminder(now: number = Date.now()): boolean {
  const latest = Math.max(readTime(DOWNLOADED_KEY) ?? 0, readTime(REMINDED_KEY) ?? 0)
  if (latest === 0 || latest > now) {
    writeTime(REMINDED_KEY, now)
    return false
  }
  if (now - latest < BACKUP_REMINDER_AFTER_MS) return false
  writeTime(REMINDED_KEY, now)
  return true
}
