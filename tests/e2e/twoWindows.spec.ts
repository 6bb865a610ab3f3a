import { expect, test } from './fixtures'
import { doc, paragraph, text } from '#shared/domain/dossier/fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { DossierPage } from './pages/DossierPage'
import { storedRows } from './pages/StakeholdersPage'

// Two windows of the browser edition: two pages in one browser context share the origin, so the same
// IndexedDB. Neither may silently wipe what the other saved.
test.use({ locale: 'en' })

test('two windows on one account: a clean form follows the other, a form with edits asks before either is lost', async ({ page, context }) => {
  const first = new AccountsApp(page)
  const id = await first.seedAccount({ name: 'Acme Bearings', industry: 'Bearings' })
  const second = new AccountsApp(await context.newPage())
  for (const app of [first, second]) {
    await app.page.goto(`./#/accounts/${id}`)
    await expect(app.heading('Acme Bearings')).toBeVisible()
    await app.openDetails()
  }

  // Saved in the first window: the second, with nothing typed, shows it.
  await first.fill({ Industry: 'Gearboxes' })
  await first.save('Save')
  await expect(second.field('Industry')).toHaveValue('Gearboxes')

  // Typed in the second, then saved over in the first: the second is warned and keeps what it typed.
  await second.fill({ Industry: 'Pumps' })
  await first.fill({ Industry: 'Valves' })
  await first.save('Save')
  const banner = second.page.getByTestId('conflict-banner')
  await expect(banner).toContainText('Changed elsewhere')
  await expect(second.field('Industry')).toHaveValue('Pumps')
  expect((await storedRows(page, 'accounts'))[0]).toMatchObject({ industry: 'Valves' })

  // Keeping the second window's edits saves them over the first's, explicitly; the first follows.
  await banner.getByRole('button', { name: 'Keep mine' }).click()
  await expect(banner).toBeHidden()
  await expect(first.field('Industry')).toHaveValue('Pumps')
  expect((await storedRows(page, 'accounts'))[0]).toMatchObject({ industry: 'Pumps' })
})

test('two windows on one dossier section: picked up where the rep is not typing, a choice where they are', async ({ page, context }) => {
  const first = new DossierPage(page, 'en')
  const { accountId } = await first.seed('Acme Bearings', [], [
    { channel: 'gatekeeper', content: doc(paragraph(text('Front desk: the GM decides alone.'))), plainText: 'Front desk: the GM decides alone.' }
  ])
  const second = new DossierPage(await context.newPage(), 'en')
  await second.page.goto(`./#/accounts/${accountId}/dossier`)
  await second.ready()
  await expect(second.editor('gatekeeper')).toContainText('the GM decides alone')

  // Written in the first window; the second's editor is not in use, so it shows the new text.
  await first.type('gatekeeper', ' Budget approved in May.')
  await first.waitSaved()
  await expect(second.editor('gatekeeper')).toContainText('Budget approved in May.')

  // The first window's caret is in the section when the second saves: nothing is swapped under it…
  await first.editor('gatekeeper').click()
  await second.type('gatekeeper', ' Purchasing signs too.')
  await second.waitSaved()
  await expect(first.editor('gatekeeper')).not.toContainText('Purchasing signs too.')
  // …and typing on there is not saved over the second's text: the rep is asked.
  await first.type('gatekeeper', ' Call Wang on Tuesday.')
  const warning = first.section('gatekeeper').getByTestId('section-conflict')
  await expect(warning).toContainText('changed in another window')
  await expect(first.editor('gatekeeper')).toContainText('Call Wang on Tuesday.')
  const stored = async () => (await storedRows(page, 'dossierSections')).find((s) => s.channel === 'gatekeeper')?.plainText
  expect(await stored()).toContain('Purchasing signs too.')
  expect(await stored()).not.toContain('Call Wang')

  // "Keep mine" saves the first window's text; the second, once its rep leaves the editor, shows it.
  await warning.getByRole('button', { name: 'Keep mine' }).click()
  await expect(warning).toBeHidden()
  await first.waitSaved()
  await expect.poll(stored).toContain('Call Wang on Tuesday.')
  await second.page.getByRole('heading', { level: 1 }).click()
  await expect(second.editor('gatekeeper')).toContainText('Call Wang on Tuesday.')
})
