import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SegmentedControl, type SegmentedOption } from './SegmentedControl'

afterEach(cleanup)

type Theme = 'system' | 'light' | 'dark'

const OPTIONS: SegmentedOption<Theme>[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }
]

function Harness({ initial = 'system', options = OPTIONS, onChange }: { initial?: Theme; options?: SegmentedOption<Theme>[]; onChange?: (v: Theme) => void }) {
  const [value, setValue] = useState<Theme>(initial)
  return (
    <SegmentedControl
      ariaLabel="Theme"
      value={value}
      options={options}
      onChange={(next) => {
        onChange?.(next)
        setValue(next)
      }}
    />
  )
}

function radio(name: string) {
  return screen.getByRole('radio', { name })
}

function checkedName(): string {
  return screen.getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')?.textContent ?? ''
}

describe('SegmentedControl', () => {
  it('is a labelled radio group with one checked option and a single tab stop', () => {
    render(<Harness initial="light" />)
    expect(screen.getByRole('radiogroup', { name: 'Theme' })).toBeTruthy()
    expect(checkedName()).toBe('Light')
    expect(screen.getAllByRole('radio').map((r) => r.tabIndex)).toEqual([-1, 0, -1])
  })

  it('arrow keys move the selection and focus, wrapping around', () => {
    const onChange = vi.fn()
    render(<Harness onChange={onChange} />)
    radio('System').focus()

    fireEvent.keyDown(radio('System'), { key: 'ArrowRight' })
    expect(onChange).toHaveBeenLastCalledWith('light')
    expect(checkedName()).toBe('Light')
    expect(document.activeElement).toBe(radio('Light'))
    expect(radio('Light').tabIndex).toBe(0)

    fireEvent.keyDown(radio('Light'), { key: 'ArrowDown' })
    expect(checkedName()).toBe('Dark')

    fireEvent.keyDown(radio('Dark'), { key: 'ArrowRight' })
    expect(checkedName()).toBe('System')
    expect(document.activeElement).toBe(radio('System'))

    fireEvent.keyDown(radio('System'), { key: 'ArrowLeft' })
    expect(checkedName()).toBe('Dark')

    fireEvent.keyDown(radio('Dark'), { key: 'ArrowUp' })
    expect(checkedName()).toBe('Light')
  })

  it('Home and End jump to the ends', () => {
    render(<Harness initial="light" />)
    fireEvent.keyDown(radio('Light'), { key: 'End' })
    expect(checkedName()).toBe('Dark')
    fireEvent.keyDown(radio('Dark'), { key: 'Home' })
    expect(checkedName()).toBe('System')
  })

  it('skips disabled options', () => {
    render(
      <Harness
        options={[
          { value: 'system', label: 'System' },
          { value: 'light', label: 'Light', disabled: true },
          { value: 'dark', label: 'Dark' }
        ]}
      />
    )
    fireEvent.keyDown(radio('System'), { key: 'ArrowRight' })
    expect(checkedName()).toBe('Dark')
  })

  it('clicking selects; clicking the current option does not call onChange', () => {
    const onChange = vi.fn()
    render(<Harness onChange={onChange} />)
    fireEvent.click(radio('System'))
    expect(onChange).not.toHaveBeenCalled()
    fireEvent.click(radio('Dark'))
    expect(onChange).toHaveBeenCalledWith('dark')
    expect(checkedName()).toBe('Dark')
  })

  it('ignores other keys', () => {
    const onChange = vi.fn()
    render(<Harness onChange={onChange} />)
    fireEvent.keyDown(radio('System'), { key: 'a' })
    expect(onChange).not.toHaveBeenCalled()
  })
})
