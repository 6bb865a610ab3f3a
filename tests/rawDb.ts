import { expect, type Page } from '@playwright/test'

type Rows = readonly unknown[]

/**
 * Writes rows straight into the app's IndexedDB, every table in one transaction, as an older build, an
 * import or a second window might have left them. Waits until the app has created its database.
 * Used by the e2e page models and the benchmarks.
 */
export async function putRawTables(page: Page, tables: Record<string, Rows | undefined>): Promise<void> {
  const filled = Object.fromEntries(Object.entries(tables).filter((entry): entry is [string, Rows] => (entry[1]?.length ?? 0) > 0))
  if (Object.keys(filled).length === 0) return
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'account-atlas' && (db.version ?? 0) > 1)))
    .toBe(true)
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(Object.keys(tables), 'readwrite')
          for (const [table, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(table).put(row)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    filled
  )
}

/**
 * putRawTables for a career's worth of rows: handed to the page as one JSON string (Playwright passes a
 * string far faster than 100,000 objects). Expects the app's database to exist (call putRawTables first).
 */
export async function putRawTablesAsJson(page: Page, tables: Record<string, Rows>): Promise<void> {
  await page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const tables = JSON.parse(json) as Record<string, unknown[]>
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const tx = request.result.transaction(Object.keys(tables), 'readwrite')
          for (const [table, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(table).put(row)
          tx.oncomplete = () => (request.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      }),
    JSON.stringify(tables)
  )
}
