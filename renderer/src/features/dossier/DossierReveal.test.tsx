import { screen, waitFor } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { doc, finding, paragraph, text } from '#shared/domain/dossier/fixtures'
import type { RevealTarget } from '#app/reveal'
import { RevealHits as Hits } from '#testing/RevealHits'
import { createDossierRepository } from '#data'
import { loadTabs, renderScreen } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'
import { DossierScreen } from './DossierScreen'
import { blockContaining } from './flash'

beforeAll(() => loadTabs('dossier'), 120_000)

const FILLER = 'Shift pattern and dock schedule notes. '.repeat(20)
const store = (content: unknown) => content as Record<string, unknown>

/** Long sections everywhere (their editors open one idle moment at a time); the last holds the phrase. */
async function openDossier({ collapsed = false } = {}) {
  const seeded = await seedAccount()
  const dossier = createDossierRepository(seeded.db)
  await dossier.ensureSections(seeded.account.id)
  const sections = await seeded.db.dossierSections.where('accountId').equals(seeded.account.id).sortBy('order')
  const filler = doc(...Array.from({ length: 8 }, () => paragraph(text(FILLER))))
  for (const section of sections.slice(0, -1)) await dossier.saveContent(section.id, store(filler), FILLER.repeat(8))
  const last = sections.at(-1)!
  const content = doc(
    ...Array.from({ length: 10 }, () => paragraph(text(FILLER))),
    paragraph(text('Next quarter the COOLANT supplier switches to Fuchs.')),
    paragraph(text('The buyer '), finding({ findingId: 'late', channel: last.channel }, text('signs off on tenders alone')), text('.')),
    ...Array.from({ length: 10 }, () => paragraph(text(FILLER)))
  )
  await dossier.saveContent(last.id, store(content), 'Next quarter the COOLANT supplier switches to Fuchs.')
  if (collapsed) await dossier.setCollapsed(last.id, true)
  const hit = (kind: RevealTarget['kind'], id: string, marks: string[]): RevealTarget => ({ kind, id, accountId: seeded.account.id, marks })
  const rendered = renderScreen(
    <>
      <Hits
        targets={{
          'Open the coolant note': hit('dossier', last.id, ['coolant supplier']),
          'Open a note not there any more': hit('dossier', last.id, ['gearbox']),
          'Open the finding': hit('finding', 'late', ['tenders'])
        }}
      />
      <DossierScreen account={seeded.account} />
    </>,
    { db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'dossier' } }
  )
  await screen.findByRole('navigation', { name: 'Sections' })
  return { ...seeded, ...rendered, last }
}

const flashed = () => [...document.querySelectorAll('.is-flashing')]

describe('opening a dossier hit from search', () => {
  it('flashes the paragraph holding the words found in the editor, and focuses its section', async () => {
    const { user, last } = await openDossier()
    await user.click(screen.getByRole('button', { name: 'Open the coolant note' }))
    await waitFor(() => expect(flashed().map((el) => el.textContent)).toEqual(['Next quarter the COOLANT supplier switches to Fuchs.']))
    const [paragraphEl] = flashed()
    expect(paragraphEl!.closest('[contenteditable]')).not.toBeNull()
    expect(document.activeElement).toBe(screen.getByTestId(`section-${last.channel}`))
  })

  it('opens a collapsed section first', async () => {
    const { user, db, last } = await openDossier({ collapsed: true })
    await user.click(screen.getByRole('button', { name: 'Open the coolant note' }))
    await waitFor(() => expect(flashed()).toHaveLength(1))
    expect((await db.dossierSections.get(last.id))?.collapsed).toBe(false)
  })

  it('flashes a finding', async () => {
    const { user } = await openDossier()
    await user.click(screen.getByRole('button', { name: 'Open the finding' }))
    await waitFor(() => expect(flashed().map((el) => el.textContent)).toEqual(['signs off on tenders alone']))
    expect(flashed()[0]!.matches('mark[data-finding-id="late"]')).toBe(true)
  })

  it('goes to the section when no paragraph holds the words any more', async () => {
    const { user, last } = await openDossier()
    await user.click(screen.getByRole('button', { name: 'Open a note not there any more' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`section-${last.channel}`)))
    expect(flashed()).toEqual([])
  })
})

describe('blockContaining', () => {
  it('finds the innermost block, case- and width-insensitively, trying each mark in turn', () => {
    const root = document.createElement('div')
    root.innerHTML = '<p>Intro</p><ul><li>Outer <ul><li>ＳＫＦ price list</li></ul></li></ul><p>Other</p>'
    expect(blockContaining(root, ['skf'])?.textContent).toBe('ＳＫＦ price list')
    expect(blockContaining(root, ['nothing', 'other'])?.textContent).toBe('Other')
    expect(blockContaining(root, ['missing'])).toBeNull()
  })
})
