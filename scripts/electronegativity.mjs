// Runs Electronegativity over electron/ and renderer/ and fails on anything not reviewed in
// security/electronegativity-triage.json (the tool itself reports and exits 0):
//   - a finding no entry accepts (entries name check, file and the exact sample; see scripts/triage.mjs),
//   - an entry that accepts nothing any more (stale triage),
//   - a malformed entry, a file the tool could not parse, or an `eng-disable` comment that hides a finding.
// The two folders are scanned at once through the tool's Node API: each scan first tries to fetch Electron
// release data and translations, which offline costs several seconds, and in parallel that wait is paid once.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { checkTriage, inlineSuppressions, toFinding } from './triage.mjs'

const root = join(import.meta.dirname, '..')
const FOLDERS = ['electron', 'renderer']
const TRIAGE_FILE = 'security/electronegativity-triage.json'
const require = createRequire(import.meta.url)
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
const run = require('@doyensec/electronegativity')

/** The files the tool reads in a folder (its own rule: these extensions, nothing under node_modules). */
function scannedFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.name === 'node_modules') return []
    if (entry.isDirectory()) return scannedFiles(path)
    return /\.(js|jsx|ts|tsx|html|htm)$/i.test(entry.name) ? [path] : []
  })
}

// The tool logs its network attempts through console; collect them and print each distinct line once.
const toolLines = new Map()
const consoleMethods = { log: console.log, warn: console.warn, error: console.error }
for (const name of Object.keys(consoleMethods)) {
  console[name] = (...args) => {
    const line = args.join(' ').trim()
    toolLines.set(line, (toolLines.get(line) ?? 0) + 1)
  }
}
const started = Date.now()
let scans
try {
  scans = await Promise.all(
    FOLDERS.map(async (folder) => {
      const result = await run({ input: join(root, folder), electronVersionOverride: electronVersion }, false)
      return { folder, result, ms: Date.now() - started }
    })
  )
} finally {
  Object.assign(console, consoleMethods)
}
const elapsed = Date.now() - started
for (const [line, times] of toolLines) console.log(`  (electronegativity: ${line}${times > 1 ? ` ×${times}` : ''})`)

const findings = scans.flatMap(({ folder, result }) => result.issues.map((issue) => toFinding(issue, { root, folder })))
const parseErrors = scans.flatMap(({ result }) => result.errors.filter((e) => !e.tolerable))
const parseWarnings = scans.flatMap(({ result }) => result.errors.filter((e) => e.tolerable))
const suppressions = inlineSuppressions(
  FOLDERS.flatMap(scannedFiles).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
)
const triage = JSON.parse(readFileSync(join(root, TRIAGE_FILE), 'utf8'))
const { errors, triaged, untriaged, stale } = checkTriage(findings, triage)

const perFolder = scans.map(({ folder, result, ms }) => `${folder}/ ${result.issues.length} (${(ms / 1000).toFixed(1)} s)`).join(', ')
console.log(
  `[electronegativity] Electron ${electronVersion}: ${findings.length} finding(s) in ${perFolder}; ` +
    `${triaged.length} triaged, ${untriaged.length} untriaged, ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'}; ${(elapsed / 1000).toFixed(1)} s`
)
for (const f of untriaged) console.log(`  UNTRIAGED ${f.severity} ${f.issue} ${f.file}:${f.location}\n    sample: ${f.sample}`)
for (const s of stale) console.log(`  STALE ${s.issue} ${s.file}: accepts ${s.count}, found ${s.found}\n    sample: ${s.sample}`)
for (const e of errors) console.log(`  INVALID ${TRIAGE_FILE}: ${e}`)
for (const e of parseErrors) console.log(`  NOT SCANNED ${relative(root, e.file)}: ${e.message}`)
for (const w of parseWarnings) console.log(`  warning: ${relative(root, w.file)}: ${w.message}`)
for (const s of suppressions) console.log(`  INLINE SUPPRESSION (use ${TRIAGE_FILE} instead) ${s}`)

const failed = untriaged.length + stale.length + errors.length + parseErrors.length + suppressions.length
if (failed) console.log(`[electronegativity] FAILED: add a triage entry with the exact sample and a reason, fix the code, or drop stale entries`)
process.exit(failed ? 1 : 0)
