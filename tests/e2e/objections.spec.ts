import { expect, test } from './fixtures'
import { ObjectionsPage } from './pages/ObjectionsPage'
import { AccountsApp } from './pages/AccountsApp'

test.use({ locale: 'zh-CN' })

test('an objection raised by a named person at a visit shows who and when in the list and the brief', async ({ page }) => {
  const app = new ObjectionsPage(page)
  await app.start()
  const id = await app.seedAccount(
    { name: '苏州恒力机械', stage: 'discover' },
    { stageDaysAgo: 10, people: [{ name: '李娜', title: '采购部长' }, { name: '赵志刚', title: '设备科工程师' }], visits: [{ kind: 'firstVisit', daysAgo: 3 }] }
  )
  await app.openTab(id, 'visits')
  await app.addObjection({
    text: '你们的价格比现在的供应商高 8%',
    raisedBy: { label: '提出人', option: '李娜 · 采购部长' },
    visit: { label: '提出时间', option: '初次拜访' },
    addLabel: '添加异议',
    saveLabel: '保存'
  })
  await expect(app.objections).toHaveCount(1)
  await expect(app.objections.getByTestId('objection-provenance')).toHaveText(/^提出人：李娜 · .*初次拜访时提出$/)

  await page.reload()
  await expect(app.objections.getByTestId('objection-provenance')).toContainText('提出人：李娜')

  // The brief lists the open objection with who raised it.
  await app.openTab(id, 'brief')
  await app.chooseAccountBrief()
  await expect.poll(() => app.briefHtml()).toContain('你们的价格比现在的供应商高 8%')
  expect(await app.briefHtml()).toContain('提出人：李娜')
})

test('a stage change appears on the account timeline, the new stage current', async ({ page }) => {
  const app = new ObjectionsPage(page)
  await app.start()
  const id = await app.seedAccount({ name: '苏州恒力机械', stage: 'discover' }, { stageDaysAgo: 10 })
  await app.openTab(id, 'overview')
  // The timeline sits with the form, behind "编辑详细资料".
  await new AccountsApp(page).openDetails()
  await expect(app.timeline).toHaveCount(1)
  await expect(app.timeline.first()).toContainText('发现机会当前阶段')

  await app.setStage('销售阶段', '商务谈判', '保存')
  await expect(app.timeline).toHaveCount(2)
  await expect(app.timeline.nth(0)).toHaveText(/^商务谈判当前阶段.* 进入 · 0 天$/)
  await expect(app.timeline.nth(0)).toHaveAttribute('aria-current', 'step')
  await expect(app.timeline.nth(1)).toHaveText(/^发现机会.* 进入 · 10 天$/)
})

for (const locale of ['en', 'zh-CN']) {
  test.describe(`account list at 1280 px (${locale})`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } })

    test('the table fits beside the sidebar, scrollbar included, and no cell is clipped', async ({ page }) => {
      const app = new ObjectionsPage(page)
      await app.start()
      // Enough rows for the page to scroll; the longest labels of each column in both languages.
      for (let i = 0; i < 24; i++) {
        await app.seedAccount(
          { name: `Suzhou Hengli Machinery ${i}`, stage: i % 2 ? 'discover' : 'deliver', positioning: i % 2 ? 'medium' : 'short', classification: 'watch' },
          { stageDaysAgo: 4, visits: [{ kind: 'revisit', daysAgo: 120 + i }] }
        )
      }
      await app.openList()
      const fit = await page.getByTestId('accounts-table').evaluate((table) => {
        const page = table.parentElement!
        const style = getComputedStyle(page)
        const contentRight = page.getBoundingClientRect().left + page.clientWidth - parseFloat(style.paddingRight)
        const cells = [...table.querySelectorAll<HTMLElement>('thead th, tbody tr[data-index] td')]
        return {
          overflow: Math.round(table.getBoundingClientRect().right - contentRight),
          clipped: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => `${c.textContent} ${c.scrollWidth}/${c.clientWidth}`)
        }
      })
      expect(fit.overflow).toBeLessThanOrEqual(0)
      expect(fit.clipped).toEqual([])
    })
  })
}
