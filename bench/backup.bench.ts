// Issue 15's backup round trip (`npm run bench -- backup`): issue 13's book (1,000 accounts, 20,000
// people, 50,000 visits, 7,000 dossier sections) with 50 photos and the rep's settings, in the app in
// Chromium. Export through Settings → wipe the database → import the downloaded file through Settings;
// the digest of every table must come back identical. Prints export and import time (goal: 100,000
// records ≤ 15 s each) and the longest UI-thread task during each (goal ≤ 100 ms), with ratios to goal.
// Fails only when the round trip loses or changes data (a real bug), never on time.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { translate } from '#shared/i18n/translate'
import { generateScaleBook } from './scale/book'
import { installScaleProbes, longestTaskSince, settle } from './scale/probes'
import { seedScaleBook, writeBackupFile } from './scale/seed'

const GOAL = { ms: 15_000, task: 100 }
const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key)
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const TABLES = ['accounts', 'stakeholders', 'relationships', 'dossierSections', 'visits', 'objections', 'competitors', 'attachments', 'stakeholderChanges', 'objectionAnswers', 'settings']

test.use({ locale: 'zh-CN' })

const log = (line: string) => console.log(`[bench backup] ${line}`)
const ratio = (value: number, goal: number) => `${(value / goal).toFixed(2)}× goal, ${value <= goal ? 'met' : 'NOT met'}`

/** Every table's rows in key order, hashed in the page (FNV-1a over JSON with sorted keys), with the row count. */
function digest(page: Page): Promise<{ rows: number; hash: string }> {
  return page.evaluate(
    (tables) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(tables, 'readonly')
          let hash = 0x811c9dc5
          let rows = 0
          const all = tables.map((name) => new Promise<unknown[]>((done) => (tx.objectStore(name).getAll().onsuccess = (e) => done((e.target as IDBRequest<unknown[]>).result))))
          void Promise.all(all).then((lists) => {
            for (const list of lists) {
              rows += list.length
              const text = JSON.stringify(list, (_key, value: unknown) =>
                value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value
              )
              for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0
            }
            db.close()
            resolve({ rows, hash: hash.toString(16) })
          })
        }
      }),
    TABLES
  )
}

