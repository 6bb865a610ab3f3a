import { departmentCoverage, type StakeholderRecord } from '#shared/domain/stakeholders'
import { useI18n } from '#i18n'

/** Departments against what we know there, so a one-department relationship is obvious. */
export function DepartmentMatrix({
  people,
  lastContacts,
  findings
}: {
  people: StakeholderRecord[]
  lastContacts: Map<string, number>
  findings: Map<string, number>
}) {
  const { t, formatDay } = useI18n()
  const rows = departmentCoverage(people, lastContacts, findings)
  return (
    <section className="sh-matrix" aria-labelledby="sh-matrix-title">
      <h2 id="sh-matrix-title" className="sh-section__title">
        {t('stakeholders.matrix')}
      </h2>
      <table className="data-table" data-testid="department-matrix">
        <caption className="ui-visually-hidden">{t('stakeholders.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stakeholders.matrix.department')}</th>
            <th scope="col">{t('stakeholders.matrix.people')}</th>
            <th scope="col">{t('stakeholders.matrix.supporters')}</th>
            <th scope="col">{t('stakeholders.matrix.findings')}</th>
            <th scope="col">{t('stakeholders.matrix.lastContact')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.department} className={r.people === 0 ? 'sh-matrix__gap' : undefined} data-testid="department-row">
              <th scope="row">{t(`stakeholders.department.${r.department}`)}</th>
              <td>{r.people === 0 ? t('stakeholders.matrix.none') : r.people}</td>
              <td>{r.supporters}</td>
              <td>{r.findings === null ? t('stakeholders.matrix.noChannel') : r.findings}</td>
              <td>{r.lastContactAt === null ? t('stakeholders.lastContact.never') : formatDay(r.lastContactAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
