import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Dialog } from './Dialog'

afterEach(cleanup)

function getDialog(): HTMLDialogElement {
  return screen.getByRole('dialog') as HTMLDialogElement
}

describe('Dialog', () => {
  it('renders nothing while closed', () => {
    render(
      <Dialog open={false} onClose={() => {}} title="Hidden">
        body
      </Dialog>
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByText('Hidden')).toBeNull()
  })

  it('is an open, modal dialog labelled by its title', () => {
    render(
      <Dialog open onClose={() => {}} title="Edit account" description="Details">
        <p>Body text</p>
      </Dialog>
    )
    const dialog = getDialog()
    expect(dialog.tagName).toBe('DIALOG')
    expect(dialog.hasAttribute('open')).toBe(true)
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    const titleId = dialog.getAttribute('aria-labelledby')
    expect(titleId).toBeTruthy()
    expect(document.getElementById(titleId!)?.textContent).toBe('Edit account')
    const descriptionId = dialog.getAttribute('aria-describedby')
    expect(document.getElementById(descriptionId!)?.textContent).toBe('Details')
  })

  it('calls onClose when Escape is pressed', () => {
    const onClose = vi.fn()
    render(
      <Dialog open onClose={onClose} title="T">
        <input aria-label="name" />
      </Dialog>
    )
    fireEvent.keyDown(screen.getByLabelText('name'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('calls onClose on the native cancel event and keeps the element open until the parent closes it', () => {
    const onClose = vi.fn()
    render(
      <Dialog open onClose={onClose} title="T">
        x
      </Dialog>
    )
    const dialog = getDialog()
    const cancel = new Event('cancel', { cancelable: true })
    dialog.dispatchEvent(cancel)
    expect(cancel.defaultPrevented).toBe(true)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(dialog.hasAttribute('open')).toBe(true)
  })

  it('closes on a backdrop click but not on a click inside the panel', () => {
    const onClose = vi.fn()
    render(
      <Dialog open onClose={onClose} title="T">
        <p>Inside</p>
      </Dialog>
    )
    const inside = screen.getByText('Inside')
    fireEvent.mouseDown(inside)
    fireEvent.click(inside)
    expect(onClose).not.toHaveBeenCalled()

    // A drag that starts inside and ends on the backdrop is not a backdrop click.
    fireEvent.mouseDown(inside)
    fireEvent.click(getDialog())
    expect(onClose).not.toHaveBeenCalled()

    fireEvent.mouseDown(getDialog())
    fireEvent.click(getDialog())
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('ignores backdrop clicks when closeOnBackdrop is false', () => {
    const onClose = vi.fn()
    render(
      <Dialog open onClose={onClose} title="T" closeOnBackdrop={false}>
        x
      </Dialog>
    )
    fireEvent.mouseDown(getDialog())
    fireEvent.click(getDialog())
    expect(onClose).not.toHaveBeenCalled()
  })

  it('shows a labelled close button only when closeLabel is given', () => {
    const onClose = vi.fn()
    const { rerender } = render(
      <Dialog open onClose={onClose} title="T">
        x
      </Dialog>
    )
    expect(screen.queryByRole('button')).toBeNull()
    rerender(
      <Dialog open onClose={onClose} title="T" closeLabel="Close">
        x
      </Dialog>
    )
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('focuses the first focusable element in the body, or the dialog itself', () => {
    const { unmount } = render(
      <Dialog open onClose={() => {}} title="T" closeLabel="Close" footer={<button>Save</button>}>
        <p>text</p>
        <input aria-label="first" />
        <input aria-label="second" />
      </Dialog>
    )
    expect(document.activeElement).toBe(screen.getByLabelText('first'))
    unmount()

    render(
      <Dialog open onClose={() => {}} title="T">
        <p>no controls</p>
      </Dialog>
    )
    expect(document.activeElement).toBe(getDialog())
  })

  it('prefers an element marked data-autofocus', () => {
    render(
      <Dialog open onClose={() => {}} title="T" footer={<button data-autofocus="">Save</button>}>
        <input aria-label="first" />
      </Dialog>
    )
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }))
  })

  it('restores focus to the opener when it closes', () => {
    function Harness() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <button onClick={() => setOpen(true)}>Open</button>
          <Dialog open={open} onClose={() => setOpen(false)} title="T">
            <input aria-label="inside" />
          </Dialog>
        </>
      )
    }
    render(<Harness />)
    const opener = screen.getByRole('button', { name: 'Open' })
    opener.focus()
    fireEvent.click(opener)
    expect(document.activeElement).toBe(screen.getByLabelText('inside'))

    fireEvent.keyDown(screen.getByLabelText('inside'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('gives focus to the page heading when the opener is gone by the time it closes', () => {
    function Harness() {
      const [open, setOpen] = useState(false)
      const [opener, setOpener] = useState(true)
      return (
        <>
          <h1 tabIndex={-1}>Account</h1>
          {opener && <button onClick={() => setOpen(true)}>Delete</button>}
          <Dialog open={open} onClose={() => setOpen(false)} title="T">
            <button onClick={() => (setOpener(false), setOpen(false))}>Confirm</button>
          </Dialog>
        </>
      )
    }
    render(<Harness />)
    const opener = screen.getByRole('button', { name: 'Delete' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Account' }))
  })

  it('uses showModal and close when the element supports them', () => {
    const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>
    const hadShowModal = 'showModal' in proto
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '')
    })
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open')
    })
    const originalShowModal = proto.showModal
    const originalClose = proto.close
    proto.showModal = showModal
    proto.close = close
    try {
      const { unmount } = render(
        <Dialog open onClose={() => {}} title="T">
          x
        </Dialog>
      )
      expect(showModal).toHaveBeenCalledTimes(1)
      act(() => unmount())
      expect(close).toHaveBeenCalledTimes(1)
    } finally {
      if (hadShowModal) {
        proto.showModal = originalShowModal
        proto.close = originalClose
      } else {
        delete proto.showModal
        delete proto.close
      }
    }
  })

  it('lets an inner dialog handle Escape without closing the outer one', () => {
    const outer = vi.fn()
    const inner = vi.fn()
    render(
      <Dialog open onClose={outer} title="Outer">
        <Dialog open onClose={inner} title="Inner">
          <input aria-label="inner input" />
        </Dialog>
      </Dialog>
    )
    fireEvent.keyDown(screen.getByLabelText('inner input'), { key: 'Escape' })
    expect(inner).toHaveBeenCalledTimes(1)
    expect(outer).not.toHaveBeenCalled()
  })
})
