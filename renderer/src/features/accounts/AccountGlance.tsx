import type { WhoEntry } from '#shared/domain/glance'
import { assessDerivedQualification } from '#shared/domain/qualification'
import type { QualificationAnswers } from '#shared/schemas/account'
import { INFLUENCE_TABLE } from '#shared/domain/values/influenceLevels'
import { STANCE_TABLE } from '#shared/domain/values/stances'
import type { Account } from '#data'
import { useI18n } from '#i18n'
import { useNavigation } from '#app/navigation'
import type { AccountTab } from '#app/useHashRoute'
import { Button, Card, Icons } from '#ui'
import './AccountGlance.css'
import type { AccountGlanceData } from './useAccountGlance'

/** The account at a glance: who decides, blocks, coaches and carries the line, then what needs doing. */
export function AccountGlance({ account, data, qualification }: { account: Account; data: AccountGlanceData; qualification: QualificationAnswers }) {
  const { t, formatDay } = useI18n()
  const { navigate } = useNavigation()
  const open = (tab: AccountTab) => navigate({ name: 'account', id: account.id, tab })
  const result = assessDerivedQualification(qualification, data.derived)
  const { decisionMakers, blockers, coach, mainLine } = data.whosWho
  const visit = data.nextVisit
  return (
    <Card title={t('glance.title')} className="account-glance" data-testid="account-glance">
      <div className="account-glance__who" role="list" aria-label={t('glance.title')}>
        <WhoGroup label={t('glance.decisionMakers')} people={decisionMakers} />
        <WhoGroup label={t('glance.blockers')} people={blockers} />
        <WhoGroup label={t('glance.coach')} people={coach ? [coach] : []} />
        <WhoGroup label={t('glance.mainLine')} people={mainLine ? [mainLine] : []} />
      </div>
      <ul className="account-glance__facts">
        <li>
          {data.coverageGaps > 0 ? t('glance.coverage', { count: data.coverageGaps }) : t('glance.coverage.none')}{' '}
          <Button variant="ghost" size="sm" onClick={() => open('stakeholders')}>{t('glance.openMap')}</Button>
        </li>
        <li>
          {t('glance.unverified', { count: data.unverifiedFindings })}{' '}
          {data.unverifiedFindings > 0 && <Button variant="ghost" size="sm" onClick={() => open('dossier')}>{t('glance.openDossier')}</Button>}
        </li>
        <li>
          {visit ? t('glance.nextVisit', { date: visit.time ? `${formatDay(visit.date)} ${visit.time}` : formatDay(visit.date) }) : t('glance.nextVisit.none')}
          {visit && <> — {visit.objective.trim() || t('glance.nextVisit.noObjective')}</>}
          {visit && visit.questions.length > 0 && <> · {t('glance.nextVisit.questions', { count: visit.questions.length })}</>}{' '}
          <Button variant="ghost" size="sm" onClick={() => open('visits')}>{t('glance.openVisits')}</Button>
        </li>
        <li>{t('glance.objections', { count: data.openObjections })}</li>
        <li data-testid="glance-qualification">
          {t('glance.qualification')}<strong>{t(`qualification.verdict.${result.verdict}`)}</strong>
          {(['talksToDecisionMaker', 'talksToUsingDepartment'] as const)
            .filter((key) => result.sources[key] === 'derived')
            .map((key) => (
              <span key={key} className="account-glance__derived" title={t('glance.derived.hint')}>
                {' '}<Icons.Check /> {t('glance.derivedAnswer', { answer: t(`qualification.${key}`) })}
              </span>
            ))}
        </li>
      </ul>
    </Card>
  )
}

function WhoGroup({ label, people }: { label: string; people: readonly WhoEntry[] }) {
  const { t } = useI18n()
  return (
    <div className="account-glance__group" role="listitem">
      <div className="account-glance__label">{label}</div>
      {people.length === 0 && <div className="account-glance__nobody">{t('glance.nobody')}</div>}
      {people.map((p) => (
        <div key={p.id} className="account-glance__person">
          <span className="account-glance__stance" style={{ background: STANCE_TABLE[p.stance].colour }} aria-hidden />
          <strong>{p.name}</strong>
          {p.title && <span> · {p.title}</span>}
          <div className="account-glance__meta">
            {t(STANCE_TABLE[p.stance].label)} · {t('glance.person.influence', { level: t(INFLUENCE_TABLE[p.influence].label) })} ·{' '}
            {p.daysSinceContact === null
              ? t('glance.person.never')
              : p.daysSinceContact === 0
                ? t('glance.person.contactToday')
                : t('glance.person.contact', { count: p.daysSinceContact })}
          </div>
        </div>
      ))}
    </div>
  )
}
