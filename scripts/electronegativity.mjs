// Runs Electronegativity over the Electron code and fails on any finding not triaged in
// security/electronegativity-triage.json. (The tool itself exits 0 even with findings.)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv')
const bin = join(root, 'node_modules/.bin/electronegativity')
// It tries to fetch Electron release data first; offline that fails after a few seconds and it carries on.
execFileSync(bin, ['-i', join(root, 'electron'), '-e', electronVersion, '-o', report], { stdio: ['ignore', 'ignore', 'ignore'] })

const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1)
const findings = rows.map((line) => {
  const cells = line.match(/("([^"]*)"|[^,]*)(,|$)/g).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''))
  return { issue: cells[0], severity: cells[1], file: relative(root, cells[3]), location: cells[4], sample: cells[5] }
})
const { accepted } = JSON.parse(readFileSync(join(root, 'security/electronegativity-triage.json'), 'utf8'))
const untriaged = findings.filter(
  (f) => !accepted.some((a) => a.issue === f.issue && a.file === f.file && (!a.sample || f.sample.includes(a.sample)))
)
console.log(`[electronegativity] Electron ${electronVersion}: ${findings.length} finding(s), ${findings.length - untriaged.length} triaged`)
for (const f of untriaged) console.log(`  UNTRIAGED ${f.severity} ${f.issue} ${f.file}:${f.location} ${f.sample}`)
process.exit(untriaged.length ? 1 : 0)
