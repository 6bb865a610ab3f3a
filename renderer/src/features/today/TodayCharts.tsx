import { useMemo } from 'react'
import type { TodayCharts as Charts } from '#shared/domain/today'
import { BarChart, type Bar } from './BarChart'
import type { TodayFormat } from './format'
import { formatList } from '#shared/i18n/translate'

const CLASS_COLOR = { target: '--success', watch: '--warning', other: '--text-subtle' } as const

/** Accounts by classification and by stage, and contacts per week: loaded on demand with Chart.js. */
export default function TodayCharts({ charts, f }: { charts: Charts; f: TodayFormat }) {
  const { t } = f
  const sets = useMemo(() => {
    const byClass: Bar[] = charts.byClassification.map((c) => ({ label: t(`classification.${c.value}`), value: c.count, color: CLASS_COLOR[c.value] }))
    const byStage: Bar[] = charts.byStage.map((s) => ({ label: t(`stage.${s.value}`), value: s.count, color: '--info' }))
    const perWeek: Bar[] = charts.visitsPerWeek.map((w) => ({ label: f.shortDay(w.weekStart), value: w.count }))
    return [
      { id: 'chart-classification', title: t('today.charts.byClassification'), bars: byClass, categories: true },
      { id: 'chart-stage', title: t('today.charts.byStage'), bars: byStage, categories: true },
      { id: 'chart-weeks', title: t('today.charts.visitsPerWeek'), bars: perWeek, wide: true }
    ]
  }, [charts, f, t])
  return (
    <div className="today-charts">
      {sets.map((set) => (
        <figure key={set.id} className={`today-chart ${set.wide ? 'today-chart--wide' : ''}`}>
          <figcaption className="today-chart__title">{set.title}</figcaption>
          <BarChart
            bars={set.bars}
            testId={set.id}
            everyLabel={set.categories === true}
            summary={t('today.charts.summary', { title: set.title, values: formatList(f.language, set.bars.map((b) => `${b.label} ${b.value}`), 'plain') })}
          />
        </figure>
      ))}
    </div>
  )
}
