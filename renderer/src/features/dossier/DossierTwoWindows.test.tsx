import { screen, waitFor, within } from '@testing-library/react'
import { $createTextNode, $getRoot, $isElementNode, type LexicalEditor } from 'lexical'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { doc, paragraph, text } from '#shared/domain/dossier/fixtures'
import { AtlasDb, createDossierRepository, type DossierSection } from '#data'
import { loadTabs, renderApp } from '#testing/renderScreen'
import { seedAccount } from '#testing/seed'

beforeAll(() => loadTabs('dossier'), 120_000)

const others: AtlasDb[] = []
afterEach(() => {
  for (const db of others.splice(0)) db.close()
})

const content = (words: string) => doc(paragraph(text(words))) as unknown as Record<string, unknown>

async function openDossier() {
  const seeded = await seedAccount()
  const dossier = createDossierRepository(seeded.db)
  await dossier.ensureSections(seeded.account.id)
  const gatekeeper = (await seeded.db.dossierSections.where('accountId').equals(seeded.account.id).toArray()).find((s) => s.channel === 'gatekeeper')!
  await dossier.saveContent(gatekeeper.id, content('前台说总经理一个人拍板'), '前台说总经理一个人拍板')
  const rendered = renderApp({ db: seeded.db, route: { name: 'account', id: seeded.account.id, tab: 'dossier' } })
  await screen.findByText('前台说总经理一个人拍板', { selector: '[contenteditable] *' })
  const other = new AtlasDb(seeded.db.name)
  others.push(other)
  return { ...seeded, ...rendered, gatekeeper, elsewhere: createDossierRepository(other) }
}

/** What the other window saves: based on the section as it stores it now. */
async function saveElsewhere(repo: ReturnType<typeof createDossierRepository>, db: AtlasDb, id: string, words: string) {
  const stored = (await db.dossierSections.get(id)) as DossierSection
  await repo.saveContent(id, content(words), words, { updatedAt: stored.updatedAt, contentJson: JSON.stringify(stored.content) })
}

const editorOf = (channel: string) => (screen.getByTestId(`editor-${channel}`) as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor

describe('a dossier section changed in another window', () => {
  it('shows up in an editor the rep is not in', async () => {
    const { db, gatekeeper, elsewhere } = await openDossier()
    await saveElsewhere(elsewhere, db, gatekeeper.id, '采购部王经理也要签字')
    expect(await screen.findByText('采购部王经理也要签字', { selector: '[contenteditable] *' })).toBeTruthy()
    expect(screen.queryByText('前台说总经理一个人拍板', { selector: '[contenteditable] *' })).toBeNull()
    expect(screen.queryByTestId('section-conflict')).toBeNull()
  })

  it('with unsaved typing: warns, overwrites neither, and “Keep mine” saves the rep’s text', async () => {
    const { user, db, gatekeeper, elsewhere } = await openDossier()
    // Typing the autosave has not stored yet.
    editorOf('gatekeeper').update(() => {
      const first = $getRoot().getFirstChild()
      if ($isElementNode(first)) first.append($createTextNode('，我补一句'))
    })
    await saveElsewhere(elsewhere, db, gatekeeper.id, '采购部王经理也要签字')

    const warning = await screen.findByTestId('section-conflict')
    expect(warning.textContent).toContain('changed in another window')
    // Neither is lost: the editor keeps the rep's text, the database keeps the other window's.
    expect(screen.getByTestId('editor-gatekeeper').textContent).toContain('我补一句')
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect((await db.dossierSections.get(gatekeeper.id))?.plainText).toBe('采购部王经理也要签字')

    await user.click(within(warning).getByRole('button', { name: 'Keep mine' }))
    await waitFor(async () => expect((await db.dossierSections.get(gatekeeper.id))?.plainText).toContain('我补一句'))
    expect(screen.queryByTestId('section-conflict')).toBeNull()
  })

  it('“Load theirs” replaces the rep’s unsaved typing with the stored text', async () => {
    const { user, db, gatekeeper, elsewhere } = await openDossier()
    editorOf('gatekeeper').update(() => {
      const first = $getRoot().getFirstChild()
      if ($isElementNode(first)) first.append($createTextNode('，我补一句'))
    })
    await saveElsewhere(elsewhere, db, gatekeeper.id, '采购部王经理也要签字')
    await user.click(within(await screen.findByTestId('section-conflict')).getByRole('button', { name: 'Load theirs' }))
    expect(await screen.findByText('采购部王经理也要签字', { selector: '[contenteditable] *' })).toBeTruthy()
    expect(screen.getByTestId('editor-gatekeeper').textContent).not.toContain('我补一句')
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect((await db.dossierSections.get(gatekeeper.id))?.plainText).toBe('采购部王经理也要签字')
  })
})
