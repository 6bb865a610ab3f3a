import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from './ConfirmDialog'

afterEach(cleanup)

function setup(overrides: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) {
  const onConfirm = vi.fn()
  const onCancel = vi.fn()
  render(
    <ConfirmDialog
      open
      title="Delete account?"
      body="This cannot be undone."
      confirmLabel="Delete"
      cancelLabel="Keep"
      tone="danger"
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...overrides}
    />
  )
  return { onConfirm, onCancel, dialog: screen.queryByRole('dialog') as HTMLElement }
}

describe('ConfirmDialog', () => {
  it('shows title and body, and is described by the body', () => {
    const { dialog } = setup()
    expect(screen.getByRole('heading', { name: 'Delete account?' })).toBeTruthy()
    const describedBy = dialog.getAttribute('aria-describedby')!
    expect(document.getElementById(describedBy)?.textContent).toBe('This cannot be undone.')
  })

  it('confirm button calls onConfirm only', () => {
    const { onConfirm, onCancel } = setup()
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(onCancel).not.toHaveBeenCalled()
  })

  it('cancel button calls onCancel only', () => {
    const { onConfirm, onCancel } = setup()
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('Enter confirms and Escape cancels', () => {
    const { onConfirm, onCancel, dialog } = setup()
    fireEvent.keyDown(dialog, { key: 'Enter' })
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(onCancel).not.toHaveBeenCalled()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(onCancel).toHaveBeenCalledTimes(1)
    expect(onConfirm).toHaveBeenCalledTimes(1)
  })

  it('leaves Enter on the cancel button to the button (no confirm)', () => {
    const { onConfirm } = setup()
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep' }), { key: 'Enter' })
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('does not confirm while an IME composition is in progress', () => {
    const { onConfirm, dialog } = setup()
    fireEvent.keyDown(dialog, { key: 'Enter', isComposing: true })
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('focuses the confirm button initially', () => {
    setup()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }))
  })

  it('uses the danger style for destructive actions and primary otherwise', () => {
    setup()
    expect(screen.getByRole('button', { name: 'Delete' }).className).toContain('ui-button--danger')
    cleanup()
    setup({ tone: 'default', confirmLabel: 'OK' })
    expect(screen.getByRole('button', { name: 'OK' }).className).toContain('ui-button--primary')
  })

  it('renders nothing when closed', () => {
    setup({ open: false })
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
