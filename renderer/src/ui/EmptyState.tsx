import type { ReactNode } from 'react'
import { cx } from './cx'

export interface EmptyStateProps {
  icon?: ReactNode
  title: ReactNode
  body?: ReactNode
  /** Usually a primary `<Button>`; several can be wrapped in a fragment. */
  action?: ReactNode
  /** Less vertical padding, for use inside cards and side panels. */
  compact?: boolean
  className?: string
}

export function EmptyState({ icon, title, body, action, compact = false, className }: EmptyStateProps) {
  return (
    <div className={cx('ui-empty', compact && 'ui-empty--compact', className)}>
      {icon ? (
        <div className="ui-empty__art" aria-hidden="true">
          <span className="ui-empty__ring" />
          <span className="ui-empty__icon">{icon}</span>
        </div>
      ) : null}
      <h3 className="ui-empty__title">{title}</h3>
      {body ? <div className="ui-empty__body">{body}</div> : null}
      {action ? <div className="ui-empty__action">{action}</div> : null}
    </div>
  )
}
