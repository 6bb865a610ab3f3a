import { cx } from './cx'

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg'
  /** Accessible text ("Loading…"). Without it the spinner is decorative (aria-hidden). */
  label?: string
  className?: string
}

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  if (label) {
    return (
      <span role="status" aria-label={label} className={cx('ui-spinner-wrap', className)}>
        <span className={cx('ui-spinner', `ui-spinner--${size}`)} aria-hidden="true" />
      </span>
    )
  }
  return <span className={cx('ui-spinner', `ui-spinner--${size}`, className)} aria-hidden="true" />
}
