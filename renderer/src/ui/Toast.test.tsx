import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ToastProvider, useToast, useToastSafeArea, type ToastApi } from './Toast'

let api: ToastApi

function Capture() {
  api = useToast()
  return null
}

function renderProvider(max?: number) {
  return render(
    <ToastProvider closeLabel="Dismiss" max={max}>
      <Capture />
    </ToastProvider>
  )
}

/** A side column of the given box that declares itself the toasts' safe area. */
function SidePanel({ box }: { box: { left: number; width: number } }) {
  const safeArea = useToastSafeArea()
  return (
    <aside
      data-testid="side"
      ref={(element) => {
        if (element) element.getBoundingClientRect = () => DOMRect.fromRect({ x: box.left, y: 100, width: box.width, height: 500 })
        safeArea(element)
      }}
    />
  )
}

const region = () => screen.getByTestId('toast-region')
const visibleMessages = () => screen.queryAllByTestId('toast').map((t) => t.querySelector('.ui-toast__message')?.textContent)

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('Toast', () => {
  it('shows the message in a polite status region and returns an id', () => {
    renderProvider()
    let id = ''
    act(() => {
      id = api.show({ message: 'Account saved', tone: 'success' })
    })
    expect(id).toMatch(/\S/)
    const region = screen.getByRole('status')
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.textContent).toContain('Account saved')
  })

  it('auto-dismisses after the default 5000 ms', () => {
    renderProvider()
    act(() => {
      api.show({ message: 'Saved' })
    })
    act(() => {
      vi.advanceTimersByTime(4999)
    })
    expect(screen.queryByText('Saved')).not.toBeNull()
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(screen.queryByText('Saved')).toBeNull()
  })

  it('honours a custom duration', () => {
    renderProvider()
    act(() => {
      api.show({ message: 'Quick', durationMs: 1000 })
      api.show({ message: 'Slow', durationMs: 8000 })
    })
    act(() => {
      vi.advanceTimersByTime(1000)
    })
    expect(screen.queryByText('Quick')).toBeNull()
    expect(screen.queryByText('Slow')).not.toBeNull()
    act(() => {
      vi.advanceTimersByTime(7000)
    })
    expect(screen.queryByText('Slow')).toBeNull()
  })

  it('keeps a toast with durationMs 0 until it is closed', () => {
    renderProvider()
    act(() => {
      api.show({ message: 'Sticky', durationMs: 0 })
    })
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(screen.queryByText('Sticky')).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('Sticky')).toBeNull()
  })

  it('runs the action and then disappears', () => {
    renderProvider()
    const undo = vi.fn()
    act(() => {
      api.show({ message: 'Account deleted', action: { label: 'Undo', onClick: undo } })
    })
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(undo).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('Account deleted')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('dismiss(id) removes only that toast', () => {
    renderProvider()
    let first = ''
    act(() => {
      first = api.show({ message: 'One' })
      api.show({ message: 'Two' })
    })
    act(() => {
      api.dismiss(first)
    })
    expect(screen.queryByText('One')).toBeNull()
    expect(screen.queryByText('Two')).not.toBeNull()
  })

  it('pauses the countdown while hovered', () => {
    renderProvider()
    act(() => {
      api.show({ message: 'Hover me', durationMs: 2000 })
    })
    const toast = screen.getByText('Hover me').closest('.ui-toast')!
    act(() => {
      vi.advanceTimersByTime(1500)
    })
    fireEvent.mouseEnter(toast)
    act(() => {
      vi.advanceTimersByTime(10_000)
    })
    expect(screen.queryByText('Hover me')).not.toBeNull()
    fireEvent.mouseLeave(toast)
    act(() => {
      vi.advanceTimersByTime(1000)
    })
    expect(screen.queryByText('Hover me')).toBeNull()
  })

  it('keeps at most `max` toasts, dropping the oldest', () => {
    renderProvider(2)
    act(() => {
      api.show({ message: 'A' })
      api.show({ message: 'B' })
      api.show({ message: 'C' })
    })
    expect(screen.queryByText('A')).toBeNull()
    expect(screen.queryByText('B')).not.toBeNull()
    expect(screen.queryByText('C')).not.toBeNull()
  })

  it('shows at most three of a burst of five, the newest, each still with its close button', () => {
    renderProvider()
    act(() => {
      for (const n of [1, 2, 3, 4, 5]) api.show({ message: `Saved ${n}` })
    })
    expect(visibleMessages()).toEqual(['Saved 3', 'Saved 4', 'Saved 5'])
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(3)
  })

  it('replaces a toast repeated with the same message instead of stacking it', () => {
    renderProvider()
    act(() => {
      api.show({ message: 'Positions reset' })
      api.show({ message: 'Link added', tone: 'success' })
      api.show({ message: 'Positions reset' })
    })
    expect(visibleMessages()).toEqual(['Link added', 'Positions reset'])
  })

  it('sits bottom-centre by default, over a declared side column while it is there, and over the sidebar when the column is too wide to be one', () => {
    window.innerWidth = 1280
    const view = render(
      <ToastProvider closeLabel="Dismiss">
        <Capture />
      </ToastProvider>
    )
    act(() => {
      api.show({ message: 'Saved' })
    })
    expect(region().className).toContain('ui-toast-region--centre')
    expect(region().style.left).toBe('')

    view.rerender(
      <ToastProvider closeLabel="Dismiss">
        <Capture />
        <SidePanel box={{ left: 916, width: 340 }} />
      </ToastProvider>
    )
    expect(region().className).toContain('ui-toast-region--column')
    expect(region().style.left).toBe('916px')
    expect(region().style.width).toBe('340px')
    expect(region().textContent).toContain('Saved')

    // A narrow window stacks the column under the canvas, full width: toasts go to the sidebar corner.
    view.rerender(
      <ToastProvider closeLabel="Dismiss">
        <Capture />
        <SidePanel key="stacked" box={{ left: 256, width: 1000 }} />
      </ToastProvider>
    )
    expect(region().className).toContain('ui-toast-region--corner')
    expect(region().style.left).toBe('')

    // Leaving the screen gives the default back.
    view.rerender(
      <ToastProvider closeLabel="Dismiss">
        <Capture />
      </ToastProvider>
    )
    expect(region().className).toContain('ui-toast-region--centre')
  })

  it('throws a clear error outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Capture />)).toThrow(/ToastProvider/)
    spy.mockRestore()
  })
})