test('backup round trip at 100,000 records through Settings', async ({ page }) => {
  test.setTimeout(1_200_000)
  log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  const book = generateScaleBook()
  const sections = book.tables.dossierSections as { id: string; accountId: string }[]
  book.tables.attachments = sections.slice(0, 50).map((s, i) => ({
    id: `0c0f0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    createdAt: book.now - 86_400_000,
    updatedAt: book.now - 86_400_000,
    deletedAt: null,
    accountId: s.accountId,
    sectionId: s.id,
    mimeType: 'image/png' as const,
    byteLength: 70,
    dataUrl: `data:image/png;base64,${PNG_1PX}`
  }))
  await page.addInitScript(installScaleProbes)
  await page.goto('./#/accounts')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const seeding = await seedScaleBook(page, book, writeBackupFile(book), true)
  log(`seeded: ${seeding.how}, ${(seeding.ms / 1000).toFixed(0)} s (${seeding.note})`)
  await page.goto('about:blank')
  await page.goto('./#/accounts')
  await expect(page.getByTestId('account-row').first()).toBeVisible({ timeout: 120_000 })
  // The rep's settings travel too: a cadence changed in Settings' data.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onsuccess = () => {
          const tx = request.result.transaction('settings', 'readwrite')
          tx.objectStore('settings').put({ key: 'stakeholders.cadence', value: { coach: 9 }, updatedAt: Date.now() - 60_000 })
          tx.oncomplete = () => (request.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      })
  )
  await settle(page, 1000)
  const before = await digest(page)
  log(`database: ${before.rows} rows`)

  const settings = page.getByRole('dialog', { name: zh('nav.settings') })
  await page.getByRole('button', { name: zh('nav.settings') }).click()
  await expect(settings).toBeVisible()
  let since = await page.evaluate(() => performance.now())
  const download = page.waitForEvent('download', { timeout: 600_000 })
  await settings.getByRole('button', { name: zh('settings.export') }).click()
  await expect(settings.getByTestId('backup-progress')).toBeVisible()
  await settings.screenshot({ path: 'tests/artifacts/screenshots/backup-export-progress.zh-CN.png' })
  const file = await (await download).path()
  await expect(page.getByText(zh('settings.exported'))).toBeVisible({ timeout: 600_000 })
  const exportMs = (await page.evaluate(() => performance.now())) - since
  const exportTask = await longestTaskSince(page, since)
  const bytes = statSync(file).size
  log(`export: ${(exportMs / 1000).toFixed(1)} s (${ratio(exportMs, GOAL.ms)}), longest UI task ${exportTask.toFixed(0)} ms (${ratio(exportTask, GOAL.task)}); file ${(bytes / 1e6).toFixed(1)} MB`)
  expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
  await page.keyboard.press('Escape')

  // Wipe: the database is deleted while no page holds it, then the app starts empty.
  await page.goto('about:blank')
  await page.goto('./bench-bare/?n=0')
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('account-atlas')
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  }))
  await page.goto('./#/accounts')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await settle(page, 1000)
  expect((await digest(page)).rows).toBe(0)

  await page.getByRole('button', { name: zh('nav.settings') }).click()
  await expect(settings).toBeVisible()
  since = await page.evaluate(() => performance.now())
  const chooser = page.waitForEvent('filechooser')
  await settings.getByRole('button', { name: zh('settings.import') }).click()
  await (await chooser).setFiles(file)
  await expect(settings.getByTestId('backup-progress')).toBeVisible()
  await settings.screenshot({ path: 'tests/artifacts/screenshots/backup-import-progress.zh-CN.png' })
  const preview = page.getByRole('dialog', { name: zh('restore.title') })
  await expect(preview.or(settings.getByRole('alert'))).toBeVisible({ timeout: 900_000 })
  if (await settings.getByRole('alert').isVisible()) throw new Error(`the app refused its own backup: ${await settings.getByRole('alert').innerText()}`)
  const readMs = (await page.evaluate(() => performance.now())) - since
  const readTask = await longestTaskSince(page, since)
  await preview.screenshot({ path: 'tests/artifacts/screenshots/backup-restore-preview.zh-CN.png' })
  // The rep's choice is not the app's time: the write is timed from the click on Merge.
  const writeSince = await page.evaluate(() => performance.now())
  await preview.getByRole('button', { name: zh('restore.merge') }).click()
  await expect(page.getByText(/备份已恢复/).or(settings.getByRole('alert'))).toBeVisible({ timeout: 900_000 })
  if (await settings.getByRole('alert').isVisible()) throw new Error(`the restore failed: ${await settings.getByRole('alert').innerText()}`)
  const writeMs = (await page.evaluate(() => performance.now())) - writeSince
  const importMs = readMs + writeMs
  const importTask = Math.max(readTask, await longestTaskSince(page, writeSince))
  log(`import: ${(importMs / 1000).toFixed(1)} s (${ratio(importMs, GOAL.ms)}): read and check ${(readMs / 1000).toFixed(1)} s, write ${(writeMs / 1000).toFixed(1)} s; longest UI task ${importTask.toFixed(0)} ms (${ratio(importTask, GOAL.task)})`)
  // Baseline from this run: the same rows written by bare IndexedDB puts (the raw seeding), no app code.
  if (seeding.how === 'raw IndexedDB writes') log(`write vs the engine's own raw writes of the same rows in this run: ${(writeMs / 1000).toFixed(1)} s vs ${(seeding.ms / 1000).toFixed(1)} s (${(writeMs / seeding.ms).toFixed(2)}× raw)`)
  await page.keyboard.press('Escape')
  await settle(page, 1000)
  const after = await digest(page)
  log(`round trip: ${after.rows} of ${before.rows} rows back, digest ${after.hash === before.hash ? 'identical' : `DIFFERENT (${before.hash} → ${after.hash})`}`)
  expect(after).toEqual(before)
})
