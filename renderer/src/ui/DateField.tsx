import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useI18n } from '#i18n'
import { formatDateText, parseDateText } from '#shared/i18n/dateText'
import type { FieldBaseProps } from './Field'
import { TextField } from './Field'
import { CalendarIcon } from './Icons'
import './DateField.css'

export interface DateFieldProps extends FieldBaseProps {
  /** `yyyy-mm-dd`, or '' for no date: the same value an `<input type="date">` holds. */
  value: string
  /** Called with `yyyy-mm-dd` as soon as the text is a date, or '' when it is cleared. */
  onValueChange: (value: string) => void
  /** Latest and earliest dates allowed, `yyyy-mm-dd`. */
  max?: string
  min?: string
  title?: string
  disabled?: boolean
  id?: string
  fieldClassName?: string
  hint?: ReactNode
}

/**
 * Date entry in the UI language, whatever the computer's locale (Chromium's `<input type="date">` follows
 * the OS, so a Chinese UI on an English system showed mm/dd/yyyy). A text box shows 2026年12月5日 /
 * Dec 5, 2026, takes the ways a rep types a date (2026-12-05, 2026/12/5, 2026年12月5日; in English also
 * 12/5/2026 and Dec 5, 2026) and says so when the text is not a date; the calendar button opens the
 * browser's picker.
 */
export function DateField({ value, onValueChange, max, min, error, disabled, title, ...field }: DateFieldProps) {
  const { language, t } = useI18n()
  const [text, setText] = useState(() => formatDateText(language, value))
  const [touched, setTouched] = useState(false)
  const picker = useRef<HTMLInputElement>(null)

  // A value set from outside (a reset, the picker, another language) replaces the text unless it already says that date.
  useEffect(() => {
    setText((current) => (parseDateText(language, current) === value && value !== '' ? current : formatDateText(language, value)))
  }, [language, value])

  const parsed = text.trim() === '' ? '' : parseDateText(language, text)
  const ownError =
    parsed === null
      ? t('date.invalid')
      : parsed !== '' && max && parsed > max
        ? t('date.tooLate', { date: formatDateText(language, max) })
        : parsed !== '' && min && parsed < min
          ? t('date.tooEarly', { date: formatDateText(language, min) })
          : null

  const change = (next: string) => {
    setText(next)
    const date = next.trim() === '' ? '' : parseDateText(language, next)
    if (date !== null && date !== value && !(date && ((max && date > max) || (min && date < min)))) onValueChange(date)
  }

  return (
    <TextField
      {...field}
      value={text}
      disabled={disabled}
      title={title}
      inputMode="text"
      autoComplete="off"
      placeholder={t('date.placeholder')}
      error={error ?? (touched ? ownError : null)}
      onValueChange={change}
      onBlur={() => {
        setTouched(true)
        if (parsed) setText(formatDateText(language, parsed))
      }}
      trailing={
        <span className="ui-date__pick">
          <button
            type="button"
            className="ui-date__button"
            aria-label={t('date.pick')}
            title={t('date.pick')}
            disabled={disabled}
            onClick={() => {
              try {
                picker.current?.showPicker()
              } catch {
                picker.current?.focus()
              }
            }}
          >
            <CalendarIcon size={16} />
          </button>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            className="ui-date__native"
            value={parsed || value}
            max={max}
            min={min}
            onChange={(e) => {
              setTouched(true)
              setText(formatDateText(language, e.target.value))
              if (e.target.value !== value) onValueChange(e.target.value)
            }}
          />
        </span>
      }
    />
  )
}
