import { screen, waitFor } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { stakeholderDraft } from '#data/testSupport'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

beforeAll(() => loadTabs('brief'), 120_000)

async function openBrief() {
  const seeded = await seedAccount({ name: 'Acme/Bearings' })
  await seeded.repos.stakeholders.create(stakeholderDraft(seeded.account.id, { name: 'Wang Fang', sensitiveNotes: 'Daughter sits the gaokao' }))
  const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'brief' } })
  const preview = await screen.findByTestId<HTMLIFrameElement>('brief-preview')
  await waitFor(() => expect(preview.srcdoc).toContain('Wang Fang'))
  return { ...seeded, ...rendered, preview }
}

describe('brief tab', () => {
  it('leaves sensitive notes out of the brief unless the rep includes them', async () => {
    const { user, preview } = await openBrief()
    await user.click(screen.getByRole('radio', { name: 'Account brief' }))
    await waitFor(() => expect(preview.srcdoc).toContain('Account brief'))
    expect(preview.srcdoc).not.toContain('Daughter sits the gaokao')
    expect(screen.getByTestId('sensitive-status').textContent).toBe('1 sensitive note left out of this brief: Wang Fang.')

    await user.click(screen.getByLabelText(/Include sensitive personal notes/))
    await waitFor(() => expect(preview.srcdoc).toContain('Daughter sits the gaokao'))
  })

  it('exports the brief shown in the preview as a PDF', async () => {
    const { user, host, preview } = await openBrief()
    await user.click(screen.getByRole('button', { name: 'Export PDF' }))
    expect(await screen.findByText('Brief saved')).toBeTruthy()
    expect(host.exportPdf).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'Acme_Bearings - brief' }))
    const { html } = vi.mocked(host.exportPdf).mock.calls[0]![0]
    expect(html).toBe(preview.srcdoc)
    expect(html).toContain('Wang Fang')
  })

  it('tells the rep when the export fails', async () => {
    const { user, host } = await openBrief()
    host.exportPdf = async () => {
      throw new Error('disk full')
    }
    await user.click(screen.getByRole('button', { name: 'Export PDF' }))
    expect(await screen.findByText('Could not export the brief: disk full')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Export PDF' })).toHaveProperty('disabled', false)
  })
})
