import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Language } from '#shared/ipc/contract'
import { saveLanguage } from '#data'
import { I18nProvider } from '#i18n'
import { fakeHost } from '#testing/fakeHost'
import { DateField } from './DateField'

let saved: string[] = []

function Form({ initial = '', max }: { initial?: string; max?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <DateField
        label="Date"
        value={value}
        max={max}
        onValueChange={(v) => {
          saved.push(v)
          setValue(v)
        }}
      />
      <output data-testid="value">{value}</output>
    </>
  )
}

function renderIn(language: Language, form: Parameters<typeof Form>[0] = {}) {
  saveLanguage(language)
  render(
    <I18nProvider host={fakeHost()}>
      <Form {...form} />
    </I18nProvider>
  )
  return screen.getByRole('textbox')
}

const type = (input: HTMLElement, text: string) => {
  fireEvent.change(input, { target: { value: text } })
  fireEvent.blur(input)
}

afterEach(() => {
  cleanup()
  saved = []
  localStorage.clear()
})

describe('DateField', () => {
  it('shows the date in Chinese under the Chinese UI, not in the computer locale', () => {
    const input = renderIn('zh-CN', { initial: '2026-12-05' })
    expect(input).toHaveProperty('value', '2026年12月5日')
    expect(input.getAttribute('type')).toBe('text')
  })

  it('takes 2026-12-05 and 2026年12月5日 in Chinese and shows it back in Chinese', () => {
    const input = renderIn('zh-CN')
    type(input, '2026/12/5')
    expect(screen.getByTestId('value').textContent).toBe('2026-12-05')
    expect(input).toHaveProperty('value', '2026年12月5日')
    type(input, '2027年1月31日')
    expect(screen.getByTestId('value').textContent).toBe('2027-01-31')
  })

  it('takes 12/5/2026 in English and shows Dec 5, 2026', () => {
    const input = renderIn('en')
    type(input, '12/5/2026')
    expect(screen.getByTestId('value').textContent).toBe('2026-12-05')
    expect(input).toHaveProperty('value', 'Dec 5, 2026')
  })

  it('says what to type when the text is not a date, and keeps the last good date', () => {
    const input = renderIn('zh-CN', { initial: '2026-12-05' })
    type(input, '下周三')
    expect(screen.getByRole('alert').textContent).toContain('请填写有效的日期，如 2026-12-05 或 2026年12月5日。')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByTestId('value').textContent).toBe('2026-12-05')
    type(input, '')
    expect(screen.getByTestId('value').textContent).toBe('')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses a date after the latest allowed, naming it', () => {
    const input = renderIn('en', { max: '2026-12-01' })
    type(input, '2026-12-05')
    expect(screen.getByRole('alert').textContent).toContain('The date cannot be after Dec 1, 2026.')
    expect(saved).toEqual([])
  })
})
