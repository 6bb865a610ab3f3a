// Puts the scale book into the app the way a rep or a manager would: a backup file restored from the
// Settings dialog (renderer/src/app/BackupSection.tsx). If the web edition refuses the file, it falls back
// to writing the rows straight into IndexedDB (tests/rawDb.ts) and says so: the app then rebuilds what it
// derives from them (per-account summaries) itself at start-up.
import { expect, type Page } from '@playwright/test'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { translate } from '#shared/i18n/translate'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '#shared/schemas/backup'
import type { ScaleBook } from './book'

const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key)

/** Writes the book as a backup file of the newest format the app writes; returns its path and size. */
export function writeBackupFile(book: ScaleBook): { path: string; bytes: number } {
  const backup: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: book.now, settings: [], tables: book.tables }
  const text = JSON.stringify(backup)
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-scale-')), 'account-atlas-backup-scale.json')
  writeFileSync(path, text)
  return { path, bytes: Buffer.byteLength(text) }
}

export type Seeding = { how: 'backup import' | 'raw IndexedDB writes'; ms: number; note: string }

/** Restores the file from Settings → Import backup; the app must be open (zh-CN). */
async function importThroughSettings(page: Page, path: string, rows: number): Promise<void> {
  const settings = page.getByRole('dialog', { name: zh('nav.settings') })
  await page.getByRole('button', { name: zh('nav.settings') }).click()
  await expect(settings).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await settings.getByRole('button', { name: zh('settings.import') }).click()
  await (await chooser).setFiles(path)
  const preview = page.getByRole('dialog', { name: zh('restore.title') })
  await expect(preview.or(settings.getByRole('alert'))).toBeVisible({ timeout: 600_000 })
  if (await preview.isVisible()) await preview.getByRole('button', { name: zh('restore.merge'), exact: true }).click()
  const imported = page.getByText(/备份已恢复/)
  await expect(imported.or(settings.getByRole('alert'))).toBeVisible({ timeout: 600_000 })
  if (!(await imported.isVisible())) throw new Error(`the app refused the backup: ${await settings.getByRole('alert').innerText()}`)
  const message = await imported.innerText()
  if (!message.includes(`新增 ${rows} 条`)) throw new Error(`the import did not add every row (${rows}): ${message}`)
  await page.keyboard.press('Escape')
  await expect(settings).toBeHidden()
}

/**
 * tests/rawDb.ts putRawTables, with the rows sent as one JSON string: Playwright serialises an object
 * argument value by value, which for 100,000 rows takes minutes on a busy machine.
 */
async function putRawJson(page: Page, table: string, json: string): Promise<void> {
  await page.evaluate(
    ({ table, json }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(table, 'readwrite')
          for (const row of JSON.parse(json) as unknown[]) tx.objectStore(table).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { table, json }
  )
}

/**
 * Seeds the open app with the book; returns how, and how long it took. `raw` (BENCH_SCALE_SEED=raw) skips
 * the import, for working on the benchmark itself.
 */
export async function seedScaleBook(page: Page, book: ScaleBook, file: { path: string; bytes: number }, raw = false): Promise<Seeding> {
  const rows = Object.values(book.tables).reduce((n, t) => n + t.length, 0)
  const started = Date.now()
  try {
    if (raw) throw new Error('BENCH_SCALE_SEED=raw')
    await importThroughSettings(page, file.path, rows)
    return { how: 'backup import', ms: Date.now() - started, note: `${rows} rows, ${(file.bytes / 1e6).toFixed(1)} MB file, Settings → ${zh('settings.import')}` }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    const why = raw ? 'as asked by BENCH_SCALE_SEED=raw' : `because the backup import failed (${reason})`
    console.log(`[bench scale] seeding RAW ${why}: rows written straight into IndexedDB, per-account summaries rebuilt by the app at start-up`)
    // The app has created its database; the rows go in from the bare page of the same origin, so the
    // app's own start-up work (a scan, summaries) does not hold the database while they are written.
    await page.goto('./#/accounts')
    await expect(page.getByTestId('app-shell')).toBeVisible()
    await page.goto('./bench-bare/?n=0')
    const rawStarted = Date.now()
    for (const [table, list] of Object.entries(book.tables)) {
      for (let i = 0; i < list.length; i += 10_000) await putRawJson(page, table, JSON.stringify(list.slice(i, i + 10_000)))
    }
    await page.goto('./#/accounts')
    return { how: 'raw IndexedDB writes', ms: Date.now() - rawStarted, note: `${rows} rows; ${why}` }
  }
}
