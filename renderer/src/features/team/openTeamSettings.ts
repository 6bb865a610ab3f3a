/**
 * "Open Settings" from the share dialog: Settings opens through the shell's command context, and its Team
 * section, seeing this request when it mounts, scrolls into view and takes focus.
 */
let requested = false

export function requestTeamSettingsFocus(): void {
  requested = true
}

/** True once after a request; the Team section calls it on mount. */
export function takeTeamSettingsFocus(): boolean {
  const was = requested
  requested = false
  return was
}
