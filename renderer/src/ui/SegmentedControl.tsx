import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { cx } from './cx'

export interface SegmentedOption<T extends string = string> {
  value: T
  label: ReactNode
  icon?: ReactNode
  disabled?: boolean
  /** Accessible name when `label` is not plain text (e.g. icon-only segments). */
  ariaLabel?: string
}

export interface SegmentedControlProps<T extends string = string> {
  value: T
  onChange: (value: T) => void
  /** 2 to 4 options. */
  options: readonly SegmentedOption<T>[]
  ariaLabel: string
  size?: 'sm' | 'md'
  disabled?: boolean
  className?: string
}

/**
 * A radio group drawn as a segmented toggle. One tab stop; arrow keys (and Home/End) move the selection,
 * skipping disabled options and wrapping around.
 */
export function SegmentedControl<T extends string = string>({
  value,
  onChange,
  options,
  ariaLabel,
  size = 'md',
  disabled = false,
  className
}: SegmentedControlProps<T>) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([])
  const selectedIndex = options.findIndex((option) => option.value === value)
  // If nothing matches, the first enabled option takes the tab stop.
  const tabStop = selectedIndex >= 0 ? selectedIndex : options.findIndex((option) => !option.disabled)

  const select = (index: number) => {
    const option = options[index]
    if (!option) return
    buttons.current[index]?.focus()
    if (option.value !== value) onChange(option.value)
  }

  const step = (from: number, delta: 1 | -1): number => {
    const count = options.length
    for (let i = 1; i <= count; i += 1) {
      const index = (((from + delta * i) % count) + count) % count
      if (!options[index]?.disabled) return index
    }
    return from
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (disabled) return
    let next: number
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = step(index, 1)
        break
      case 'ArrowLeft':
      case 'ArrowUp':
        next = step(index, -1)
        break
      case 'Home':
        next = step(-1, 1)
        break
      case 'End':
        next = step(options.length, -1)
        break
      default:
        return
    }
    event.preventDefault()
    select(next)
  }

  return (
    <div
      role="radiogroup"
      aria-label={ariaLabel}
      aria-disabled={disabled || undefined}
      className={cx('ui-segmented', `ui-segmented--${size}`, disabled && 'ui-segmented--disabled', className)}
    >
      {options.map((option, index) => {
        const checked = index === selectedIndex
        return (
          <button
            key={option.value}
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={option.ariaLabel}
            tabIndex={index === tabStop ? 0 : -1}
            disabled={disabled || option.disabled}
            className={cx('ui-segmented__option', checked && 'ui-segmented__option--checked')}
            onClick={() => select(index)}
            onKeyDown={(event) => handleKeyDown(event, index)}
          >
            {option.icon ? (
              <span className="ui-segmented__icon" aria-hidden="true">
                {option.icon}
              </span>
            ) : null}
            {option.label !== undefined && option.label !== null && option.label !== '' ? (
              <span className="ui-segmented__label">{option.label}</span>
            ) : null}
          </button>
        )
      })}
    </div>
  )
}
