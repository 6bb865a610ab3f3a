// Opens a 20-page dossier (7 sections, about 60,000 characters) holding 200 findings and reports the time
// to editable and the time per keystroke. Prints figures; never fails on time.
import { expect, test } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { emptyAccountDraft, INTEL_CHANNELS } from '#shared/schemas'
import { doc, finding, heading, list, listItem, paragraph, text } from '#shared/domain/dossier/fixtures'
import type { SerializedNode } from '#shared/domain/dossier'

const TARGETS = { timeToEditableMs: 1500, keystrokeMs: 16 }
const PAGES = 20
const CHARS_PER_PAGE = 3000
const FINDINGS = 200
const KEYSTROKES = 60

const SENTENCES = [
  '门卫说老板姓王，每周二上午来厂，采购的事基本由老板娘管。',
  'The storekeeper showed us SKF and NSK boxes, mostly 6204 and 6205 with 2023 production dates.',
  '车间主任说主轴转速一万二，润滑用的是锂基脂，夏天温度偏高。',
  'Purchasing runs a tender every spring; payment is 90 days by bank acceptance.',
  '官网显示他们有 ISO/TS 16949 认证，员工约一千二百人。'
]

function sectionContent(channel: string, chars: number, findings: number, offset: number) {
  const blocks: SerializedNode[] = [heading('h2', text(channel))]
  let written = 0
  let f = 0
  let i = offset
  while (written < chars || f < findings) {
    const s = SENTENCES[i++ % SENTENCES.length]!
    const children: SerializedNode[] = [text(s)]
    if (f < findings) {
      children.push(finding({ findingId: `f-${channel}-${f}`, channel: channel as never, verified: f % 3 === 0 }, text(`情报 ${f}：${s.slice(0, 12)}`)))
      f++
    }
    blocks.push(i % 7 === 0 ? list('bullet', listItem(children)) : paragraph(...children))
    written += s.length
  }
  return doc(...blocks)
}

test('dossier: 20 pages, 200 findings', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const accountId = randomUUID()
  const now = Date.now()
  const perSection = Math.ceil((PAGES * CHARS_PER_PAGE) / INTEL_CHANNELS.length)
  const findingsPer = Math.ceil(FINDINGS / INTEL_CHANNELS.length)
  const rows = INTEL_CHANNELS.map((channel, order) => {
    const content = sectionContent(channel, perSection, Math.min(findingsPer, FINDINGS - order * findingsPer), order)
    return { id: randomUUID(), accountId, channel, order, collapsed: false, content, plainText: '', createdAt: now, updatedAt: now, deletedAt: null }
  })
  const account = { ...emptyAccountDraft(), name: 'Bench Co', id: accountId, createdAt: now, updatedAt: now, deletedAt: null }
  await page.evaluate(
    ({ account, rows }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('account-atlas')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const tx = req.result.transaction(['accounts', 'dossierSections'], 'readwrite')
          tx.objectStore('accounts').put(account)
          for (const row of rows) tx.objectStore('dossierSections').put(row)
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      }),
    { account, rows }
  )
  const totalChars = rows.reduce((n, r) => n + JSON.stringify(r.content).length, 0)

  const lastEditor = page.getByTestId('editor-notes')
  const opens: number[] = []
  for (let run = 0; run < 3; run++) {
    await page.goto('./')
    await expect(page.getByTestId('app-shell')).toBeVisible()
    const start = Date.now()
    await page.evaluate((id) => (window.location.hash = `#/accounts/${id}/dossier`), accountId)
    await expect(lastEditor).toHaveAttribute('contenteditable', 'true', { timeout: 60_000 })
    await expect(page.getByTestId('findings-count')).toContainText(String(FINDINGS), { timeout: 60_000 })
    opens.push(Date.now() - start)
  }

  // Keystrokes at the end of the longest section, measured in the page: keydown → the editor's DOM
  // changes → the next frame is painted.
  const editor = page.getByTestId('editor-gatekeeper')
  await editor.click()
  await page.keyboard.press('Control+End')
  await editor.evaluate((root) => {
    const w = window as unknown as { __latencies: number[] }
    w.__latencies = []
    let pressed: number | null = null
    document.addEventListener('keydown', () => (pressed = performance.now()), true)
    new MutationObserver(() => {
      if (pressed === null) return
      const start = pressed
      pressed = null
      requestAnimationFrame(() => w.__latencies.push(performance.now() - start))
    }).observe(root, { subtree: true, childList: true, characterData: true })
  })
  await page.keyboard.type('abcdefghij'.repeat(KEYSTROKES / 10), { delay: 40 })
  await expect.poll(() => page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies.length)).toBe(KEYSTROKES)
  const times = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 })

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!
  const open = median(opens)
  const key = median(times)
  console.log(`[dossier bench] ${INTEL_CHANNELS.length} sections, ${FINDINGS} findings, ${(totalChars / 1024).toFixed(0)} KiB of Lexical JSON`)
  console.log(`[dossier bench] time to editable: median ${open} ms (runs ${opens.join(', ')}) — target ${TARGETS.timeToEditableMs} ms, ratio ${(open / TARGETS.timeToEditableMs).toFixed(2)}`)
  console.log(`[dossier bench] keydown to painted frame: median ${key.toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms over ${KEYSTROKES} keys — target ${TARGETS.keystrokeMs} ms, ratio ${(key / TARGETS.keystrokeMs).toFixed(2)}`)
})
