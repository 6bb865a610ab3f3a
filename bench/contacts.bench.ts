// Issue 16's contacts import (`npm run bench -- contacts`): a 10,000-row CSV as a CRM exports it (UTF-8
// with BOM, Chinese headers, 200 of its people already on the account by phone) imported through the
// stakeholder map's "Import people…" in the app in Chromium: file chosen → preview ready (read, decode,
// map, plan against the account, in the contacts worker) → Import → written (toast). Prints the time to
// written (goal ≤ 5 s) and the longest UI-thread task from file to toast (goal ≤ 100 ms), with ratios,
// next to a baseline measured in the same run: the same number of people put into IndexedDB raw, one
// transaction, in the page (the floor any import stands on). Fails only if people go missing, never on time.
import { expect, test } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyAccountDraft } from '#shared/schemas'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders/record'
import { translate } from '#shared/i18n/translate'
import { putRawTables } from '../tests/rawDb'
import { installScaleProbes, longestTaskBetween, longestTaskSince } from './scale/probes'

test.use({ locale: 'zh-CN' })

/** The mark the import dialog sets once the people are in the database (CONTACTS_WRITTEN_MARK in renderer/src/features/contacts/ImportContactsDialog.tsx). */
const CONTACTS_WRITTEN_MARK = 'atlas:contacts-written'
const ROWS = 10_000
const EXISTING = 200
const GOAL = { ms: 5_000, task: 100 }
const zh = (key: Parameters<typeof translate>[1], values?: Record<string, unknown>) => translate('zh-CN', key, values as never)
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英'
const TITLES = ['采购经理', '车间主任', '技术部主任', '财务经理', '仓库管理员', '总经理', '工艺工程师', '采购员', '设备科长', '质量主管']
const DEPARTMENTS = ['采购部', '生产部', '技术部', '财务部', '仓储部', '总经办', '设备部', '质量部']

const log = (line: string) => console.log(`[bench contacts] ${line}`)
const ratio = (value: number, goal: number) => `${(value / goal).toFixed(2)}× goal, ${value <= goal ? 'met' : 'NOT met'}`
const mobile = (i: number) => `139${String(10_000_000 + i).padStart(8, '0')}`
const nameOf = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[Math.floor(i / 400) % GIVEN.length]}`

function csvFile(): string {
  const lines = ['姓名,职务,部门,手机,邮箱,公司,备注']
  for (let i = 0; i < ROWS; i++) lines.push([nameOf(i), TITLES[i % TITLES.length], DEPARTMENTS[i % DEPARTMENTS.length], mobile(i), `p${i}@hdjm.cn`, '华东精密', i % 7 === 0 ? '"周三上午在厂, 下午开会"' : ''].join(','))
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-contacts-')), 'crm-export.csv')
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`)
  return path
}

test('a 10,000-contact CSV through the import preview', async ({ page }) => {
  test.setTimeout(600_000)
  log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  const file = csvFile()
  const now = Date.now()
  const accountId = randomUUID()
  const account = { ...emptyAccountDraft(), name: '华东精密', id: accountId, createdAt: now, updatedAt: now, deletedAt: null }
  const existing = Array.from({ length: EXISTING }, (_, i) => ({ ...emptyStakeholderDraft(accountId), name: nameOf(i * 50), phone: mobile(i * 50), id: randomUUID(), createdAt: now, updatedAt: now, deletedAt: null }))

  await page.addInitScript(installScaleProbes)
  await page.goto('./#/accounts')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await putRawTables(page, { accounts: [account], stakeholders: existing })
  await page.goto(`./#/accounts/${accountId}/stakeholders`)
  await page.reload()
  await expect(page.getByTestId('stakeholder-row')).toHaveCount(EXISTING, { timeout: 60_000 })

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: zh('contacts.importAction') }).click()
  const since = await page.evaluate(() => performance.now())
  await (await chooser).setFiles(file)
  const dialog = page.getByRole('dialog', { name: zh('contacts.import.title') })
  const importButton = dialog.getByRole('button', { name: zh('contacts.import.action', { count: ROWS }) })
  await expect(importButton).toBeEnabled({ timeout: 120_000 })
  const previewMs = (await page.evaluate(() => performance.now())) - since
  await expect(dialog).toContainText(zh('contacts.import.summary', { created: ROWS - EXISTING, merged: EXISTING, skipped: 0, bad: 0 }))
  await importButton.click()
  await expect(page.getByText(zh('contacts.imported', { name: '华东精密', created: ROWS - EXISTING, merged: EXISTING, skipped: 0, bad: 0 }))).toBeVisible({ timeout: 300_000 })
  const shownMs = (await page.evaluate(() => performance.now())) - since
  // The dialog marks the moment the import is in the database; the toast and the map's redraw with everyone come after.
  const writtenAt = await page.evaluate((mark) => performance.getEntriesByName(mark).at(-1)?.startTime ?? NaN, CONTACTS_WRITTEN_MARK)
  const totalMs = writtenAt - since
  const task = await longestTaskBetween(page, since, writtenAt)
  const redrawTask = await longestTaskSince(page, writtenAt)
  log(`import of ${ROWS} rows (${EXISTING} merged): preview ready ${(previewMs / 1000).toFixed(2)} s, written ${(totalMs / 1000).toFixed(2)} s (${ratio(totalMs, GOAL.ms)}); longest UI task until written ${task.toFixed(0)} ms (${ratio(task, GOAL.task)})`)
  log(`then the map redraws with ${ROWS} people: toast after ${((shownMs - totalMs) / 1000).toFixed(1)} s, longest UI task ${redrawTask.toFixed(0)} ms (the stakeholder screen is built for committees, not address books: issue filed)`)

  const stored = await page.evaluate(
    (accountId) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const get = request.result.transaction('stakeholders').objectStore('stakeholders').index('accountId').count(accountId)
          get.onsuccess = () => (request.result.close(), resolve(get.result))
        }
      }),
    accountId
  )
  expect(stored).toBe(ROWS)

  // Baseline: the same number of people put raw into the same IndexedDB store in one transaction, from the
  // bare page (the app's map would otherwise hold up the transaction's callbacks while it draws everyone).
  await page.goto('about:blank')
  await page.goto('./bench-bare/?n=0')
  const rows = Array.from({ length: ROWS }, (_, i) => ({ ...emptyStakeholderDraft(accountId), name: nameOf(i), title: TITLES[i % TITLES.length], phone: mobile(i), id: randomUUID(), createdAt: now, updatedAt: now, deletedAt: null }))
  const rawMs = await page.evaluate(
    (json) =>
      new Promise<number>((resolve, reject) => {
        const rows = JSON.parse(json) as unknown[]
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const started = performance.now()
          const tx = request.result.transaction('stakeholders', 'readwrite')
          for (const row of rows) tx.objectStore('stakeholders').put(row)
          tx.oncomplete = () => (request.result.close(), resolve(performance.now() - started))
          tx.onerror = () => reject(tx.error)
        }
      }),
    JSON.stringify(rows)
  )
  log(`baseline: ${ROWS} people put raw in one IndexedDB transaction ${(rawMs / 1000).toFixed(2)} s; the import is ${(totalMs / rawMs).toFixed(1)}× that`)
})
