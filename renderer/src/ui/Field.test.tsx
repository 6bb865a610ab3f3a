import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Checkbox, NumberField, SelectField, TextArea, TextField } from './Field'

afterEach(cleanup)

describe('Field', () => {
  it('labels the control and shows the hint as its description', () => {
    render(<TextField label="Company name" hint="As registered" value="" onChange={() => {}} />)
    const input = screen.getByLabelText('Company name') as HTMLInputElement
    expect(input.tagName).toBe('INPUT')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    const describedBy = input.getAttribute('aria-describedby')!
    expect(document.getElementById(describedBy)?.textContent).toBe('As registered')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows the error with role=alert, aria-invalid and aria-describedby', () => {
    render(<TextField label="Company name" hint="As registered" error="Required" value="" onChange={() => {}} />)
    const input = screen.getByLabelText('Company name')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toBe('Required')
    const ids = input.getAttribute('aria-describedby')!.split(' ')
    expect(ids).toContain(alert.id)
    expect(ids).toHaveLength(2)
  })

  it('marks required fields without native validation', () => {
    render(<TextField label="Name" required value="" onChange={() => {}} />)
    const input = screen.getByLabelText(/Name/) as HTMLInputElement
    expect(input.getAttribute('aria-required')).toBe('true')
    expect(input.required).toBe(false)
    expect(document.querySelector('.ui-field__required')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('gives each field its own ids', () => {
    render(
      <>
        <TextField label="A" error="bad a" value="" onChange={() => {}} />
        <TextField label="B" error="bad b" value="" onChange={() => {}} />
      </>
    )
    const a = screen.getByLabelText('A')
    const b = screen.getByLabelText('B')
    expect(a.id).not.toBe(b.id)
    expect(a.getAttribute('aria-describedby')).not.toBe(b.getAttribute('aria-describedby'))
  })

  it('TextField reports the new value through onChange and onValueChange', () => {
    const onChange = vi.fn()
    const onValueChange = vi.fn()
    render(<TextField label="City" value="" onChange={onChange} onValueChange={onValueChange} />)
    fireEvent.change(screen.getByLabelText('City'), { target: { value: '苏州' } })
    expect(onValueChange).toHaveBeenCalledWith('苏州')
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('NumberField is a decimal text input that passes the raw string up', () => {
    function Harness({ spy }: { spy: (raw: string) => void }) {
      const [raw, setRaw] = useState('')
      return (
        <NumberField
          label="Revenue"
          value={raw}
          onValueChange={(next) => {
            spy(next)
            setRaw(next)
          }}
        />
      )
    }
    const spy = vi.fn()
    render(<Harness spy={spy} />)
    const input = screen.getByLabelText('Revenue') as HTMLInputElement
    expect(input.type).toBe('text')
    expect(input.inputMode).toBe('decimal')
    fireEvent.change(input, { target: { value: '1,200.5abc' } })
    expect(spy).toHaveBeenLastCalledWith('1,200.5abc')
    expect(input.value).toBe('1,200.5abc')
  })

  it('TextArea wires the error like other fields', () => {
    render(<TextArea label="Notes" error="Too long" value="" onChange={() => {}} />)
    const textarea = screen.getByLabelText('Notes')
    expect(textarea.tagName).toBe('TEXTAREA')
    expect(textarea.getAttribute('aria-invalid')).toBe('true')
  })

  it('SelectField renders options and an empty placeholder option', () => {
    const onValueChange = vi.fn()
    render(
      <SelectField
        label="Stage"
        value=""
        placeholder="Not set"
        options={[
          { value: 'lead', label: 'Lead' },
          { value: 'won', label: 'Won' }
        ]}
        onValueChange={onValueChange}
      />
    )
    const select = screen.getByLabelText('Stage') as HTMLSelectElement
    expect(Array.from(select.options).map((o) => [o.value, o.text])).toEqual([
      ['', 'Not set'],
      ['lead', 'Lead'],
      ['won', 'Won']
    ])
    fireEvent.change(select, { target: { value: 'won' } })
    expect(onValueChange).toHaveBeenCalledWith('won')
  })

  it('Checkbox toggles and is described by its description', () => {
    const onCheckedChange = vi.fn()
    render(<Checkbox label="Has budget" description="Confirmed by finance" checked={false} onCheckedChange={onCheckedChange} />)
    const box = screen.getByRole('checkbox', { name: 'Has budget' })
    const describedBy = box.getAttribute('aria-describedby')!
    expect(document.getElementById(describedBy)?.textContent).toBe('Confirmed by finance')
    fireEvent.click(box)
    expect(onCheckedChange).toHaveBeenCalledWith(true)
  })

  it('Checkbox reflects the indeterminate state', () => {
    render(<Checkbox label="All" indeterminate checked={false} onChange={() => {}} />)
    const box = screen.getByRole('checkbox') as HTMLInputElement
    expect(box.indeterminate).toBe(true)
  })
})
