import type { PaperSize } from './briefModel'
import { escapeCssString } from './escapeHtml'
import { contentBox, MIN_PRINT_PT, PAGE_MARGIN_MM, SHEET_CLAMP, SHEET_COLUMN_GAP_MM, SHEET_LINE_HEIGHT } from './sheetFit'

/** CJK first for Chinese glyphs on every platform, then the Latin system fonts. */
export const BRIEF_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Segoe UI", -apple-system, "Helvetica Neue", Arial, sans-serif'

/** Print CSS: paper size, margins, a running header and page numbers in the page margins. */
export interface PageNumberText {
  before: string
  middle: string
  after: string
}

export function briefStyles(paper: PaperSize, headerText: string, page: PageNumberText): string {
  const sheet = contentBox(paper)
  const clamp = (lines: number) => `display: -webkit-box; -webkit-line-clamp: ${lines}; -webkit-box-orient: vertical; white-space: normal; overflow: hidden;`
  return `
@page {
  size: ${paper === 'Letter' ? 'letter' : 'A4'};
  margin: ${PAGE_MARGIN_MM.y}mm ${PAGE_MARGIN_MM.x}mm;
  @top-left { content: "${escapeCssString(headerText)}"; font: 8pt ${BRIEF_FONT_STACK}; color: #6b7280; }
  @bottom-right { content: "${escapeCssString(page.before)}" counter(page) "${escapeCssString(page.middle)}" counter(pages) "${escapeCssString(page.after)}"; font: 8pt ${BRIEF_FONT_STACK}; color: #6b7280; }
}
@page cover { @top-left { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.5 ${BRIEF_FONT_STACK}; color: #111827; background: #fff; }
.screen-page { max-width: 210mm; margin: 0 auto; padding: 12mm 14mm; }
@media print { .screen-page { padding: 0; max-width: none; } }
h1 { font-size: 22pt; margin: 0 0 2mm; letter-spacing: -0.01em; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #4338ca; color: #1e1b4b; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.muted { color: #6b7280; }
.small { font-size: 8.5pt; }
.cover { page: cover; break-after: page; min-height: 230mm; display: flex; flex-direction: column; justify-content: center; }
.cover .eyebrow { text-transform: uppercase; letter-spacing: 0.12em; color: #4338ca; font-size: 9pt; font-weight: 600; }
.cover h1 { font-size: 30pt; margin: 4mm 0; }
.toc { margin-top: 14mm; padding: 0; list-style: none; counter-reset: toc; }
.toc li { counter-increment: toc; padding: 1.5mm 0; border-bottom: 0.5pt solid #e5e7eb; }
.toc li::before { content: counter(toc) ". "; color: #4338ca; font-weight: 600; }
.sheet-head { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #4338ca; padding-bottom: 2mm; margin-bottom: 2mm; }
.sheet-head h1 { font-size: 17pt; margin: 0; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm 6mm; margin: 2mm 0; }
.fact { break-inside: avoid; }
.fact .label { font-size: 7.5pt; color: #6b7280; text-transform: uppercase; letter-spacing: 0.04em; }
.fact .value { font-weight: 600; }
.pill { display: inline-block; white-space: nowrap; padding: 0.3mm 2mm; border-radius: 3mm; font-size: 8pt; font-weight: 600; background: #eef2ff; color: #3730a3; }
.pill.good { background: #dcfce7; color: #166534; }
.pill.warn { background: #fef3c7; color: #92400e; }
.pill.bad { background: #fee2e2; color: #991b1b; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9pt; }
thead { display: table-header-group; }
th { white-space: nowrap; text-align: left; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #4b5563; background: #f3f4f6; padding: 1.5mm 2mm; }
td { padding: 1.8mm 2mm; border-bottom: 0.5pt solid #e5e7eb; vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
ul.points { margin: 0; padding-left: 4mm; }
.graph { text-align: center; margin: 2mm 0; break-inside: avoid; }
.graph img { max-width: 100%; height: auto; max-height: 115mm; object-fit: contain; border: 0.5pt solid #e5e7eb; border-radius: 2mm; padding: 2mm; }
/* The one-page sheet: every block has a known height (see sheetFit.ts), so it can be fitted before printing. */
.one-page { font-size: var(--fs); line-height: ${SHEET_LINE_HEIGHT}; max-height: ${sheet.height.toFixed(1)}mm; overflow: hidden; }
.one-page .sheet-head h1 { font-size: calc(var(--fs) * 1.9); line-height: 1.2; }
.one-page h2 { font-size: calc(var(--fs) * 1.22); line-height: ${SHEET_LINE_HEIGHT}; margin: 2.4mm 0 1mm; padding-bottom: 0.8mm; }
.one-page h3 { font-size: var(--fs); line-height: ${SHEET_LINE_HEIGHT}; margin: 0.8mm 0; }
.one-page p { margin: 0; }
.one-page .small, .one-page th, .one-page .fact .label, .one-page .pill { font-size: max(${MIN_PRINT_PT}pt, calc(var(--fs) * 0.88)); }
.one-page .pill { line-height: 1.15; padding: 0 1.5mm; }
.one-page .facts { grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 0 4mm; margin: 0.5mm 0 0; }
.one-page .fact .label, .one-page .fact .value { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.one-page .fact .label, .one-page th { text-transform: none; letter-spacing: 0; }
.one-page th { overflow: hidden; text-overflow: ellipsis; }
.one-page table { table-layout: fixed; margin: 0; font-size: var(--fs); }
.one-page th, .one-page td { padding: 1mm 1.5mm; line-height: ${SHEET_LINE_HEIGHT}; }
.one-page td, .one-page td > div, .one-page li, .one-page .line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.one-page ul { margin: 0; padding-left: 5mm; }
.one-page ul.points { padding-left: 3.5mm; }
.one-page .clamp-2 { ${clamp(2)} }
.one-page .clamp-3 { ${clamp(SHEET_CLAMP.objective)} }
.one-page .graph { margin: 1mm 0 0; }
.one-page .graph img { max-height: none; max-width: none; padding: 1mm; }
.one-page td.person { min-width: 0; }
.one-page col.c-tags { width: 22%; } .one-page col.c-name { width: 34%; } .one-page col.c-stance { width: 14%; }
.one-page col.c-influence { width: 12%; } .one-page col.c-contact { width: 18%; }
.one-page col.c-person { width: 27%; } .one-page col.c-roles { width: 19%; } .one-page col.c-cares { width: 42%; }
.one-page col.c-date { width: 20%; } .one-page col.c-objective { width: 40%; } .one-page col.c-outcome { width: 40%; }
.one-page .sheet-cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: ${SHEET_COLUMN_GAP_MM}mm; }
.one-page .sheet-cols > div { min-width: 0; }
.one-page .sheet-cols section:first-child h2 { margin-top: 2.4mm; }
.more { margin: 0.5mm 0 0; }
/* A short section (the next visit) moves to the next page whole rather than leave its heading behind. */
.keep { break-inside: avoid; }
.legend { margin-top: 1mm; line-height: 1.35; }
.legend > div { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.legend .link { margin-right: 4mm; white-space: nowrap; }
.legend svg { vertical-align: middle; }
td.never { color: #b45309; }
.finding { margin: 1mm 0; padding-left: 3mm; border-left: 2pt solid #c7d2fe; break-inside: avoid; }
.finding.unverified { border-left-color: #f59e0b; }
.flag { color: #991b1b; }
.sensitive { color: #7c2d12; font-style: italic; }
.text-block { white-space: pre-wrap; }
/* No date breaks inside ("2026年11月1/日"), no Chinese name or title breaks mid-word. */
.date, .plan-when { white-space: nowrap; }
td.person { min-width: 34mm; word-break: keep-all; overflow-wrap: normal; }
td.roles { min-width: 22mm; word-break: keep-all; }
.cover-facts { margin-top: 10mm; grid-template-columns: repeat(3, 1fr); gap: 4mm 6mm; }
.cover-facts .value { font-size: 11pt; }
.empty { color: #9ca3af; font-style: italic; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
`
}
