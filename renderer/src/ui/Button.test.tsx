import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppFrame, SidebarItem, SidebarSection } from './AppFrame'
import { Badge } from './Badge'
import { Button } from './Button'
import { EmptyState } from './EmptyState'
import { IconButton } from './IconButton'
import { Icons } from './Icons'
import { Spinner } from './Spinner'

afterEach(cleanup)

describe('Button', () => {
  it('defaults to type=button so it never submits a form by accident', () => {
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault())
    render(
      <form onSubmit={onSubmit}>
        <Button>Plain</Button>
        <Button type="submit">Submit</Button>
      </form>
    )
    expect((screen.getByRole('button', { name: 'Plain' }) as HTMLButtonElement).type).toBe('button')
    fireEvent.click(screen.getByRole('button', { name: 'Plain' }))
    expect(onSubmit).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('forwards ref and native props, and applies variant and size classes', () => {
    const ref = createRef<HTMLButtonElement>()
    const onClick = vi.fn()
    render(
      <Button ref={ref} variant="danger" size="sm" icon={<Icons.Trash />} onClick={onClick} title="tip">
        Delete
      </Button>
    )
    const button = screen.getByRole('button', { name: 'Delete' })
    expect(ref.current).toBe(button)
    expect(button.className).toContain('ui-button--danger')
    expect(button.className).toContain('ui-button--sm')
    expect(button.getAttribute('title')).toBe('tip')
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('is disabled and busy while loading', () => {
    const onClick = vi.fn()
    render(
      <Button loading onClick={onClick}>
        Save
      </Button>
    )
    const button = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.getAttribute('aria-busy')).toBe('true')
  })
})

describe('IconButton', () => {
  it('uses label as accessible name and tooltip', () => {
    const onClick = vi.fn()
    render(<IconButton label="Delete row" icon={<Icons.Trash />} onClick={onClick} />)
    const button = screen.getByRole('button', { name: 'Delete row' }) as HTMLButtonElement
    expect(button.title).toBe('Delete row')
    expect(button.type).toBe('button')
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
  })
})

describe('small components', () => {
  it('Icons are decorative unless given a title', () => {
    const { container } = render(
      <>
        <Icons.Plus />
        <Icons.Search title="Search" />
      </>
    )
    const svgs = container.querySelectorAll('svg')
    expect(svgs[0]!.getAttribute('aria-hidden')).toBe('true')
    expect(screen.getByRole('img', { name: 'Search' })).toBe(svgs[1])
  })

  it('Spinner is announced only when labelled', () => {
    const { rerender } = render(<Spinner />)
    expect(screen.queryByRole('status')).toBeNull()
    rerender(<Spinner label="Loading" />)
    expect(screen.getByRole('status', { name: 'Loading' })).toBeTruthy()
  })

  it('Badge renders its tone and optional dot', () => {
    const { container } = render(
      <Badge tone="success" dot>
        Won
      </Badge>
    )
    const badge = container.querySelector('.ui-badge')!
    expect(badge.className).toContain('ui-badge--success')
    expect(badge.querySelector('.ui-badge__dot')).not.toBeNull()
    expect(badge.textContent).toBe('Won')
  })

  it('EmptyState shows title, body and action', () => {
    const onClick = vi.fn()
    render(
      <EmptyState
        icon={<Icons.Building />}
        title="No accounts yet"
        body="Add your first account."
        action={<Button onClick={onClick}>Add</Button>}
      />
    )
    expect(screen.getByRole('heading', { name: 'No accounts yet' })).toBeTruthy()
    expect(screen.getByText('Add your first account.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Add' }))
    expect(onClick).toHaveBeenCalled()
  })

  it('AppFrame lays out sidebar, header and main; SidebarItem marks the active page', () => {
    const onAccounts = vi.fn()
    const onVisits = vi.fn()
    render(
      <AppFrame
        sidebar={
          <SidebarSection title="Workspace">
            <SidebarItem icon={<Icons.Building />} label="Accounts" active badge={3} onClick={onAccounts} />
            <SidebarItem icon={<Icons.Calendar />} label="Visits" disabled onClick={onVisits} />
          </SidebarSection>
        }
        header={<span>Header</span>}
      >
        <p>Content</p>
      </AppFrame>
    )
    expect(screen.getByRole('main').textContent).toBe('Content')
    const accounts = screen.getByRole('button', { name: /Accounts/ })
    expect(accounts.getAttribute('aria-current')).toBe('page')
    fireEvent.click(accounts)
    expect(onAccounts).toHaveBeenCalledTimes(1)
    const visits = screen.getByRole('button', { name: /Visits/ }) as HTMLButtonElement
    expect(visits.disabled).toBe(true)
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })
})
