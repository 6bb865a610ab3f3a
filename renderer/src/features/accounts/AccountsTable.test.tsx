import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { emptyAccountDraft } from '#shared/schemas'
import type { Account } from '#data'
import { I18nProvider } from '#i18n'
import type { HostApi } from '#host/HostApi'
import { AccountsTable } from './AccountsTable'

// Each drawn row asks the cadence once per render: counting the calls counts the rows rendered.
const cadence = vi.hoisted(() => ({ calls: 0 }))
vi.mock('#shared/domain/cadence', async (importOriginal) => {
  const actual = await importOriginal<typeof import('#shared/domain/cadence')>()
  return {
    ...actual,
    nextVisitCadence: (...args: Parameters<typeof actual.nextVisitCadence>) => {
      cadence.calls++
      return actual.nextVisitCadence(...args)
    }
  }
})

beforeAll(() => {
  // jsdom has no ResizeObserver and lays nothing out; the table then assumes a window's height of rows.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
})
afterEach(cleanup)

const host = { setLanguage: async () => undefined } as unknown as HostApi
const wrapper = ({ children }: { children: ReactNode }) => (
  <I18nProvider host={host}>
    <div style={{ overflowY: 'auto' }}>{children}</div>
  </I18nProvider>
)

const DAY = 86_400_000
const NOW = Date.now()
function accounts(count: number): Account[] {
  return Array.from({ length: count }, (_, i) => ({
    ...emptyAccountDraft(),
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Account ${i + 1}`,
    createdAt: 0,
    updatedAt: NOW - i * DAY,
    deletedAt: null
  }))
}

const noop = () => undefined
const NO_ACTIVITY = new Map<string, number>()
const day = (ms: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(ms)

describe('AccountsTable', () => {
  it('draws a window of rows of a long list and tells assistive technology the full size', () => {
    const list = accounts(500)
    render(<AccountsTable accounts={list} lastActivity={NO_ACTIVITY} now={NOW} visitDates={new Map()} coverageGaps={undefined} onOpen={noop} onDelete={noop} />, { wrapper })

    const table = screen.getByTestId('accounts-table')
    expect(table.getAttribute('aria-rowcount')).toBe('501')
    const rows = screen.getAllByTestId('account-row')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(60)
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)))
    expect(within(rows[0]!).getByRole('link', { name: 'Account 1' }).getAttribute('href')).toContain(list[0]!.id)
    // The rows not drawn still take their height, so the scrollbar is that of the whole list.
    const spacer = table.querySelector('.accounts-table__spacer td') as HTMLElement
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(400 * 50)
  })

  it('opens and deletes through the row', () => {
    const list = accounts(3)
    const onOpen = vi.fn()
    const onDelete = vi.fn()
    render(<AccountsTable accounts={list} lastActivity={NO_ACTIVITY} now={NOW} visitDates={new Map()} coverageGaps={undefined} onOpen={onOpen} onDelete={onDelete} />, { wrapper })
    expect(screen.getAllByTestId('account-row')).toHaveLength(3)
    fireEvent.click(screen.getAllByTestId('account-row')[1]!)
    expect(onOpen).toHaveBeenCalledWith(list[1]!.id)
    fireEvent.click(screen.getByRole('button', { name: /Account 3$/ }))
    expect(onDelete).toHaveBeenCalledWith(list[2])
    expect(onOpen).toHaveBeenCalledTimes(1)
  })

  it('renders again only the rows whose next visit or coverage changed', () => {
    const list = accounts(10)
    const props = { accounts: list, lastActivity: NO_ACTIVITY, now: NOW, onOpen: noop, onDelete: noop }
    const { rerender } = render(<AccountsTable {...props} visitDates={new Map()} coverageGaps={undefined} />, { wrapper })
    const rows = screen.getAllByTestId('account-row')
    expect(rows).toHaveLength(10)
    expect(within(rows[3]!).getByTestId('coverage-cell').textContent).toBe('')

    // The visits arrive: one account has visits.
    cadence.calls = 0
    const visits = new Map([[list[3]!.id, [{ date: NOW - 20 * DAY, status: 'done' as const, deletedAt: null }]]])
    rerender(<AccountsTable {...props} visitDates={visits} coverageGaps={undefined} />)
    expect(cadence.calls).toBe(1)

    // The visits query runs again after an unrelated change: new arrays, same dates.
    cadence.calls = 0
    rerender(<AccountsTable {...props} visitDates={new Map([[list[3]!.id, [{ date: NOW - 20 * DAY, status: 'done' as const, deletedAt: null }]]])} coverageGaps={undefined} />)
    expect(cadence.calls).toBe(0)

    // The coverage counts arrive: every row's count is new; afterwards only the changed one renders.
    cadence.calls = 0
    const gaps = new Map(list.map((a) => [a.id, 0]))
    rerender(<AccountsTable {...props} visitDates={visits} coverageGaps={gaps} />)
    expect(cadence.calls).toBe(10)
    cadence.calls = 0
    rerender(<AccountsTable {...props} visitDates={visits} coverageGaps={new Map([...gaps, [list[7]!.id, 2]])} />)
    expect(cadence.calls).toBe(1)
    expect(within(screen.getAllByTestId('account-row')[7]!).getByTestId('coverage-cell').textContent).toMatch(/2/)
  })

  it('shows the day of the last activity: a record changed under the account after the account itself', () => {
    const list = accounts(3)
    const props = { accounts: list, now: NOW, visitDates: new Map(), coverageGaps: undefined, onOpen: noop, onDelete: noop }
    const { rerender } = render(<AccountsTable {...props} lastActivity={NO_ACTIVITY} />, { wrapper })
    const cells = () => screen.getAllByTestId('activity-cell').map((c) => c.textContent)
    expect(cells()).toEqual([day(NOW), day(NOW - DAY), day(NOW - 2 * DAY)])

    cadence.calls = 0
    rerender(<AccountsTable {...props} lastActivity={new Map([[list[2]!.id, NOW - DAY / 2], [list[0]!.id, NOW - 5 * DAY]])} />)
    expect(cells()).toEqual([day(NOW), day(NOW - DAY), day(NOW - DAY / 2)])
    expect(cadence.calls).toBe(1)
  })
})
