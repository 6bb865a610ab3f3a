import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { cx } from './cx'

export interface AppFrameProps {
  sidebar: ReactNode
  header: ReactNode
  children?: ReactNode
  /** aria-label for the sidebar's navigation landmark (the page has others, e.g. an account's tabs). */
  sidebarLabel?: string
  /** The sidebar as an icon rail: labels, section titles and badges hidden (still named for assistive tech). */
  sidebarCollapsed?: boolean
  /** id of the sidebar element, for a toggle's aria-controls. */
  sidebarId?: string
  className?: string
}

/**
 * Desktop shell: a full-height sunken sidebar on the left (or a 56px icon rail when collapsed), a 52px
 * header over a scrollable main area.
 */
export function AppFrame({ sidebar, header, children, sidebarLabel, sidebarCollapsed = false, sidebarId, className }: AppFrameProps) {
  return (
    <div className={cx('ui-appframe', sidebarCollapsed && 'ui-appframe--collapsed', className)}>
      <nav className="ui-appframe__sidebar" id={sidebarId} aria-label={sidebarLabel}>
        {sidebar}
      </nav>
      <header className="ui-appframe__header">{header}</header>
      <main className="ui-appframe__main">{children}</main>
    </div>
  )
}

export interface SidebarSectionProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title?: ReactNode
  /** Optional control at the right of the section title (e.g. an "add" icon button). */
  actions?: ReactNode
}

/** A titled group of sidebar items; renders a list so items are announced with a count. */
export function SidebarSection({ title, actions, className, children, ...rest }: SidebarSectionProps) {
  return (
    <div className={cx('ui-sidebar-section', className)} {...rest}>
      {title || actions ? (
        <div className="ui-sidebar-section__header">
          {title ? <div className="ui-sidebar-section__title">{title}</div> : null}
          {actions ? <div className="ui-sidebar-section__actions">{actions}</div> : null}
        </div>
      ) : null}
      <ul className="ui-sidebar-section__list">{children}</ul>
    </div>
  )
}

export interface SidebarItemProps {
  icon?: ReactNode
  label: ReactNode
  active?: boolean
  disabled?: boolean
  /** A count or status, e.g. `3` or a `<Badge>`. */
  badge?: ReactNode
  onClick?: () => void
  /** Renders a link instead of a button (e.g. a hash route); `onClick` still runs. */
  href?: string
  /** Content after the badge, e.g. a `<Kbd>` hint. */
  trailing?: ReactNode
  /** Tooltip, e.g. the full name when the label is truncated or why the item is disabled. */
  title?: string
  className?: string
}

/** One navigation row. Must be placed inside a `SidebarSection` (it renders an `<li>`). */
export function SidebarItem({
  icon,
  label,
  active = false,
  disabled = false,
  badge,
  onClick,
  href,
  trailing,
  title,
  className
}: SidebarItemProps) {
  const hasBadge = badge !== undefined && badge !== null && badge !== false && badge !== ''
  const classes = cx(
    'ui-sidebar-item',
    active && 'ui-sidebar-item--active',
    disabled && 'ui-sidebar-item--disabled',
    className
  )
  const content = (
    <>
      {icon ? (
        <span className="ui-sidebar-item__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="ui-sidebar-item__label">{label}</span>
      {hasBadge ? <span className="ui-sidebar-item__badge">{badge}</span> : null}
      {trailing ? <span className="ui-sidebar-item__trailing">{trailing}</span> : null}
    </>
  )
  return (
    <li className="ui-sidebar-item__li">
      {href !== undefined ? (
        <a
          className={classes}
          href={disabled ? undefined : href}
          aria-current={active ? 'page' : undefined}
          aria-disabled={disabled || undefined}
          title={title}
          onClick={(event) => {
            if (disabled) {
              event.preventDefault()
              return
            }
            onClick?.()
          }}
        >
          {content}
        </a>
      ) : (
        <button
          type="button"
          className={classes}
          aria-current={active ? 'page' : undefined}
          disabled={disabled}
          title={title}
          onClick={onClick}
        >
          {content}
        </button>
      )}
    </li>
  )
}
