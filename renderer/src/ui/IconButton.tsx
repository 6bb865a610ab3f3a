import type { ComponentPropsWithRef, ReactNode } from 'react'
import { cx } from './cx'

export interface IconButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'aria-label'> {
  /** Accessible name; also shown as the native tooltip. */
  label: string
  /** The icon; may be given as `children` instead. */
  icon?: ReactNode
  children?: ReactNode
  variant?: 'ghost' | 'secondary' | 'primary' | 'danger' | 'danger-ghost'
  size?: 'sm' | 'md'
  /** For toggle buttons (e.g. "pin"): exposed as aria-pressed and styled as active. */
  pressed?: boolean
}

export function IconButton({
  label,
  icon,
  children,
  variant = 'ghost',
  size = 'md',
  pressed,
  type = 'button',
  title,
  className,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={title ?? label}
      aria-pressed={pressed}
      className={cx(
        'ui-button',
        'ui-icon-button',
        `ui-button--${variant}`,
        `ui-button--${size}`,
        pressed && 'ui-icon-button--pressed',
        className
      )}
      {...rest}
    >
      <span className="ui-button__icon" aria-hidden="true">
        {icon ?? children}
      </span>
    </button>
  )
}
