import { expect, test } from './fixtures'
import { join } from 'node:path'
import { SCREENS_DIR } from './pages/AccountsApp'
import { StakeholdersPage } from './pages/StakeholdersPage'
import { RELATIONSHIP_KINDS } from '#shared/schemas'
import { linkDashArray } from '#shared/domain/values'

test.use({ locale: 'zh-CN' })

/** A manager over two reports; 李经理 influences the manager and is both ally of and an influence on 张工, who sees him as a rival. */
const PEOPLE = [
  { name: '王总', title: '总经理', roles: ['decisionMaker'], stance: 'neutral', influence: 'high' },
  { name: '李经理', title: '采购部经理', roles: ['buyer'], stance: 'supporter', influence: 'medium' },
  { name: '张工', title: '技术部主任', roles: ['technicalEvaluator'], stance: 'unknown', influence: 'medium' }
]
const LINKS: [string, string, string][] = [
  ['李经理', '王总', 'reportsTo'],
  ['张工', '王总', 'reportsTo'],
  ['李经理', '王总', 'influences'],
  ['李经理', '张工', 'ally'],
  ['李经理', '张工', 'influences'],
  ['张工', '李经理', 'rival']
]

type Point = { x: number; y: number }

/** Points along an exported path ("M x,y L x,y ..." or "M x,y Q cx,cy x,y ..."), curves sampled. */
function sample(d: string): Point[] {
  const numbers = (s: string) => s.split(/[ ,]+/).filter(Boolean).map(Number)
  const points: Point[] = []
  let at: Point = { x: 0, y: 0 }
  for (const [, command, args] of d.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const n = numbers(args!)
    if (command === 'Q') {
      const c = { x: n[0]!, y: n[1]! }
      const end = { x: n[2]!, y: n[3]! }
      for (let i = 1; i <= 40; i += 1) {
        const t = i / 40
        points.push({ x: (1 - t) ** 2 * at.x + 2 * (1 - t) * t * c.x + t ** 2 * end.x, y: (1 - t) ** 2 * at.y + 2 * (1 - t) * t * c.y + t ** 2 * end.y })
      }
      at = end
    } else {
      const to = { x: n[0]!, y: n[1]! }
      if (command === 'L') for (let i = 1; i <= 40; i += 1) points.push({ x: at.x + ((to.x - at.x) * i) / 40, y: at.y + ((to.y - at.y) * i) / 40 })
      else points.push(to)
      at = to
    }
  }
  return points
}

const near = (p: Point, line: Point[]) => line.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < 4)

test('each kind of link has its own line on the map and in the export, and no link lies on another', async ({ page }) => {
  const map = new StakeholdersPage(page)
  await map.seed('华东精密机械有限公司', PEOPLE, async (accountId, ids) => {
    const now = Date.now()
    await map.app.putRawRows(
      'relationships',
      LINKS.map(([from, to, kind]) => ({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, accountId, fromId: ids.get(from), toId: ids.get(to), kind, note: '' }))
    )
  })
  await expect(map.nodes).toHaveCount(3)
  await map.graphScreenshot('graph-routing-org.zh-CN')
  await page.locator('.sh-legend').screenshot({ path: join(SCREENS_DIR, 'graph-routing-legend.zh-CN.png') })

  // The legend's samples are the graph's dashes.
  for (const kind of RELATIONSHIP_KINDS) {
    const sample = page.locator(`.sh-legend svg[data-kind="${kind}"] line`)
    const dash = linkDashArray(kind)
    if (dash === 'none') await expect(sample).not.toHaveAttribute('stroke-dasharray')
    else await expect(sample).toHaveAttribute('stroke-dasharray', dash)
  }

  const svg = (await map.exportAs('SVG')).bytes.toString('utf8')
  // What the exported file looks like, kept with the artefacts.
  const viewer = await page.context().newPage()
  await viewer.setContent(svg)
  await viewer.locator('svg').screenshot({ path: join(SCREENS_DIR, 'graph-routing-export.zh-CN.png') })
  await viewer.close()
  const attribute = (tag: string, name: string) => new RegExp(` ${name}="([^"]+)"`).exec(tag)?.[1]
  const paths = [...svg.matchAll(/<path [^>]*data-kind="[^"]+"[^>]*>/g)].map(([tag]) => ({
    d: attribute(tag, 'd')!,
    dash: attribute(tag, 'stroke-dasharray') ?? 'none',
    kind: attribute(tag, 'data-kind')!
  }))
  expect(paths).toHaveLength(LINKS.length)
  for (const { dash, kind } of paths) expect(dash, kind).toBe(linkDashArray(kind as never))

  const lines = paths.map((p) => ({ ...p, points: sample(p.d) }))
  for (const a of lines)
    for (const b of lines) {
      if (a === b || (a.kind === 'reportsTo' && b.kind === 'reportsTo')) continue
      const middle = a.points.slice(Math.floor(a.points.length * 0.15), Math.ceil(a.points.length * 0.85))
      const shared = middle.filter((p) => near(p, b.points)).length / middle.length
      expect(shared, `${a.kind} ${a.d} runs along ${b.kind} ${b.d}`).toBeLessThan(0.2)
    }
})
