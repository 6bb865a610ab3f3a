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
  /** The title's heading level; 1 where the empty state is the whole screen and nothing else titles it. Default 3. */
  headingLevel?: 1 | 2 | 3
  className?: string
}

export function EmptyState({ icon, title, body, action, compact = false, headingLevel = 3, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as 'h1' | 'h2' | 'h3'
  return (
    <div className={cx('ui-empty', compact && 'ui-empty--compact', className)}>
      {icon ? (
        <div className="ui-empty__art" aria-hidden="true">
          <span className="ui-empty__ring" />
          <span className="ui-empty__icon">{icon}</span>
        </div>
      ) : null}
      <Heading className="ui-empty__title">{title}</Heading>
      {body ? <div className="ui-empty__body">{body}</div> : null}
      {action ? <div className="ui-empty__action">{action}</div> : null}
    </div>
  )
}
