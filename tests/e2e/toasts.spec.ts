import type { Page } from '@playwright/test'
import { putRawTables } from '../rawDb'
import { expect, test } from './fixtures'
import { StakeholdersPage } from './pages/StakeholdersPage'
import { twelvePersonAccount } from './seeds/twelvePeople'

test.use({ locale: 'zh-CN' })

type Box = { x: number; y: number; width: number; height: number }
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Every toast on screen, with its box, checked against the graph canvas's box. */
async function expectNoToastOnCanvas(page: Page, when: string) {
  const canvas = (await page.getByTestId('atlas-graph').boundingBox())!
  const toasts = page.getByTestId('toast')
  await expect(toasts.first()).toBeVisible()
  const boxes = await toasts.evaluateAll((els) => els.map((el) => ({ ...el.getBoundingClientRect().toJSON(), text: el.textContent ?? '' })))
  for (const box of boxes) expect(intersects(box, canvas), `${when}: "${box.text}" at ${JSON.stringify(box)} overlaps the canvas ${JSON.stringify(canvas)}`).toBe(false)
  return boxes
}

async function openMap(page: Page) {
  const map = new StakeholdersPage(page)
  const seed = twelvePersonAccount(Date.now(), 3)
  await map.app.open()
  await putRawTables(page, { accounts: [seed.account], stakeholders: seed.people, relationships: seed.relationships, visits: seed.visits })
  await map.app.reload()
  await map.open(seed.account.id)
  await expect(map.nodes).toHaveCount(12)
  return map
}

test('toasts from a burst of actions on the stakeholder map never cover the canvas, and at most three show', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const map = await openMap(page)
  const toasts = page.getByTestId('toast')

  await page.getByRole('button', { name: '重新排布' }).click()
  await expectNoToastOnCanvas(page, 'positions reset')
  // The same message again replaces the first instead of stacking.
  await page.getByRole('button', { name: '重新排布' }).click()
  await expect(toasts.filter({ hasText: '已清除手动位置' })).toHaveCount(1)
  await map.exportAs('SVG')
  await expectNoToastOnCanvas(page, 'SVG exported')
  await map.exportAs('PNG')
  await expectNoToastOnCanvas(page, 'PNG exported')
  await map.addPerson({ name: '周工', title: '设备主管', department: '设备部' })
  // Back to the top, where the canvas fills most of the window.
  await page.locator('.ui-appframe__main').evaluate((main) => main.scrollTo(0, 0))
  await expect(map.graph).toBeInViewport({ ratio: 0.7 })
  const boxes = await expectNoToastOnCanvas(page, 'person added')
  expect(boxes.length).toBeLessThanOrEqual(3)
  // The newest is at the bottom of the stack, each one keeps its close button.
  expect(boxes.at(-1)!.text).toContain('已添加 周工')
  await expect(toasts.last().getByRole('button', { name: '关闭' })).toBeVisible()
  await map.artefact('toasts-stakeholders-1280')

  // Scrolled so the canvas reaches the window's bottom edge, where the toasts are: still clear of it.
  await page.locator('.ui-appframe__main').evaluate((main) => main.scrollBy(0, 100))
  expect((await page.getByTestId('atlas-graph').boundingBox())!.y + 600).toBeGreaterThan(760)
  await map.exportAs('SVG')
  await expectNoToastOnCanvas(page, 'scrolled')

  // Wider and narrower windows: beside the canvas at 1920 and at 1024 (the side column narrows beside it, the
  // sidebar a rail), and still off the canvas at 1024 with the sidebar open, where the side column moves above it.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await map.exportAs('PNG')
  await expectNoToastOnCanvas(page, '1920 wide')
  await page.setViewportSize({ width: 1024, height: 768 })
  await map.exportAs('SVG')
  const narrow = await expectNoToastOnCanvas(page, '1024 wide')
  const canvas = (await page.getByTestId('atlas-graph').boundingBox())!
  for (const box of narrow) expect(box.x).toBeGreaterThanOrEqual(canvas.x + canvas.width)
  await page.getByRole('button', { name: '侧边栏' }).click()
  await map.exportAs('PNG')
  await expectNoToastOnCanvas(page, '1024 wide, sidebar open')

  // Dismissing by its button works from the keyboard.
  await toasts.last().getByRole('button', { name: '关闭' }).focus()
  const count = await toasts.count()
  await page.keyboard.press('Enter')
  await expect(toasts).toHaveCount(count - 1)
})
