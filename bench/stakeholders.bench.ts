// Stakeholder map: layout and render time for 50, 300 and 1,000 people in both layouts (org chart: dagre;
// influence view: fcose), measured in the real screen. Prints figures; never fails on time.
import { expect, test } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { emptyAccountDraft } from '#shared/schemas'
import { emptyStakeholderDraft } from '#shared/domain/stakeholders'

const SIZES = [50, 300, 1000]
const TARGETS_MS: Record<number, number> = { 50: 300, 300: 1500, 1000: 5000 }
const ROLES = ['decisionMaker', 'buyer', 'user', 'influencer', 'gatekeeper', 'executor', 'technicalEvaluator', 'finance'] as const
const STANCES = ['supporter', 'neutral', 'opponent', 'unknown'] as const
const INFLUENCE = ['low', 'medium', 'high'] as const
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const TITLES = ['采购经理', '车间主任', '技术部主任', '财务经理', '仓库管理员', '总经理', '工艺工程师', '采购员']

/** A tree of `n` people (each reports to an earlier one, about four reports per manager) plus some cross links. */
function committee(accountId: string, n: number, now: number) {
  const people = Array.from({ length: n }, (_, i) => ({
    ...emptyStakeholderDraft(accountId, {
      name: `${SURNAMES[i % SURNAMES.length]}${i}`,
      title: TITLES[i % TITLES.length]!,
      roles: [ROLES[i % ROLES.length]!],
      stance: STANCES[i % STANCES.length]!,
      influence: INFLUENCE[i % INFLUENCE.length]!
    }),
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null
  }))
  const link = (from: number, to: number, kind: string) => ({
    id: randomUUID(),
    accountId,
    fromId: people[from]!.id,
    toId: people[to]!.id,
    kind,
    note: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: null
  })
  const links = people.slice(1).map((_, i) => link(i + 1, Math.floor(i / 4), 'reportsTo'))
  for (let i = 7; i < n; i += 7) links.push(link(i, (i * 13) % i, 'influences'))
  for (let i = 11; i < n; i += 11) links.push(link(i, i - 5, i % 2 ? 'ally' : 'rival'))
  return { people, links }
}

test('stakeholder map: layout and render at 50, 300 and 1,000 people', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  const now = Date.now()
  const results: string[] = []

  for (const n of SIZES) {
    const accountId = randomUUID()
    const account = { ...emptyAccountDraft(), name: `Bench ${n}`, id: accountId, createdAt: now, updatedAt: now, deletedAt: null }
    const { people, links } = committee(accountId, n, now)
    await page.evaluate(
      ({ account, people, links }) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('account-atlas')
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const tx = req.result.transaction(['accounts', 'stakeholders', 'relationships'], 'readwrite')
            tx.objectStore('accounts').put(account)
            for (const p of people) tx.objectStore('stakeholders').put(p)
            for (const l of links) tx.objectStore('relationships').put(l)
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          }
        }),
      { account, people, links }
    )

    for (const layout of ['org', 'influence'] as const) {
      await page.goto('./')
      await expect(page.getByTestId('app-shell')).toBeVisible()
      const start = Date.now()
      await page.evaluate((id) => (window.location.hash = `#/accounts/${id}/stakeholders`), accountId)
      const graph = page.getByTestId('atlas-graph')
      await expect(graph).toHaveAttribute('data-nodes', String(n), { timeout: 120_000 })
      if (layout === 'influence') {
        await page.getByRole('radio', { name: /Influence view|影响力视图/ }).click()
        await expect(graph).toHaveAttribute('data-layout', 'influence', { timeout: 120_000 })
      }
      // Wait for two frames so the canvas has drawn.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      const total = Date.now() - start
      const layoutMs = Number(await graph.getAttribute('data-layout-ms'))
      const target = TARGETS_MS[n]!
      results.push(
        `${String(n).padStart(5)} people · ${layout.padEnd(9)} · layout ${layoutMs.toFixed(0).padStart(5)} ms · open→drawn ${String(total).padStart(5)} ms` +
          ` (layout target ${target} ms: ${(layoutMs / target).toFixed(2)}×)`
      )
    }
  }
  console.log(`\nStakeholder map benchmark (${SIZES.join(' / ')} people; org = dagre, influence = fcose)\n${results.join('\n')}\n`)
})
