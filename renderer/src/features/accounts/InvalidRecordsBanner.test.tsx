import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { IntegrityReportProvider, type IntegrityCheck, type IntegrityReport, type InvalidRecord } from '#data'
import { renderScreen } from '#testing/renderScreen'
import { InvalidRecordsBanner } from './InvalidRecordsBanner'

const damagedAccount: InvalidRecord = { table: 'accounts', id: 'a-1', message: 'name: Invalid input: expected string, received number' }
const orphan: InvalidRecord = { table: 'stakeholders', id: 'p-9', message: 'accountId: Invalid input: expected string, received undefined' }

/** A start-up check whose findings the test sets. */
function scanFinding() {
  let report: IntegrityReport = { state: 'running', invalid: [] }
  const listeners = new Set<() => void>()
  const check: IntegrityCheck = {
    getReport: () => report,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    start: () => {}
  }
  const find = (invalid: InvalidRecord[]) =>
    act(() => {
      report = { state: 'done', invalid }
      for (const listener of listeners) listener()
    })
  return { check, find }
}

describe('InvalidRecordsBanner', () => {
  it('adds what the start-up scan finds to what the screen read, each record once, and names them all', async () => {
    const { check, find } = scanFinding()
    renderScreen(
      <IntegrityReportProvider check={check}>
        <InvalidRecordsBanner invalid={[damagedAccount]} />
      </IntegrityReportProvider>
    )
    expect((await screen.findByRole('alert')).textContent).toBe('1 stored record could not be read and is hidden. Nothing was changed.')

    find([damagedAccount, orphan])

    const banner = screen.getByRole('alert')
    expect(banner.textContent).toBe('2 stored records could not be read and are hidden. Nothing was changed.')
    expect(banner.getAttribute('title')).toBe(`accounts/a-1: ${damagedAccount.message}\nstakeholders/p-9: ${orphan.message}`)
  })

  it('shows nothing while neither the screen nor the scan found a damaged record', () => {
    renderScreen(<InvalidRecordsBanner invalid={[]} />)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
