import type { ComponentPropsWithRef, ReactNode } from 'react'
import { cx } from './cx'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'
export type ButtonSize = 'sm' | 'md'

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant
  size?: ButtonSize
  /** Leading icon, e.g. `<PlusIcon />`. */
  icon?: ReactNode
  /** Trailing content such as a `<Kbd>` hint or a chevron. */
  trailing?: ReactNode
  /** Shows a spinner in place of the icon and disables the button (aria-busy). */
  loading?: boolean
  /** Stretch to the container width. */
  block?: boolean
}

export function Button({
  variant = 'secondary',
  size = 'md',
  icon,
  trailing,
  loading = false,
  block = false,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'ui-button',
        `ui-button--${variant}`,
        `ui-button--${size}`,
        block && 'ui-button--block',
        loading && 'ui-button--loading',
        className
      )}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...rest}
    >
      {loading ? (
        <span className="ui-button__icon" aria-hidden="true">
          <span className="ui-spinner ui-spinner--sm" />
        </span>
      ) : icon ? (
        <span className="ui-button__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children !== undefined && children !== null && children !== false ? (
        <span className="ui-button__label">{children}</span>
      ) : null}
      {trailing ? <span className="ui-button__trailing">{trailing}</span> : null}
    </button>
  )
}
