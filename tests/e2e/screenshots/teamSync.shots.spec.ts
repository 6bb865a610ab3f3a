import { test } from '../fixtures'
import { DossierPage } from '../pages/DossierPage'
import { CHANGED_SCREENSHOTS_REASON, CHANGED_SCREENSHOTS_WANTED, SHOTS_DIR, startWith } from './startWith'

// Screenshots of a shared account's dossier (bound to its team text documents) and of a copy that is
// read-only because the rep was removed from the account, and the notice that a damaged copy was rebuilt,
// in both languages and themes at two widths.
// Skipped unless asked for:
//   CHANGED_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots/teamSync.shots.spec.ts
test.skip(!CHANGED_SCREENSHOTS_WANTED, CHANGED_SCREENSHOTS_REASON)

const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }] }] }
})

for (const language of ['zh-CN', 'en'] as const) {
  test.describe(language, () => {
    test.use({ locale: language })
    for (const theme of ['light', 'dark'] as const) {
      test(`Team sync read-only and shared dossier, ${language}, ${theme}`, async ({ page }) => {
        test.setTimeout(120_000)
        await startWith(page, language, theme)
        const dossier = new DossierPage(page)
        const note = language === 'en' ? 'The warehouse lead says spare parts run out in May; the second shift is short of forklifts.' : '仓库主管说五月备件会断货；二班叉车不够用。'
        const { accountId } = await dossier.seed('华东精密', [{ name: '王建国', title: '采购经理' }], [
          { channel: 'warehouse', content: paragraph(note), plainText: note },
          { channel: 'gatekeeper', content: null, plainText: '' }
        ])
        for (const refused of [null, 'not-member'] as const) {
          await dossier.app.putRawRow('syncAccounts', { accountId, sharedAt: Date.now() - 86_400_000, lastSyncedAt: Date.now() - 3_600_000, pending: 0, refused, clientIds: [] })
          await dossier.reload()
          await dossier.paragraph('warehouse', note.slice(0, 12)).waitFor()
          for (const width of [1280, 1920]) {
            await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
            const shot = (name: string) => page.screenshot({ path: `${SHOTS_DIR}/${name}-${language}-${theme}-${width}.png`, animations: 'disabled' })
            await page.goto(`./#/accounts/${accountId}/dossier`)
            await dossier.ready()
            await shot(refused ? 'team-removed-dossier' : 'team-shared-dossier')
            if (refused) {
              await page.goto(`./#/accounts/${accountId}`)
              await page.getByTestId('sync-read-only').waitFor()
              await shot('team-removed-overview')
            }
          }
        }

        // A damaged local copy rebuilt from the server: the notice on the account's header.
        const lostSince = Date.now() - 3_600_000
        await dossier.app.putRawRow('syncAccounts', { accountId, sharedAt: Date.now() - 86_400_000, lastSyncedAt: lostSince, pending: 0, refused: null, clientIds: [], rebuilt: { at: Date.now(), lostSince } })
        await dossier.app.reload()
        for (const width of [1280, 1920]) {
          await page.setViewportSize({ width, height: width === 1280 ? 800 : 1080 })
          await page.goto(`./#/accounts/${accountId}`)
          await page.getByTestId('sync-rebuilt').waitFor()
          await page.screenshot({ path: `${SHOTS_DIR}/team-rebuilt-overview-${language}-${theme}-${width}.png`, animations: 'disabled' })
        }
      })
    }
  })
}
