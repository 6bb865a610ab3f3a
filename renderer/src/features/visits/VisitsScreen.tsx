import { useAccountRecords, type Account } from '#data'
import { Spinner } from '#ui'
import { AccountPageHeader, InvalidRecordsBanner } from '../accounts'
import { CompetitorsCard } from './CompetitorsCard'
import { ObjectionsCard } from './ObjectionsCard'
import { VisitsCard } from './VisitsCard'
import './visits.css'

/** Visits with their cadence, objections with prepared answers, and the competitors at the account. */
export function VisitsScreen({ account }: { account: Account }) {
  const records = useAccountRecords(account.id)
  return (
    <div className="page">
      <AccountPageHeader account={account} tab="visits" />
      {!records ? (
        <Spinner />
      ) : (
        <>
          <InvalidRecordsBanner invalid={records.invalid} />
          <div className="visits-layout">
            <VisitsCard account={account} visits={records.visits} stakeholders={records.stakeholders} />
            <div className="ui-stack">
              <ObjectionsCard accountId={account.id} objections={records.objections} />
              <CompetitorsCard accountId={account.id} competitors={records.competitors} />
            </div>
          </div>
        </>
      )}
    </div>
  )
}
