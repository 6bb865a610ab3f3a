/** A record's name made safe as a file name on Windows, macOS and Linux, at most 80 characters; `fallback` when nothing is left. */
export function safeFileName(name: string, fallback = 'export'): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_').trim().slice(0, 80) || fallback
}
