import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRepositories, type Account } from '#data'
import { accountDraft, freshDb, stakeholderDraft } from '#data/testSupport'
import { renderScreen } from '#testing/renderScreen'
import { ExportPeopleDialog } from './ExportPeopleDialog'
import { useImportContacts } from './useImportContacts'

function ImportButton({ account }: { account: Account }) {
  const importer = useImportContacts(account)
  return (
    <>
      <button onClick={importer.start}>Start import</button>
      {importer.element}
    </>
  )
}

// As an Android phone writes three cards: one is 王建国 again (his mobile in another form), one has no name.
const VCARD = [
  'BEGIN:VCARD', 'VERSION:3.0', 'FN:王总', 'N:王;总;;;', 'TITLE:采购总监', 'TEL;TYPE=CELL:+86 138-0013-8000', 'EMAIL;TYPE=WORK:wang@hdjm.cn', 'END:VCARD',
  'BEGIN:VCARD', 'VERSION:3.0', 'FN:刘芳', 'N:刘;芳;;;', 'ORG:华东精密;财务部', 'TITLE:财务经理', 'TEL;TYPE=CELL:139 0000 1111', 'END:VCARD',
  'BEGIN:VCARD', 'VERSION:3.0', 'TEL;TYPE=CELL:13700000000', 'END:VCARD'
].join('\r\n')

async function renderWithAccount() {
  const db = freshDb()
  const repos = createRepositories(db)
  const account = await repos.accounts.create(accountDraft({ name: '华东精密' }))
  const wang = await repos.stakeholders.create(stakeholderDraft(account.id, { name: '王建国', title: '采购经理', department: '采购部', phone: '13800138000', email: '', roles: ['buyer'], sensitiveNotes: '' }))
  return { ...renderScreen(<ImportButton account={account} />, { db }), account, wang }
}

async function setUp() {
  const view = await renderWithAccount()
  view.host.nextOpen = { name: 'contacts.vcf', bytes: new TextEncoder().encode(VCARD) }
  await view.user.click(screen.getByRole('button', { name: 'Start import' }))
  // The reading step is a dialog of the same name; the preview replaces it.
  await screen.findByText('刘芳')
  const dialog = screen.getByRole('dialog', { name: 'Import people' })
  return { ...view, dialog }
}

const livePeople = async (view: Awaited<ReturnType<typeof setUp>>) =>
  (await view.db.stakeholders.toArray()).filter((p) => p.deletedAt === null).map((p) => p.name).sort()

describe('importing people from a contacts file', () => {
  it('previews each person with what happens to them, and the rows it cannot take with why', async () => {
    const { dialog } = await setUp()
    expect(within(dialog).getByText(/contacts\.vcf · vCard · 3 cards/)).toBeTruthy()
    expect(within(dialog).getByText('Same phone as 王建国')).toBeTruthy()
    expect(within(dialog).getByText('adds email: wang@hdjm.cn')).toBeTruthy()
    expect(within(dialog).getByText('Finance')).toBeTruthy()
    expect(within(dialog).getByText('Row 3: no name')).toBeTruthy()
    expect(within(dialog).getByText('1 new · 1 merged · 0 skipped · 1 bad row')).toBeTruthy()
    expect(within(dialog).getByRole('button', { name: 'Import 2 people' })).toHaveProperty('disabled', false)
  })

  it('writes the rep’s choices in one go and undoes the whole import from its toast', async () => {
    const view = await setUp()
    await view.user.click(within(view.dialog).getByRole('radio', { name: 'Skip' }))
    await view.user.click(within(view.dialog).getByRole('button', { name: 'Import 1 person' }))
    const toast = await screen.findByText('Imported into 华东精密: 1 new, 0 merged, 1 skipped, 1 bad row left out')
    expect(await livePeople(view)).toEqual(['刘芳', '王建国'])
    const liu = (await view.db.stakeholders.toArray()).find((p) => p.name === '刘芳')!
    expect(liu).toMatchObject({ title: '财务经理', department: '财务部', phone: '139 0000 1111', roles: ['finance'] })
    expect((await view.db.stakeholders.get(view.wang.id))!.email).toBe('')

    const undo = within(toast.closest('[role="status"], [role="alert"], li, div') as HTMLElement).getByRole('button', { name: 'Undo' })
    await view.user.click(undo)
    await waitFor(async () => expect(await livePeople(view)).toEqual(['王建国']))
  })

  it('merges a duplicate by default, filling what the map lacks', async () => {
    const view = await setUp()
    await view.user.click(within(view.dialog).getByRole('button', { name: 'Import 2 people' }))
    await screen.findByText(/Imported into 华东精密: 1 new, 1 merged/)
    expect((await view.db.stakeholders.get(view.wang.id))!).toMatchObject({ name: '王建国', title: '采购经理', email: 'wang@hdjm.cn', phone: '13800138000' })
  })

  it('refuses a file that is not contacts with a sentence, and opens nothing', async () => {
    const view = await renderWithAccount()
    view.host.nextOpen = { name: 'photo.csv', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) }
    await view.user.click(screen.getByRole('button', { name: 'Start import' }))
    expect(await screen.findByText(/photo\.csv is not a contacts file/)).toBeTruthy()
    expect(screen.queryByRole('dialog', { name: 'Import people' })).toBeNull()
  })
})

describe('exporting people', () => {
  it('saves the map’s people as CSV for Excel without their private notes', async () => {
    const { account, db } = await renderWithAccount()
    const people = (await db.stakeholders.toArray()).map((p) => ({ ...p, sensitiveNotes: '孩子在读高三' }))
    const view = renderScreen(<ExportPeopleDialog account={account} people={people} onClose={() => undefined} />, { db })
    await view.user.click(screen.getByRole('radio', { name: 'CSV (Excel, CRM)' }))
    await view.user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(view.host.saved).toHaveLength(1))
    const saved = view.host.saved[0]!
    expect(saved.suggestedName).toBe('华东精密.csv')
    expect(String(saved.data)).toBe('\ufeffFull name,Title,Department,Phone,Email,Company\r\n王建国,采购经理,采购部,13800138000,,华东精密\r\n')
    expect(String(saved.data)).not.toContain('高三')
  })
})
