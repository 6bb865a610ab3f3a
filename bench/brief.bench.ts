import { test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildBriefModel, defaultBriefOptions, renderBriefHtml } from '#shared/domain/brief'
import { briefInput, person, visit } from '#shared/domain/brief/briefFixture'
import { INTEL_CHANNELS } from '#shared/schemas/enums'

// Targets for a ~10-page brief on these 2-core machines; figures are printed, never asserted.
const TARGET_RENDER_MS = 50
const TARGET_PDF_MS = 3000

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

test('brief: model + HTML render and PDF print of a ~10-page brief', async ({ page }) => {
  const stakeholders = Array.from({ length: 60 }, (_, i) =>
    person(i + 1, { name: `人员${i + 1}`, title: '采购工程师', roles: ['user', 'influencer'], caresAbout: '交期稳定、质量一致、售后响应快', sensitiveNotes: '敏感' })
  )
  const plan = { ...visit(99, -3, '确认试用方案'), status: 'planned' as const, attendeeIds: stakeholders.slice(0, 8).map((s) => s.id) }
  const visits = [plan, ...Array.from({ length: 40 }, (_, i) => visit(i + 1, i * 7 + 1, `第 ${i + 1} 次拜访：技术交流与样品反馈`))]
  const paragraph = '门卫说老板每周一上午在厂里，仓库里的轴承多为进口品牌，年用量大约两万套。'.repeat(12)
  const input = briefInput({
    stakeholders,
    visits,
    dossier: INTEL_CHANNELS.map((channel) => ({ channel, text: paragraph })),
    talkingPoints: Object.fromEntries(stakeholders.map((s) => [s.id, ['降低总成本', '供货稳定', '技术支持']]))
  })
  const options = { ...defaultBriefOptions('full'), channels: [...INTEL_CHANNELS] }

  const renderTimes: number[] = []
  let html = ''
  for (let i = 0; i < 20; i++) {
    const start = performance.now()
    html = renderBriefHtml(buildBriefModel(input, options), 'zh-CN')
    renderTimes.push(performance.now() - start)
  }

  const pdfTimes: number[] = []
  let pdf: Buffer = Buffer.alloc(0)
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    await page.setContent(html, { waitUntil: 'load' })
    pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    pdfTimes.push(performance.now() - start)
  }
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-bench-')), 'brief.pdf')
  writeFileSync(file, pdf)
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]

  const render = median(renderTimes)
  const print = median(pdfTimes)
  console.log(`[bench brief] ${pages} pages, ${(html.length / 1024).toFixed(0)} KiB HTML, ${(pdf.length / 1024).toFixed(0)} KiB PDF`)
  console.log(`[bench brief] model+HTML render median ${render.toFixed(1)} ms (target ${TARGET_RENDER_MS} ms, ratio ${(render / TARGET_RENDER_MS).toFixed(2)})`)
  console.log(`[bench brief] Chromium PDF print median ${print.toFixed(0)} ms (target ${TARGET_PDF_MS} ms, ratio ${(print / TARGET_PDF_MS).toFixed(2)})`)
})
