import { expect, type Page } from '@playwright/test'

/**
 * Writes rows straight into the app's IndexedDB, table by table, in one transaction — the way the other
 * benchmarks and tests/e2e (AccountsApp.putRawRow) seed. Call it on a page that has opened the app, so
 * the database exists at its current version.
 */
export async function putRows(page: Page, tables: Record<string, readonly unknown[]>): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'account-atlas' && (db.version ?? 0) > 1)))
    .toBe(true)
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('account-atlas')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(Object.keys(tables), 'readwrite')
          for (const [table, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(table).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    tables
  )
}
