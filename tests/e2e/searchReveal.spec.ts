import { doc, paragraph, text } from '#shared/domain/dossier/fixtures'
import { expect, test } from './fixtures'
import { DossierPage } from './pages/DossierPage'
import { SearchDialog } from './pages/SearchDialog'
import { StakeholdersPage } from './pages/StakeholdersPage'

test.use({ locale: 'zh-CN' })

test('Enter on a person found by pinyin opens the map with that person selected and their form open', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', [
    { name: '张伟', title: '采购经理', roles: ['buyer'] },
    { name: '李娜', title: '总经理', roles: ['decisionMaker'] }
  ])
  await map.app.openList()

  const search = new SearchDialog(page)
  await search.open()
  await search.query('zhangwei')
  await expect(search.hits.first()).toContainText('张伟')
  await search.openFirstHit()

  await expect(page).toHaveURL(/\/stakeholders$/)
  await expect(map.node('张伟')).toHaveAttribute('aria-pressed', 'true')
  await expect(map.node('李娜')).toHaveAttribute('aria-pressed', 'false')
  await expect(map.editorField('姓名')).toHaveValue('张伟')
  await expect(map.editorField('姓名')).toBeFocused()
})

const FILLER = '仓库门口每天早上八点收货，叉车两台，月台三个，送货车排队时间大约半小时。'
const lines = (count: number, tag: string) => Array.from({ length: count }, (_, i) => `${tag}第${i + 1}条：${FILLER}`)

test('Enter on a phrase deep in a long dossier section scrolls to its paragraph and flashes it', async ({ page }) => {
  const phrase = '冷却液供应商下个季度换成福斯'
  const gatekeeper = lines(100, '门卫')
  const warehouse = [...lines(36, '仓库'), `听仓管说，${phrase}，价格还没谈定。`, ...lines(8, '仓库补充')]
  const section = (channel: string, texts: string[]) => ({ channel, content: doc(...texts.map((t) => paragraph(text(t)))), plainText: texts.join('\n') })
  const dossier = new DossierPage(page)
  await dossier.seed('华东精密机械有限公司', [], [section('gatekeeper', gatekeeper), section('warehouse', warehouse)])
  await dossier.app.openList()

  const search = new SearchDialog(page)
  await search.open()
  await search.query('冷却液供应商')
  await expect(search.hits.first()).toContainText('冷却液供应商')
  await search.openFirstHit()

  await expect(page).toHaveURL(/\/dossier$/)
  const found = dossier.paragraph('warehouse', phrase)
  await expect(found).toHaveClass(/\bis-flashing\b/)
  await expect(found).toBeInViewport()
  await expect(dossier.section('warehouse')).toBeFocused()
  await expect(page.locator('.is-flashing')).toHaveCount(1)
})
