import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_TABLES, type BackupTable } from '#shared/schemas/backup'
import type { RestorePreview, RowComparison } from '#shared/domain/restorePreview'
import { renderScreen } from '#testing/renderScreen'
import { RestoreDialog } from './RestoreDialog'

const none: RowComparison = { inFile: 0, here: 0, onlyInFile: 0, onlyHere: 0, newerInFile: 0, newerHere: 0, same: 0 }
const EXPORTED = Date.UTC(2025, 5, 1, 12)

function preview(counts: Partial<Record<BackupTable, Partial<RowComparison>>>, settings: Partial<RowComparison> = {}): RestorePreview {
  return {
    exportedAt: EXPORTED,
    version: 4,
    range: { from: Date.UTC(2024, 0, 15, 12), to: Date.UTC(2025, 4, 30, 12) },
    tables: (Object.keys(BACKUP_TABLES) as BackupTable[]).map((table) => ({ table, ...none, ...counts[table] })),
    settings: { ...none, ...settings }
  }
}

/** 1,200 accounts in the file against 1,150 here: new ones, newer copies either side, and some only here. */
const MIXED = preview(
  {
    accounts: { inFile: 1200, here: 1150, onlyInFile: 60, newerInFile: 40, newerHere: 3, onlyHere: 10, same: 1097 },
    stakeholders: { inFile: 5, here: 5, same: 5 }
  },
  { inFile: 2, here: 2, newerInFile: 1, same: 1 }
)

function show(props: { preview?: RestorePreview | null; snapshotFirst?: boolean; language?: 'en' | 'zh-CN' } = {}) {
  const onChoose = vi.fn()
  const onCancel = vi.fn()
  const screenApi = renderScreen(
    <RestoreDialog preview={props.preview === undefined ? MIXED : props.preview} title="Restore this backup?" snapshotFirst={props.snapshotFirst ?? true} onChoose={onChoose} onCancel={onCancel} />,
    { language: props.language }
  )
  return { ...screenApi, onChoose, onCancel }
}

const cells = (dialog: HTMLElement, label: string) => [...within(dialog).getByRole('rowheader', { name: label }).closest('tr')!.querySelectorAll('td')]

describe('RestoreDialog', () => {
  it('renders nothing without a preview', () => {
    show({ preview: null })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows each kind of record the file or this computer holds, with its counts under the six columns', () => {
    show()
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Records', 'In the file', 'Here now', 'New', 'Newer in file', 'Newer here', 'Only here'])
    expect(cells(dialog, 'Accounts').map((td) => td.textContent)).toEqual(['1,200', '1,150', '60', '40', '3', '10'])
    expect(cells(dialog, 'People').map((td) => td.textContent)).toEqual(['5', '5', '–', '–', '–', '–'])
    expect(cells(dialog, 'Settings').map((td) => td.textContent)).toEqual(['2', '2', '–', '1', '–', '–'])
    // Kinds neither side holds are left out.
    expect(within(dialog).getAllByRole('row')).toHaveLength(4)
    expect(within(dialog).queryByRole('rowheader', { name: 'Visits' })).toBeNull()
    expect(dialog.textContent).toContain('Made Jun 1, 2025')
    expect(dialog.textContent).toContain('records from Jan 15, 2024 to May 30, 2025')
    expect(dialog.textContent).toContain('3 records newer here are overwritten, and 10 records only here are removed')
    expect(dialog.textContent).toContain('A snapshot of what is stored now is saved first.')
  })

  it('highlights what replacing would lose: the counts newer here and only here, where there are any', () => {
    show()
    const dialog = screen.getByRole('dialog')
    const loss = (label: string) => cells(dialog, label).map((td) => td.classList.contains('restore-preview__loss'))
    expect(loss('Accounts')).toEqual([false, false, false, false, true, true])
    expect(loss('People')).toEqual([false, false, false, false, false, false])
    expect(loss('Settings')).toEqual([false, false, false, false, false, false])
  })

  it('says when nothing here is lost, and that the browser edition takes no snapshot first', () => {
    show({ preview: preview({ accounts: { inFile: 2, onlyInFile: 2 } }), snapshotFirst: false })
    const dialog = screen.getByRole('dialog')
    expect(dialog.textContent).toContain('no record newer here is overwritten, and none is removed')
    expect(dialog.textContent).toContain('Export a backup of what is here first if you may want it back.')
    expect(dialog.querySelector('.restore-preview__loss')).toBeNull()
  })

  it('gives Merge the focus, so Enter takes the choice that loses nothing', async () => {
    const { user, onChoose } = show()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Merge' }))
    await user.keyboard('{Enter}')
    expect(onChoose).toHaveBeenCalledWith('merge')
  })

  it('cancels on Escape and on Cancel, choosing nothing', async () => {
    const { user, onChoose, onCancel } = show()
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledTimes(1)
    const cancels = within(screen.getByRole('dialog')).getAllByRole('button', { name: 'Cancel' })
    await user.click(cancels[cancels.length - 1]!)
    expect(onCancel).toHaveBeenCalledTimes(2)
    expect(onChoose).not.toHaveBeenCalled()
  })

  it('asks for replace with its danger button', async () => {
    const { user, onChoose } = show()
    await user.click(screen.getByRole('button', { name: 'Replace everything…' }))
    expect(onChoose).toHaveBeenCalledWith('replace')
    expect(onChoose).toHaveBeenCalledTimes(1)
  })

  it('speaks the rep’s language', () => {
    show({ language: 'zh-CN' })
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['记录', '文件中', '本机现有', '新增', '文件较新', '本机较新', '仅本机有'])
    expect(within(dialog).getByRole('button', { name: '合并' })).toBe(document.activeElement)
    expect(within(dialog).getByRole('button', { name: '全部替换…' })).toBeTruthy()
    expect(dialog.textContent).toContain('本机较新的 3 条记录会被覆盖，仅本机有的 10 条记录会被删除')
  })
})
