import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

// scripts/triage.mjs decides what `npm run security` lets through. It is plain JavaScript run by Node, so
// it is imported by URL here and typed by the shape below.
interface Finding {
  issue: string
  file: string
  location: string
  sample: string
  severity: string
  confidence: string
}
interface Entry {
  issue: string
  file: string
  sample: string
  reason: string
  count: number
}
interface TriageModule {
  NO_SAMPLE: string
  parseTriage(triage: unknown): { entries: Entry[]; errors: string[] }
  checkTriage(
    findings: Finding[],
    triage: unknown
  ): { ok: boolean; errors: string[]; triaged: Finding[]; untriaged: Finding[]; stale: Array<Entry & { found: number }> }
  inlineSuppressions(files: Array<{ path: string; text: string }>): string[]
  toFinding(issue: Record<string, unknown>, where: { root: string; folder: string }): Finding
}

const root = join(import.meta.dirname, '..', '..')
const triageUrl = pathToFileURL(join(root, 'scripts', 'triage.mjs')).href
const { NO_SAMPLE, parseTriage, checkTriage, inlineSuppressions, toFinding } = (await import(triageUrl)) as TriageModule

const PRINT = 'print: { createWindow: (options) => new BrowserWindow(options) }'
const finding = (overrides: Partial<Finding> = {}): Finding => ({
  issue: 'SANDBOX_JS_CHECK',
  file: 'electron/main/index.ts',
  location: '93:40',
  sample: PRINT,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  ...overrides
})
const entry = (overrides: Record<string, unknown> = {}) => ({
  issue: 'SANDBOX_JS_CHECK',
  file: 'electron/main/index.ts',
  sample: PRINT,
  reason: 'PRINT_WINDOW_OPTIONS has sandbox: true',
  ...overrides
})
const triage = (...accepted: unknown[]) => ({ accepted })

describe('electronegativity triage', () => {
  it('accepts a finding whose check, file and exact sample an entry names (samples compared trimmed)', () => {
    const result = checkTriage([finding({ sample: `  ${PRINT}\n` })], triage(entry()))
    expect(result).toMatchObject({ ok: true, errors: [], untriaged: [], stale: [] })
    expect(result.triaged).toHaveLength(1)
  })

  it('rejects another sample of the same check in the same file', () => {
    const other = finding({ sample: 'new BrowserWindow({ webPreferences: { sandbox: false } })', location: '140:3' })
    const result = checkTriage([finding(), other], triage(entry()))
    expect(result.ok).toBe(false)
    expect(result.untriaged).toEqual([other])
  })

  it('does not match on part of a sample, in either direction', () => {
    expect(checkTriage([finding()], triage(entry({ sample: 'print: { createWindow' })))).toMatchObject({ ok: false, untriaged: [finding()] })
    const longer = finding({ sample: `${PRINT}, extra: true` })
    expect(checkTriage([longer], triage(entry())).untriaged).toEqual([longer])
  })

  it('rejects the same sample in another file or from another check', () => {
    const elsewhere = finding({ file: 'electron/main/other.ts' })
    const otherCheck = finding({ issue: 'CONTEXT_ISOLATION_JS_CHECK' })
    const result = checkTriage([finding(), elsewhere, otherCheck], triage(entry()))
    expect(result.untriaged).toEqual([elsewhere, otherCheck])
  })

  it('accepts only as many identical findings as the entry counts', () => {
    const twice = [finding(), finding({ location: '120:5' })]
    expect(checkTriage(twice, triage(entry())).untriaged).toEqual([twice[1]])
    expect(checkTriage(twice, triage(entry({ count: 2 }))).ok).toBe(true)
  })

  it('rejects an entry without a sample (or an empty one), which would otherwise accept any sample', () => {
    const { sample: _omitted, ...withoutSample } = entry()
    for (const bad of [withoutSample, entry({ sample: '' }), entry({ sample: '   ' }), entry({ sample: 42 })]) {
      const result = checkTriage([finding()], triage(bad))
      expect(result.ok).toBe(false)
      expect(result.errors.join()).toContain('"sample" must be a non-empty string')
      expect(result.untriaged).toEqual([finding()])
    }
  })

  it('rejects an entry without a reason, with unknown keys, a bad count, or repeating another entry', () => {
    expect(parseTriage(triage(entry({ reason: '' }))).errors.join()).toContain('"reason"')
    expect(parseTriage(triage(entry({ samplePart: 'x' }))).errors.join()).toContain('unknown key "samplePart"')
    expect(parseTriage(triage(entry({ count: 0 }))).errors.join()).toContain('"count"')
    expect(parseTriage(triage(entry(), entry())).errors.join()).toContain('repeats an earlier entry')
    expect(parseTriage({}).errors).toEqual(['the triage file needs an "accepted" array'])
  })

  it('fails on a stale entry that matches no finding, or fewer than it counts', () => {
    const gone = checkTriage([], triage(entry()))
    expect(gone.ok).toBe(false)
    expect(gone.stale).toEqual([{ ...entry(), count: 1, found: 0 }])
    expect(checkTriage([finding()], triage(entry({ count: 2 }))).stale).toMatchObject([{ count: 2, found: 1 }])
  })

  it('finds eng-disable comments, which would hide a finding from the triage', () => {
    const files = [
      { path: 'electron/main/a.ts', text: 'const w = new BrowserWindow(o) // eng-disable SANDBOX_JS_CHECK\n' },
      { path: 'renderer/index.html', text: '<!doctype html>\n<!-- eng-disable CSP_GLOBAL_CHECK -->\n' },
      { path: 'electron/main/b.ts', text: 'const ok = true\n' }
    ]
    expect(inlineSuppressions(files)).toEqual([
      'electron/main/a.ts:1: const w = new BrowserWindow(o) // eng-disable SANDBOX_JS_CHECK',
      'renderer/index.html:2: <!-- eng-disable CSP_GLOBAL_CHECK -->'
    ])
  })

  it("turns the tool's issues into findings: repo-relative file, the folder for global checks, N/A for no sample", () => {
    const where = { root: '/repo', folder: 'renderer' }
    const base = { severity: { name: 'HIGH' }, confidence: { name: 'CERTAIN' }, location: { line: 5, column: 0 } }
    expect(toFinding({ ...base, id: 'CSP_GLOBAL_CHECK', file: '/repo/renderer/index.html', sample: " default-src 'self' " }, where)).toEqual({
      issue: 'CSP_GLOBAL_CHECK',
      file: 'renderer/index.html',
      location: '5:0',
      sample: "default-src 'self'",
      severity: 'HIGH',
      confidence: 'CERTAIN'
    })
    expect(toFinding({ ...base, id: 'LIMIT_NAVIGATION_GLOBAL_CHECK', file: 'N/A' }, where)).toMatchObject({ file: 'renderer/', sample: NO_SAMPLE })
  })

  it('the committed triage file is well-formed: every entry has a check, file, exact sample and reason', () => {
    const committed = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-triage.json'), 'utf8'))
    const { entries, errors } = parseTriage(committed)
    expect(errors).toEqual([])
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) expect(e.reason.length, `${e.issue} ${e.file}`).toBeGreaterThan(20)
  })
})
