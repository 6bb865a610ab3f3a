import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { translate, type MessageKey } from '#shared/i18n/translate'
import { putRawTables } from '../rawDb'
import { expect, test } from './fixtures'
import { startWith } from './screenshots/startWith'
import { objectionRow } from './seeds/todayRows'
import { twelvePersonAccount } from './seeds/twelvePeople'

// Every main screen, seeded with the shared 12-person account and in both themes, has no serious or
// critical axe violation (WCAG 2.0 A/AA and 2.1 AA), and carries its landmarks and exactly one h1.
// The failure lists every screen's violations at once: rule, impact, the element and, for contrast,
// the colours and ratio axe measured.

type Problem = { screen: string; rule: string; impact: string; help: string; targets: string[]; details: string[] }

const SERIOUS = new Set(['serious', 'critical'])
const DAY = 86_400_000

async function audit(page: Page, screen: string, problems: Problem[]): Promise<void> {
  // Legacy mode runs axe in the page itself (no extra page per run for the report), several times faster
  // on a busy machine; the brief's preview is a script-less sandboxed frame, which axe cannot enter either way.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze()
  for (const violation of results.violations) {
    if (!SERIOUS.has(violation.impact ?? '')) continue
    problems.push({
      screen,
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((n) => n.target.join(' ')),
      details: violation.nodes.map((n) => [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; '))
    })
  }
}

/** The landmarks a screen reader lists, and the page's h1s (a dialog is its own screen and needs none). */
async function structure(page: Page, screen: string, problems: Problem[], { dialog = false } = {}): Promise<void> {
  const h1 = await page.locator('h1:visible').count()
  const missing: string[] = []
  for (const role of ['banner', 'navigation', 'main'] as const) {
    if ((await page.getByRole(role, { includeHidden: dialog }).count()) === 0) missing.push(role)
  }
  if (missing.length > 0)
    problems.push({ screen, rule: 'landmarks', impact: 'serious', help: 'missing landmark', targets: missing, details: [] })
  if (!dialog && h1 !== 1)
    problems.push({ screen, rule: 'one-h1', impact: 'serious', help: `expected exactly one visible h1, found ${h1}`, targets: [], details: [] })
}

function report(problems: Problem[]): string {
  return problems
    .map((p) =>
      [`[${p.screen}] ${p.rule} (${p.impact}): ${p.help}`, ...p.targets.map((target, i) => `    ${target}${p.details[i] ? `\n      ${p.details[i]}` : ''}`)].join('\n')
    )
    .join('\n')
}

async function go(page: Page, hash: string) {
  await page.evaluate((hash) => {
    location.hash = hash
  }, hash)
}

for (const language of ['zh-CN', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every main screen has no serious or critical axe violation, ${language}, ${theme}`, async ({ page }) => {
      test.setTimeout(300_000)
      const t = (key: MessageKey) => translate(language, key)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await startWith(page, language, theme)
      const problems: Problem[] = []
      const check = async (screen: string, options?: { dialog?: boolean }) => {
        await audit(page, screen, problems)
        await structure(page, screen, problems, options)
      }

      // Empty states first: a new rep's Today and account list.
      await page.goto('./#/today')
      await expect(page.getByRole('heading', { name: t('today.start.title') })).toBeVisible()
      await check('Today, empty')
      await go(page, '#/accounts')
      await expect(page.getByRole('heading', { name: t('accounts.empty.title') })).toBeVisible()
      await check('Accounts, empty')

      const now = Date.now()
      const seed = twelvePersonAccount(now, 3)
      const raiser = seed.people.find((p) => p.name === '赵志刚')!
      const objections = [
        objectionRow(seed.account, '寿命数据不可信', now - 5 * DAY, { raisedById: raiser.id }),
        objectionRow(seed.account, '价格比现供应商高 15%', now - 20 * DAY, { status: 'resolved', resolvedAt: now - 5 * DAY, response: '算总拥有成本' })
      ]
      const empty = twelvePersonAccount(now, 0)
      empty.account.id = crypto.randomUUID()
      empty.account.name = '空白客户'
      await putRawTables(page, {
        accounts: [seed.account, { ...empty.account }],
        stakeholders: seed.people,
        relationships: seed.relationships,
        visits: seed.visits,
        objections
      })
      await page.reload()
      await expect(page.getByTestId('app-shell')).toBeVisible()
      const id = seed.account.id

      await go(page, '#/today')
      await expect(page.getByTestId('today-screen')).toBeVisible()
      await check('Today')

      await go(page, '#/accounts')
      await expect(page.getByTestId('account-row')).toHaveCount(2)
      await check('Accounts')

      await go(page, `#/accounts/${id}`)
      await expect(page.getByTestId('account-glance')).toBeVisible({ timeout: 20_000 })
      await check('Overview')
      await page.getByRole('button', { name: t('glance.editDetails') }).click()
      await expect(page.locator('#account-details')).toBeVisible()
      await check('Overview, details open')

      await go(page, `#/accounts/${id}/dossier`)
      await expect(page.locator('[contenteditable="true"]').first()).toBeVisible()
      await check('Dossier')

      await go(page, `#/accounts/${id}/stakeholders`)
      await expect(page.getByTestId('graph-node').first()).toBeAttached()
      await check('Stakeholders')
      await page.getByTestId('stakeholder-row').filter({ hasText: '赵志刚' }).getByRole('button').first().click()
      await expect(page.getByTestId('stakeholder-editor')).toBeVisible()
      await check('Stakeholders, a person open')

      await go(page, `#/accounts/${id}/visits`)
      await expect(page.getByTestId('visit-item').first()).toBeVisible()
      await expect(page.getByTestId('objection-item').first()).toBeVisible()
      await check('Visits, objections and competitors')
      await page.getByRole('button', { name: t('visits.plan'), exact: true }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check('Plan visit dialog', { dialog: true })
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toBeHidden()

      await go(page, `#/accounts/${id}/brief`)
      await expect(page.getByTestId('brief-preview')).toBeVisible()
      await check('Brief')

      await go(page, `#/accounts/${empty.account.id}/stakeholders`)
      await expect(page.getByRole('heading', { level: 1, name: '空白客户' })).toBeVisible()
      await check('Stakeholders, empty')
      await go(page, `#/accounts/${empty.account.id}/visits`)
      await expect(page.getByRole('button', { name: t('visits.plan'), exact: true })).toBeVisible()
      await check('Visits, empty')

      await page.keyboard.press('Control+k')
      const search = page.getByTestId('search')
      await expect(search.getByRole('combobox')).toBeVisible()
      await search.getByRole('combobox').fill('刘芳')
      await expect(search.getByTestId('search-hit').first()).toBeVisible()
      await check('Search dialog', { dialog: true })
      await page.keyboard.press('Escape')
      await expect(search).toBeHidden()

      await page.getByRole('button', { name: t('nav.settings') }).click()
      const settings = page.getByRole('dialog', { name: t('nav.settings') })
      await expect(settings).toBeVisible()
      await check('Settings dialog with backup', { dialog: true })
      await page.keyboard.press('Escape')
      await expect(settings).toBeHidden()
      await page.getByTestId('edition-marker').click()
      await expect(page.getByRole('dialog', { name: t('about.title') })).toBeVisible()
      await check('About dialog', { dialog: true })

      expect(problems, `serious or critical accessibility problems:\n${report(problems)}`).toEqual([])
    })
  }
}
