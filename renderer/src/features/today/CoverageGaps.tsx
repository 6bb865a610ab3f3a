import type { CoverageGap } from '#shared/domain/today'
import { coverageWarningText } from '#features/stakeholders'
import type { CoverageSettings } from '#shared/domain/stakeholders'
import { Badge } from '#ui'
import type { TodayFormat } from './format'
import { TodayEmpty, TodayItem, TodayPanel, useCapped } from './TodayItem'

export function CoverageGaps({ rows, settings, nameOf, f }: { rows: CoverageGap[]; settings: CoverageSettings; nameOf(id: string): string; f: TodayFormat }) {
  const { t, language } = f
  const { shown, toggle } = useCapped(rows, 6)
  return (
    <TodayPanel title={t('today.coverage.title')} count={rows.length}>
      {rows.length === 0 ? (
        <TodayEmpty title={t('today.coverage.empty.title')} body={t('today.coverage.empty.body')} />
      ) : (
        <ul className="today-list">
          {shown.map((gap) => (
            <TodayItem
              key={gap.accountId}
              testId="coverage-gap"
              to={{ name: 'account', id: gap.accountId, tab: 'stakeholders' }}
              title={
                <>
                  {gap.accountName} <Badge tone="neutral">{t(`stage.${gap.stage}`)}</Badge>
                </>
              }
              meta={gap.warnings.map((w) => coverageWarningText(t, w, { settings, stage: gap.stage, nameOf, language }).title).join(' · ')}
            />
          ))}
        </ul>
      )}
      {toggle}
    </TodayPanel>
  )
}
