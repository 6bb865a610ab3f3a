// The accounts the first-paint benchmark shows: the same rows are seeded into the app's IndexedDB and
// rendered by the bare React page (bench/bare), so both draw the same list. Plain data, no zod, so the
// bare page's bundle stays bare.
import type { Classification, PipelineStage, Positioning } from '#shared/schemas'

export type BenchAccountRow = {
  id: string
  name: string
  industry: string
  classification: Classification
  positioning: Positioning | null
  stage: PipelineStage
  updatedAt: number
}

const CLASSIFICATIONS: readonly Classification[] = ['target', 'watch', 'other']
const POSITIONINGS: readonly (Positioning | null)[] = ['long', 'medium', 'short', null]
const STAGES: readonly PipelineStage[] = ['discover', 'verifyNeeds', 'negotiate', 'signContract', 'deliver']
const CITIES = ['苏州', '无锡', '常州', '宁波', '温州', '佛山', '东莞', '青岛', '烟台', '合肥']
const TRADES = ['精密机械', '汽车零部件', '纺织机械', '电机', '轴承', '注塑', '五金', '泵阀']
const INDUSTRIES = ['Machinery', 'Automotive parts', 'Textiles', 'Electric motors', 'Packaging', '风电设备', '机床']

/** A fixed date so both pages format the same text. */
export const BENCH_NOW = Date.UTC(2026, 0, 15, 4, 0, 0)

/** `count` deterministic accounts with valid (v4-shaped) ids. */
export function benchAccountRows(count: number): BenchAccountRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `${CITIES[i % CITIES.length]}${TRADES[(i * 7) % TRADES.length]}有限公司 ${i + 1}`,
    industry: INDUSTRIES[i % INDUSTRIES.length]!,
    classification: CLASSIFICATIONS[i % CLASSIFICATIONS.length]!,
    positioning: POSITIONINGS[i % POSITIONINGS.length]!,
    stage: STAGES[i % STAGES.length]!,
    updatedAt: BENCH_NOW - i * 3_600_000
  }))
}
