import { expect, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')

/** Page model for the backup part of the settings dialog (zh-CN labels); files come from tests/fixtures. */
export class BackupPage {
  constructor(readonly page: Page) {}

  get settings(): Locator {
    return this.page.getByRole('dialog', { name: '设置' })
  }
  get error(): Locator {
    return this.settings.getByRole('alert')
  }

  async openSettings() {
    await this.page.getByRole('button', { name: '设置' }).click()
    await expect(this.settings).toBeVisible()
  }

  async importFile(fixture: string) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.settings.getByRole('button', { name: '导入备份…' }).click()
    await (await chooser).setFiles(join(FIXTURES, fixture))
  }

  /** The toast that reports what an import added, updated and skipped. */
  imported(counts: { added: number; updated: number; current: number }): Locator {
    return this.page.getByText(`备份已导入：新增 ${counts.added} 条，更新 ${counts.updated} 条，${counts.current} 条已是最新。`)
  }

  /** Opens settings, restores a fixture backup and closes the dialog again. */
  async restore(fixture: string) {
    await this.openSettings()
    await this.importFile(fixture)
    await expect(this.page.getByText(/备份已导入/)).toBeVisible()
    await this.close()
  }

  /** Exports a backup and returns the downloaded file, parsed. */
  async export(): Promise<{ format: string; tables: Record<string, Record<string, unknown>[]> }> {
    const download = this.page.waitForEvent('download')
    await this.settings.getByRole('button', { name: '导出备份…' }).click()
    return JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  }

  async close() {
    await this.page.keyboard.press('Escape')
    await expect(this.settings).toBeHidden()
  }
}
