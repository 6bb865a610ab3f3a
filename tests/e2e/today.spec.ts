import { test, expect } from './fixtures'
import { TodayPage } from './pages/TodayPage'
import { TIME_ZONE, accountRow, personRow, shanghaiDay, taskRow, visitRow } from './seeds/todayRows'

test.use({ locale: 'en-US', timezoneId: TIME_ZONE })

/** A grade-A account (every 7 days) last met on Monday 3 March, with plans around it that must not count. */
function seedRows() {
  const account = accountRow({ name: 'Huadong Precision Machinery', classification: 'target', orgGrade: 'A', stage: 'negotiate' })
  const boss = personRow(account, { name: 'Wang Jianguo', title: 'General manager', roles: ['decisionMaker'] })
  const visits = [
    visitRow(account, shanghaiDay('2024-12-30'), { attendeeIds: [boss.id], outcome: 'Met the general manager' }),
    visitRow(account, shanghaiDay('2025-03-03'), { outcome: 'Samples requested', tasks: [taskRow('Send samples and the quote', shanghaiDay('2025-03-12'))] }),
    // Plans, one of them already past and never logged: none of them is a contact.
    visitRow(account, shanghaiDay('2025-03-08'), { status: 'planned', objective: 'Technical exchange', attendeeIds: [boss.id] }),
    visitRow(account, shanghaiDay('2025-03-11'), { status: 'planned', kind: 'plantTour', time: '14:30', objective: 'See the assembly line', attendeeIds: [boss.id] })
  ]
  return { accounts: [account], stakeholders: [boss], visits }
}

test('Today lists the account due on its day, the task on its date and the decision-maker past cadence; plans never count as contact', async ({ page }) => {
  const today = new TodayPage(page)
  await page.clock.setFixedTime(new Date(shanghaiDay('2025-03-09', 0, 9)))
  await today.open()
  await today.seed(seedRows())

  // Sunday 9 March: due tomorrow, seven days after the last visit (the plan on the 8th is not one).
  await expect(today.dueGroup('thisWeek')).toContainText('Huadong Precision Machinery')
  await expect(today.dueAccount('Huadong Precision Machinery')).toContainText('Last contact 6 days ago · every 7 days (grade A)')
  await expect(today.dueAccount('Huadong Precision Machinery')).toContainText('Due tomorrow')
  await expect(today.dueAccount('Huadong Precision Machinery')).toContainText('Planned Tue, Mar 11')

  // Monday 10 March: due today.
  await page.clock.setFixedTime(new Date(shanghaiDay('2025-03-10', 0, 9)))
  await today.reload()
  await expect(today.dueGroup('today')).toContainText('Huadong Precision Machinery')
  await expect(today.dueAccount('Huadong Precision Machinery')).toContainText('Last contact 7 days ago')
  await expect(today.page.getByTestId('due-thisWeek')).toHaveCount(0)

  await expect(today.task('Send samples and the quote')).toContainText('Due Wed, Mar 12')
  await expect(today.lapsedPerson('Wang Jianguo')).toContainText('No contact with Wang Jianguo (Decision-maker) for 70 days')
  await expect(today.planned('Huadong Precision Machinery').first()).toContainText('Outcome not logged')
  await expect(today.planned('Huadong Precision Machinery').nth(1)).toContainText('tomorrow 14:30')
  await expect(today.chart(/^Contacts per week, last 13 weeks: 12\/16 0, .*12\/30 1, .*3\/3 1, 3\/10 0$/)).toBeVisible()

  // Thursday 13 March: the task is overdue; ticked, it leaves the list and stays done.
  await page.clock.setFixedTime(new Date(shanghaiDay('2025-03-13', 0, 9)))
  await today.reload()
  await expect(today.task('Send samples and the quote')).toContainText('Overdue · yesterday')
  await today.tickTask('Send samples and the quote')
  await expect(today.task('Send samples and the quote')).toHaveCount(0)
  await today.reload()
  await expect(today.page.getByText('No open follow-ups')).toBeVisible()

  await today.dueAccount('Huadong Precision Machinery').getByRole('link').click()
  await expect(page).toHaveURL(/#\/accounts\/[0-9a-f-]{36}\/visits$/)
})
