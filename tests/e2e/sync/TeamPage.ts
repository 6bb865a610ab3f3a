import { expect, type Page } from '@playwright/test'

/** Page model for team sync (zh-CN labels): Settings → 团队同步, the share dialog and the badge. */
export class TeamPage {
  constructor(readonly page: Page) {}

  get settings() {
    return this.page.getByRole('dialog', { name: '设置' })
  }

  /** Sets the team server and token, with sync on or off, and saves. */
  async connect(serverUrl: string, token: string, { enabled = true } = {}) {
    await this.page.getByRole('button', { name: '设置' }).click()
    const settings = this.settings
    await settings.getByLabel('服务器地址').fill(serverUrl)
    await settings.getByLabel('个人令牌').fill(token)
    // Flipping the switch saves address, token and the choice at once; with it already as wanted, Save does.
    // The switch shows the saved choice, so it flips once the save is done (100–220 ms here), not on the click.
    const toggle = settings.getByRole('switch', { name: '与团队同步' })
    if ((await toggle.isChecked()) !== enabled) {
      await toggle.click()
      await expect(toggle).toBeChecked({ checked: enabled })
    } else await settings.getByRole('button', { name: '保存', exact: true }).click()
    await expect(this.page.getByText('团队同步设置已保存。').last()).toBeVisible()
    await this.page.keyboard.press('Escape')
    await expect(settings).toBeHidden()
  }

  /** On an open account: shares it with the team and adds the colleagues by name. */
  async share(colleagues: string[]) {
    await this.page.getByRole('button', { name: '与团队共享' }).click()
    const dialog = this.page.getByRole('dialog', { name: /与团队共享/ })
    await dialog.getByRole('button', { name: '共享', exact: true }).click()
    for (const name of colleagues) {
      await dialog.getByLabel('添加成员').selectOption({ label: name })
      await dialog.getByRole('button', { name: '添加', exact: true }).click()
      await expect(this.page.getByText(`已添加 ${name}。`)).toBeVisible()
    }
    await dialog.getByRole('button', { name: '关闭' }).first().click()
  }

  get badge() {
    return this.page.getByTestId('sync-badge')
  }
}
