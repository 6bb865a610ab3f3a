import { stageTimeline } from '#shared/domain/stageHistory'
import { PIPELINE_STAGE_TABLE } from '#shared/domain/values/accountAssessments'
import type { Account } from '#data'
import { useI18n } from '#i18n'
import { Badge, Card } from '#ui'
import './StageTimeline.css'

/** Each pipeline stage the account entered, newest first: the day it entered and how long it stayed. */
export function StageTimeline({ account, now }: { account: Account; now: number }) {
  const { t, formatDay } = useI18n()
  const entries = stageTimeline(account.stageHistory, now)
  if (entries.length === 0) return null
  return (
    <Card title={t('account.section.stageTimeline')}>
      <ol className="stage-timeline" data-testid="stage-timeline">
        {entries.map((entry) => (
          <li
            key={`${entry.stage}-${entry.at}`}
            className={entry.current ? 'stage-timeline__item stage-timeline__item--current' : 'stage-timeline__item'}
            aria-current={entry.current ? 'step' : undefined}
            data-testid="stage-timeline-item"
          >
            <span className="stage-timeline__stage">{t(PIPELINE_STAGE_TABLE[entry.stage].label)}</span>
            {entry.current && <Badge tone="accent">{t('account.stageTimeline.current')}</Badge>}
            <span className="ui-muted stage-timeline__when">
              {t('account.stageTimeline.entered', { date: formatDay(entry.at) })} · {t('account.stageTimeline.days', { days: entry.days })}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  )
}
