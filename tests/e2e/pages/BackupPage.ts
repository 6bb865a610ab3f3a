import { expect, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

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

  /** The restore preview of a file read and checked. */
  get preview(): Locator {
    return this.page.getByRole('dialog', { name: '恢复这份备份？' })
  }

  /** Merges the previewed file in (the preview's default). */
  async merge() {
    await this.preview.getByRole('button', { name: '合并', exact: true }).click()
    await expect(this.preview).toBeHidden()
  }

  /** The toast that reports what a restore added, updated and skipped. */
  imported(counts: { added: number; updated: number; current: number }): Locator {
    return this.page.getByText(`备份已恢复：新增 ${counts.added} 条，更新 ${counts.updated} 条，${counts.current} 条已是最新。`)
  }

  /** Opens settings, restores a fixture backup (merged) and closes the dialog again. */
  async restore(fixture: string) {
    await this.openSettings()
    await this.importFile(fixture)
    await this.merge()
    await expect(this.page.getByText(/备份已恢复/)).toBeVisible()
    await this.close()
  }

  /** Exports a backup and returns the downloaded zip's manifest and tables, read back from its entries. */
  async export(): Promise<{ name: string; format: string; tables: Record<string, Record<string, unknown>[]>; entries: string[] }> {
    const download = await Promise.all([this.page.waitForEvent('download'), this.settings.getByRole('button', { name: '导出备份…' }).click()]).then(([d]) => d)
    const entries = unzipSync(new Uint8Array(readFileSync(await download.path())))
    const tables: Record<string, Record<string, unknown>[]> = {}
    for (const [name, bytes] of Object.entries(entries)) {
      const table = /^tables\/(\w+)\.jsonl$/.exec(name)?.[1]
      if (table) tables[table] = strFromU8(bytes).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)
    }
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { format: string }
    return { name: download.suggestedFilename(), format: manifest.format, tables, entries: Object.keys(entries) }
  }

  async close() {
    await this.page.keyboard.press('Escape')
    await expect(this.settings).toBeHidden()
  }
}
