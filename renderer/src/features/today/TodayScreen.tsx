import { lazy, Suspense, useMemo } from 'react'
import { useCoverageSettings, useToday } from '#data'
import { useNavigation } from '#app/navigation'
import { Button, EmptyState, Icons, Spinner } from '#ui'
import { CoverageGaps } from './CoverageGaps'
import { DueAccounts } from './DueAccounts'
import { useTodayFormat } from './format'
import { LapsedPeople } from './LapsedPeople'
import { PlannedVisits } from './PlannedVisits'
import { RecentActivity } from './RecentActivity'
import { TaskList } from './TaskList'
import { useNow } from './useNow'
import './today.css'

// Chart.js comes with the charts, after the lists are on screen.
const TodayCharts = lazy(() => import('./TodayCharts'))

/** The first screen: who is due, what is owed, whom the rep lost touch with, what is planned. */
export function TodayScreen() {
  const now = useNow()
  const agenda = useToday(now)
  const settings = useCoverageSettings()
  const f = useTodayFormat(now)
  const { t } = f
  const { navigate } = useNavigation()
  const dateLine = useMemo(() => new Intl.DateTimeFormat(f.language, { dateStyle: 'full' }).format(now), [f.language, now])

  if (!agenda || !settings) return <Spinner label={t('today.loading')} />

  if (agenda.accountCount === 0) {
    return (
      <EmptyState
        icon={<Icons.Calendar />}
        title={t('today.start.title')}
        body={t('today.start.body')}
        action={
          <Button variant="primary" icon={<Icons.Plus />} onClick={() => navigate({ name: 'newAccount' })}>
            {t('today.start.action')}
          </Button>
        }
      />
    )
  }

  return (
    <div className="today" data-testid="today-screen">
      <p className="today__date">{dateLine}</p>
      <div className="today__grid">
        <div className="today__column">
          <DueAccounts rows={agenda.dueAccounts} f={f} />
          <TaskList rows={agenda.tasks} f={f} />
        </div>
        <div className="today__column">
          <PlannedVisits rows={agenda.planned} f={f} />
          <LapsedPeople rows={agenda.lapsedPeople} f={f} />
          <CoverageGaps rows={agenda.coverageGaps} settings={settings} nameOf={(id) => agenda.personNames.get(id) ?? ''} f={f} />
          <RecentActivity rows={agenda.recent} f={f} />
        </div>
      </div>
      <section className="today-panel" aria-label={t('today.charts.title')}>
        <h2 className="today-panel__title">{t('today.charts.title')}</h2>
        <Suspense fallback={<Spinner />}>
          <TodayCharts charts={agenda.charts} f={f} />
        </Suspense>
      </section>
    </div>
  )
}
