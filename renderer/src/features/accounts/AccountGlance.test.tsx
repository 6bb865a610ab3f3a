import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { addCalendarDays } from '#shared/domain/cadence'
import type { VisitDraft } from '#shared/schemas'
import { accountDraft, stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'

beforeAll(() => loadTabs('overview', 'visits'), 120_000)

const daysFromNow = (days: number) => addCalendarDays(Date.now(), days)
const visitDraft = (accountId: string, fields: Partial<VisitDraft>): VisitDraft => ({
  accountId, kind: 'revisit', status: 'done', date: daysFromNow(0), time: null, objective: '', questions: [], outcome: '', nextReason: '', attendeeIds: [], tasks: [], ...fields
})

describe('account overview at a glance', () => {
  it('shows who decides, who blocks, the coach and days since contact, and qualification follows the map', async () => {
    const { user, repos, go } = renderApp()
    const account = await repos.accounts.create(
      accountDraft({ name: 'Hengtong', qualification: { ...accountDraft().qualification, productFitsIndustry: true, goodCredit: true, needConfirmed: true } })
    )
    const boss = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Wang Jianguo', title: 'General manager', roles: ['decisionMaker'], line: 'none' }))
    await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Zhao Lei', title: 'CFO', roles: ['finance'], stance: 'opponent', influence: 'high', line: 'none' }))
    await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Chen Jing', title: 'Engineer', roles: ['technicalEvaluator'], stance: 'supporter', influence: 'low', isCoach: true, line: 'main' }))
    const user1 = await repos.stakeholders.create(stakeholderDraft(account.id, { name: 'Liu Yang', title: 'Line lead', roles: ['user'], influence: 'low', line: 'none' }))
    await repos.visits.create(visitDraft(account.id, { date: daysFromNow(-5), attendeeIds: [boss.id, user1.id] }))
    await repos.visits.create(visitDraft(account.id, { status: 'planned', date: daysFromNow(3), objective: 'Agree the trial order' }))
    go({ name: 'account', id: account.id })

    const glance = await screen.findByTestId('account-glance')
    const group = (label: string) => within(glance).getByText(label, { selector: '.account-glance__label' }).parentElement!
    expect(group('Decides').textContent).toContain('Wang Jianguo')
    expect(group('Decides').textContent).toContain('last contact 5 days ago')
    expect(group('Blocks').textContent).toContain('Zhao Lei')
    expect(group('Blocks').textContent).toContain('never contacted')
    expect(group('Coach').textContent).toContain('Chen Jing')
    expect(group('Main line').textContent).toContain('Chen Jing')
    expect(glance.textContent).toContain('Agree the trial order')
    expect(glance.textContent).toContain('Open objections: 0')

    // The form is closed: what the glance says is all the rep sees until they ask for the details.
    const toggle = screen.getByRole('button', { name: 'Edit details' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByLabelText('Industry')).toBeNull()

    // Nothing about access was ticked, yet the map shows we talk to the decision-maker and the users.
    expect(within(glance).getByTestId('glance-qualification').textContent).toContain('Qualified prospect')
    expect(within(glance).getByTestId('glance-qualification').textContent).toContain('We talk to the purchase decision-maker (from the map)')
    await user.click(toggle)
    expect(screen.getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByLabelText('Industry')).toBeTruthy()
    const derivedBox = screen.getByLabelText<HTMLInputElement>(/We talk to the purchase decision-maker \(from the map\)/)
    expect(derivedBox.checked).toBe(true)
    expect(derivedBox.disabled).toBe(true)
  })

  it('opens a stored account with the form closed and remembers an opened form for this session', async () => {
    const { user, repos, go } = renderApp()
    const first = await repos.accounts.create(accountDraft({ name: 'Hengtong', industry: 'Bearings' }))
    const second = await repos.accounts.create(accountDraft({ name: 'Dongfang', industry: 'Castings' }))
    go({ name: 'account', id: first.id })
    await user.click(await screen.findByRole('button', { name: 'Edit details' }))
    expect(screen.getByLabelText<HTMLInputElement>('Industry').value).toBe('Bearings')

    // Away to another tab and back: still open. Another account starts closed.
    go({ name: 'account', id: first.id, tab: 'visits' })
    await screen.findByRole('button', { name: 'Log visit' })
    go({ name: 'account', id: first.id })
    expect((await screen.findByLabelText<HTMLInputElement>('Industry')).value).toBe('Bearings')
    go({ name: 'account', id: second.id })
    expect(await screen.findByRole('button', { name: 'Edit details' })).toBeTruthy()
    expect(screen.queryByLabelText('Industry')).toBeNull()

    // Closing it is remembered too.
    go({ name: 'account', id: first.id })
    await user.click(await screen.findByRole('button', { name: 'Hide details' }))
    go({ name: 'account', id: second.id })
    await screen.findByRole('heading', { level: 1, name: 'Dongfang' })
    go({ name: 'account', id: first.id })
    await screen.findByRole('heading', { level: 1, name: 'Hengtong' })
    expect(await screen.findByRole('button', { name: 'Edit details' })).toBeTruthy()
    expect(screen.queryByLabelText('Industry')).toBeNull()
  })
})
