// Matches Electronegativity findings against security/electronegativity-triage.json. Pure: no files, no tool.
//
// A finding is { issue, file, location, sample, severity, confidence }, where `file` is relative to the repo
// (a global check with no file gets the scanned folder, e.g. "renderer/") and `sample` is the code the tool
// flagged ("N/A" when it gives none). A triage entry accepts a finding when issue and file are equal and the
// samples are equal once trimmed: not a substring, so another finding of the same check in the same file
// (a second BrowserWindow, a changed policy) does not pass under an old entry. Each entry accepts `count`
// findings (default 1): one more identical finding is new code too. An entry that accepts fewer findings
// than its count is stale and fails the gate, so the triage file always describes the code as it is.

export const NO_SAMPLE = 'N/A'
const ENTRY_KEYS = new Set(['issue', 'file', 'sample', 'reason', 'count'])

/**
 * Checks the triage file's shape. Every entry needs a non-empty issue, file, sample and reason, and no
 * unknown keys; two entries may not accept the same (issue, file, sample): use count instead.
 * @returns {{ entries: Array<{issue: string, file: string, sample: string, reason: string, count: number}>, errors: string[] }}
 */
export function parseTriage(triage) {
  const errors = []
  const accepted = triage && typeof triage === 'object' ? triage.accepted : undefined
  if (!Array.isArray(accepted)) return { entries: [], errors: ['the triage file needs an "accepted" array'] }
  const entries = []
  const seen = new Set()
  accepted.forEach((entry, index) => {
    const where = `accepted[${index}]`
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return void errors.push(`${where} is not an object`)
    const problems = []
    for (const key of ['issue', 'file', 'sample', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') problems.push(`"${key}" must be a non-empty string`)
    }
    for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key) && !key.startsWith('$')) problems.push(`unknown key "${key}"`)
    const count = entry.count ?? 1
    if (!Number.isInteger(count) || count < 1) problems.push('"count" must be a positive integer')
    if (problems.length) return void errors.push(`${where} (${entry.issue ?? '?'} ${entry.file ?? '?'}): ${problems.join('; ')}`)
    const key = keyOf(entry)
    if (seen.has(key)) return void errors.push(`${where} (${entry.issue} ${entry.file}) repeats an earlier entry with the same sample; use "count"`)
    seen.add(key)
    entries.push({ issue: entry.issue, file: entry.file, sample: entry.sample, reason: entry.reason, count })
  })
  return { entries, errors }
}

function keyOf({ issue, file, sample }) {
  return JSON.stringify([issue, file, (sample ?? NO_SAMPLE).trim()])
}

/**
 * Splits findings into triaged and untriaged, and lists the entries that no longer match the code.
 * @returns {{ ok: boolean, errors: string[], triaged: object[], untriaged: object[], stale: Array<object & {found: number}> }}
 */
export function checkTriage(findings, triage) {
  const { entries, errors } = parseTriage(triage)
  const byKey = new Map(entries.map((entry) => [keyOf(entry), { entry, used: 0 }]))
  const triaged = []
  const untriaged = []
  for (const finding of findings) {
    const slot = byKey.get(keyOf(finding))
    if (slot && slot.used < slot.entry.count) {
      slot.used += 1
      triaged.push(finding)
    } else untriaged.push(finding)
  }
  const stale = [...byKey.values()].filter((slot) => slot.used < slot.entry.count).map((slot) => ({ ...slot.entry, found: slot.used }))
  return { ok: errors.length === 0 && untriaged.length === 0 && stale.length === 0, errors, triaged, untriaged, stale }
}

/**
 * Electronegativity skips any finding under an `eng-disable` comment, which would accept it without an entry
 * here. Returns the files (and lines) that carry one; the gate fails on them.
 * @param {Array<{path: string, text: string}>} files
 */
export function inlineSuppressions(files) {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, index) => (/eng-disable/i.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : []))
  )
}

/**
 * One of the tool's issue objects as a finding: file relative to the repo (posix separators), the scanned
 * folder for global checks that name no file, and the sample trimmed or NO_SAMPLE.
 * @param {{id: string, file: string, sample?: string, location?: {line: number, column: number}, severity?: {name: string}, confidence?: {name: string}}} issue
 * @param {{ root: string, folder: string }} where root: the repo's absolute path; folder: the scanned folder, relative
 */
export function toFinding(issue, { root, folder }) {
  const absolute = issue.file && issue.file !== NO_SAMPLE ? issue.file.replaceAll('\\', '/') : undefined
  const prefix = root.replaceAll('\\', '/').replace(/\/?$/, '/')
  const file = absolute === undefined ? `${folder}/` : absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute
  const sample = typeof issue.sample === 'string' && issue.sample.trim() !== '' ? issue.sample.trim() : NO_SAMPLE
  return {
    issue: issue.id,
    file,
    location: issue.location ? `${issue.location.line}:${issue.location.column}` : '0:0',
    sample,
    severity: issue.severity?.name ?? '?',
    confidence: issue.confidence?.name ?? '?'
  }
}
