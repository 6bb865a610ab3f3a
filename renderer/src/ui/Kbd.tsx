import type { ComponentPropsWithoutRef } from 'react'
import { cx } from './cx'

export interface KbdProps extends ComponentPropsWithoutRef<'kbd'> {
  /** A chord as separate keys, e.g. ['⌘', 'K']; each gets its own chip. Otherwise `children` is used. */
  keys?: readonly string[]
}

export function Kbd({ keys, className, children, ...rest }: KbdProps) {
  if (keys && keys.length > 0) {
    return (
      <kbd className={cx('ui-kbd-group', className)} {...rest}>
        {keys.map((key, index) => (
          <kbd key={`${key}-${index}`} className="ui-kbd">
            {key}
          </kbd>
        ))}
      </kbd>
    )
  }
  return (
    <kbd className={cx('ui-kbd', className)} {...rest}>
      {children}
    </kbd>
  )
}
