import { expect, test } from './fixtures'
import { DossierPage } from './pages/DossierPage'
import { StakeholdersPage, storedRows } from './pages/StakeholdersPage'
import { VisitsPage } from './pages/VisitsPage'

const LABELS = {
  zh: { accept: '加入关系图', dismiss: '忽略', undo: '撤销', buyer: '采购者', evidence: '依据' },
  en: { accept: 'Add to map', dismiss: 'Dismiss', undo: 'Undo', buyer: 'Buyer', evidence: 'Evidence' }
}

async function people(page: import('@playwright/test').Page) {
  return (await storedRows(page, 'stakeholders')) as { name: string; roles: string[]; deletedAt: number | null; title: string; isCoach: boolean }[]
}

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' })

  test('a paragraph naming two new people and one on the map: two suggestions, one mention; accept one, dismiss the other', async ({ page }) => {
    const d = new DossierPage(page)
    const { accountId } = await d.seed('华东精密机械有限公司', [{ name: '王建国', title: '采购经理' }])
    await d.type('purchasing', '今天见了采购部长孙海燕，王经理也在。技术部的刘工说要先试装。')

    const panel = d.section('purchasing').getByTestId('capture-panel')
    const suggestions = panel.getByTestId('capture-suggestion')
    await expect(suggestions).toHaveCount(2)
    await expect(suggestions.nth(0)).toContainText('孙海燕')
    await expect(suggestions.nth(0)).toContainText('采购部长 · 采购部')
    await expect(suggestions.nth(0)).toContainText(LABELS.zh.buyer)
    await expect(suggestions.nth(1)).toContainText('刘工')
    // 王经理 is the only 王 with a manager's title on the map: the name became a mention of 王建国.
    await expect(d.editor('purchasing').locator('.mention-host')).toHaveText('@王建国')

    await suggestions.nth(0).getByRole('button', { name: LABELS.zh.accept }).click()
    await expect(page.getByText('已将孙海燕加入关系图')).toBeVisible()
    await expect(d.editor('purchasing').locator('mark[data-channel="purchasing"]')).toContainText('今天见了采购部长')
    await suggestions.filter({ hasText: '刘工' }).getByRole('button', { name: LABELS.zh.dismiss }).click()
    await expect(panel).toHaveCount(0)
    await expect.poll(async () => (await people(page)).find((p) => p.name === '孙海燕')?.roles).toEqual(['buyer'])

    await d.waitSaved()
    await d.reload()
    await expect(d.editor('purchasing')).toContainText('刘工')
    await expect(d.section('purchasing').getByTestId('capture-panel')).toHaveCount(0)

    const map = new StakeholdersPage(page)
    await map.open(accountId)
    await map.openPerson('孙海燕')
    await expect(map.timeline.first()).toContainText('从采购部门笔记中添加')
    await expect(map.timeline.first()).toContainText(`${LABELS.zh.evidence}：今天见了采购部长`)
  })
})

test.describe('zh-CN, visits', () => {
  test.use({ locale: 'zh-CN' })

  test('a person named in a visit outcome goes on the map as an attendee, with the sentence filed in the dossier as evidence', async ({ page }) => {
    const map = new StakeholdersPage(page)
    const { accountId } = await map.seed('华东精密', [{ name: '王建国', title: '采购经理' }])
    await page.goto(`./#/accounts/${accountId}`)
    const visits = new VisitsPage(page)
    await visits.open()
    await page.getByRole('button', { name: '记录拜访' }).click()
    const dialog = visits.dialog('记录拜访')
    await dialog.getByLabel('日期').fill('2026-11-20')
    await dialog.getByLabel('拜访结果').fill('王经理带我见了设备科长张伟，他答应帮我们引荐技术部。')
    const suggestion = dialog.getByTestId('capture-suggestion')
    await expect(suggestion).toHaveCount(1)
    await expect(suggestion).toContainText('张伟')
    await expect(suggestion).toContainText('可能的内线')
    await suggestion.getByRole('button', { name: LABELS.zh.accept }).click()
    await expect(dialog.getByRole('checkbox', { name: /张伟/ })).toBeChecked()
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await expect.poll(async () => (await people(page)).find((p) => p.name === '张伟')).toMatchObject({ roles: ['user'], isCoach: true, title: '设备科长' })
    const sections = (await storedRows(page, 'dossierSections')) as { channel: string; plainText: string }[]
    expect(sections.find((s) => s.channel === 'production')?.plainText).toContain('王经理带我见了设备科长张伟')
  })
})

test.describe('en', () => {
  test.use({ locale: 'en-US' })

  test('accepting a person from an English note, then Undo, takes them off the map and out of the text', async ({ page }) => {
    const d = new DossierPage(page, 'en')
    await d.seed('Acme Gearboxes', [{ name: 'Sarah Lin', title: 'Procurement Manager' }])
    await d.type('engineering', 'Met chief engineer Tom Becker with Sarah; Dr. Anna Weber (head of R&D) wants 500 h more testing.')

    const suggestions = d.section('engineering').getByTestId('capture-suggestion')
    await expect(suggestions).toHaveCount(2)
    await expect(suggestions.nth(0)).toContainText('Tom Becker')
    await expect(suggestions.nth(0)).toContainText('“Met chief engineer Tom Becker with @Sarah Lin;”')
    await expect(suggestions.nth(1)).toContainText('Dr. Anna Weber')
    await expect(d.editor('engineering').locator('.mention-host')).toHaveText('@Sarah Lin')

    await suggestions.nth(0).focus()
    await page.keyboard.press('Enter')
    await expect(d.editor('engineering').locator('.mention-host')).toHaveCount(2)
    await expect.poll(async () => (await people(page)).find((p) => p.name === 'Tom Becker')?.roles).toEqual(['technicalEvaluator'])

    await page.locator('.ui-toast').getByRole('button', { name: LABELS.en.undo }).click()
    await expect.poll(async () => (await people(page)).find((p) => p.name === 'Tom Becker')?.deletedAt).not.toBeNull()
    await expect(d.editor('engineering').locator('.mention-host')).toHaveCount(1)
    await expect(d.editor('engineering')).toContainText('chief engineer Tom Becker')

    // Correct a suggestion before it goes on the map: the name without "Dr.", and an influencer's role.
    const anna = suggestions.filter({ hasText: 'Anna Weber' })
    await anna.getByRole('button', { name: 'Edit' }).click()
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Anna Weber')
    await page.getByRole('combobox', { name: 'Buying role' }).selectOption({ label: 'Influencer' })
    await page.getByRole('textbox', { name: 'Name', exact: true }).press('Enter')
    await expect.poll(async () => (await people(page)).find((p) => p.name === 'Anna Weber')?.roles).toEqual(['influencer'])
    await expect(d.editor('engineering').locator('.mention-host').filter({ hasText: '@Anna Weber' })).toHaveCount(1)
  })
})
