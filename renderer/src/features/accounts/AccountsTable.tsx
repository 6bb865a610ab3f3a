import { assessQualification } from '../../../../shared/domain/qualification'
import { PIPELINE_STAGES } from '../../../../shared/schemas/enums'
import type { Account } from '../../data'
import { useI18n } from '../../app/i18n'
import { routeHref } from '../../app/useHashRoute'
import { Badge, IconButton, Icons } from '../../ui'
import { ClassificationBadge, VerdictBadge } from './ClassificationBadge'
import { NextVisitCell } from './NextVisitCell'

export function AccountsTable({
  accounts,
  onOpen,
  onDelete,
  visitDates,
  coverageGaps
}: {
  accounts: Account[]
  visitDates: ReadonlyMap<string, readonly number[]>
  /** Coverage warnings per account (stakeholder map); missing while loading. */
  coverageGaps: ReadonlyMap<string, number> | undefined
  onOpen(id: string): void
  onDelete(account: Account): void
}) {
  const { t, formatDate } = useI18n()
  const now = Date.now()
  return (
    <table className="data-table" data-testid="accounts-table">
      <thead>
        <tr>
          <th>{t('accounts.column.name')}</th>
          <th>{t('accounts.column.classification')}</th>
          <th>{t('accounts.column.positioning')}</th>
          <th>{t('accounts.column.stage')}</th>
          <th>{t('accounts.column.qualified')}</th>
          <th>{t('accounts.column.coverage')}</th>
          <th>{t('accounts.column.nextVisit')}</th>
          <th>{t('accounts.column.updated')}</th>
          <th aria-hidden />
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} data-testid="account-row" onClick={() => onOpen(account.id)}>
            <td>
              <a className="data-table__primary" href={routeHref({ name: 'account', id: account.id })} onClick={(e) => e.stopPropagation()}>
                {account.name}
              </a>
              {account.industry && <div className="data-table__secondary">{account.industry}</div>}
            </td>
            <td>
              <ClassificationBadge value={account.classification} />
            </td>
            <td className="ui-muted data-table__nowrap">{account.positioning ? t(`positioning.${account.positioning}`) : '—'}</td>
            <td>
              <StageMeter stage={account.stage} label={t(`stage.${account.stage}`)} />
            </td>
            <td>
              <VerdictBadge verdict={assessQualification(account.qualification).verdict} />
            </td>
            <td className="data-table__nowrap" data-testid="coverage-cell">
              <CoverageCell gaps={coverageGaps?.get(account.id)} />
            </td>
            <td className="data-table__nowrap">
              <NextVisitCell visitDates={visitDates.get(account.id) ?? []} positioning={account.positioning} now={now} />
            </td>
            <td className="ui-muted data-table__nowrap">{formatDate(account.updatedAt)}</td>
            <td className="data-table__actions">
              <IconButton
                label={`${t('common.delete')} ${account.name}`}
                onClick={(e) => {
                  e.stopPropagation()
                  onDelete(account)
                }}
              >
                <Icons.Trash />
              </IconButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function CoverageCell({ gaps }: { gaps: number | undefined }) {
  const { t } = useI18n()
  if (gaps === undefined) return null
  return gaps > 0 ? (
    <Badge tone="warning" dot>
      {t('accounts.coverage.gaps', { count: gaps })}
    </Badge>
  ) : (
    <span className="ui-muted">{t('accounts.coverage.ok')}</span>
  )
}

function StageMeter({ stage, label }: { stage: Account['stage']; label: string }) {
  const reached = PIPELINE_STAGES.indexOf(stage)
  return (
    <span className="stage-meter">
      <span className="stage-meter__dots" aria-hidden>
        {PIPELINE_STAGES.map((s, i) => (
          <span key={s} className={i <= reached ? 'stage-meter__dot stage-meter__dot--on' : 'stage-meter__dot'} />
        ))}
      </span>
      {label}
    </span>
  )
}
