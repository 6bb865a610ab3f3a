import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'
import { createDossierRepository } from '#data'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

beforeAll(() => loadTabs('dossier'), 120_000)

async function openDossier() {
  const seeded = await seedAccount()
  const dossier = createDossierRepository(seeded.db)
  await dossier.ensureSections(seeded.account.id)
  const sections = await seeded.db.dossierSections.where('accountId').equals(seeded.account.id).sortBy('order')
  const gatekeeper = sections.find((s) => s.channel === 'gatekeeper')!
  const content = doc(
    paragraph(text('Front desk says '), finding({ findingId: 'f1', channel: 'gatekeeper' }, text('the GM decides alone')), text('.')),
    paragraph(finding({ findingId: 'f2', channel: 'gatekeeper', verified: true, verifiedAt: 1_700_000_000_000 }, text('Budget approved in May')))
  )
  await dossier.saveContent(gatekeeper.id, content as unknown as Record<string, unknown>, 'Front desk says the GM decides alone. Budget approved in May')
  const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'dossier' } })
  await screen.findByText('the GM decides alone', { selector: '[contenteditable] *' })
  return { ...seeded, ...rendered, gatekeeper, sections }
}

describe('dossier tab', () => {
  it('shows each channel’s notes, its size in the outline, and the findings marked in them', async () => {
    await openDossier()
    const outline = screen.getByRole('navigation', { name: 'Sections' })
    expect(within(outline).getByText(/Gatekeeper/).closest('li')?.textContent).toMatch(/\d+ chars · findings: 2/)
    expect(within(outline).getAllByText(/empty/).length).toBeGreaterThan(3)

    const panel = screen.getByRole('heading', { name: 'Findings' }).closest('section, aside, div') as HTMLElement
    expect(within(panel).getByText('2 of 2')).toBeTruthy()
    expect(within(panel).getByText('the GM decides alone')).toBeTruthy()
  })

  it('narrows the findings to the unverified ones', async () => {
    const { user } = await openDossier()
    await user.click(screen.getByLabelText('Unverified only'))
    const panel = screen.getByRole('heading', { name: 'Findings' }).closest('section, aside, div') as HTMLElement
    expect(await within(panel).findByText('1 of 2')).toBeTruthy()
    expect(within(panel).queryByText('Budget approved in May')).toBeNull()
  })

  it('moves a section down and keeps the new order', async () => {
    const { user, db, gatekeeper, sections } = await openDossier()
    await user.click(screen.getByRole('button', { name: 'Move Gatekeeper down' }))
    await waitFor(async () => expect((await db.dossierSections.get(gatekeeper.id))?.order).toBe(1))
    expect((await db.dossierSections.get(sections[1]!.id))?.order).toBe(0)
  })

  it('saves a finding marked verified from the panel', async () => {
    const { user, db, gatekeeper } = await openDossier()
    await user.click(screen.getByRole('button', { name: 'Mark verified' }))
    await waitFor(async () => expect(JSON.stringify((await db.dossierSections.get(gatekeeper.id))?.content)).not.toMatch(/"verified":false/), { timeout: 10_000 })
    const panel = screen.getByTestId('findings-panel')
    await waitFor(() => expect(within(panel).getAllByText(/^Verified /)).toHaveLength(2))
  })

  // Long sections above open their editors one idle moment at a time; the click must not wait for that.
  it('saves a finding verified in a section whose editor has not opened yet', async () => {
    const seeded = await seedAccount()
    const dossier = createDossierRepository(seeded.db)
    await dossier.ensureSections(seeded.account.id)
    const sections = await seeded.db.dossierSections.where('accountId').equals(seeded.account.id).sortBy('order')
    const long = 'Shift pattern and dock schedule notes. '.repeat(130)
    for (const section of sections.slice(0, -1)) await dossier.saveContent(section.id, doc(paragraph(text(long))) as unknown as Record<string, unknown>, long)
    const last = sections.at(-1)!
    await dossier.saveContent(last.id, doc(paragraph(finding({ findingId: 'late', channel: last.channel }, text('Tender due in March')))) as unknown as Record<string, unknown>, 'Tender due in March')
    const { user } = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'dossier' } })
    await user.click(await screen.findByRole('button', { name: 'Mark verified' }))
    await waitFor(async () => expect(JSON.stringify((await seeded.db.dossierSections.get(last.id))?.content)).toMatch(/"verified":true/), { timeout: 10_000 })
  })
})
