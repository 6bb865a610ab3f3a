import { useState, type ReactNode } from 'react'
import { useI18n } from '#i18n'
import { routeHref, type Route } from '#app/useHashRoute'

/** One line of a Today list: a link to what it names, a second line of detail, and badges at the right. */
export function TodayItem({ to, title, meta, trailing, testId }: { to: Route; title: ReactNode; meta?: ReactNode; trailing?: ReactNode; testId?: string }) {
  return (
    <li className="today-item" data-testid={testId}>
      <a className="today-item__link" href={routeHref(to)}>
        <span className="today-item__title">{title}</span>
        {meta ? <span className="today-item__meta">{meta}</span> : null}
      </a>
      {trailing ? <span className="today-item__trailing">{trailing}</span> : null}
    </li>
  )
}

/** A titled panel of the Today screen, with its item count beside the title. */
export function TodayPanel({ title, count, className, children }: { title: string; count?: number; className?: string; children: ReactNode }) {
  return (
    <section className={`today-panel ${className ?? ''}`} aria-label={title}>
      <h2 className="today-panel__title">
        {title}
        {count ? <span className="today-panel__count">{count}</span> : null}
      </h2>
      {children}
    </section>
  )
}

/** What an empty panel says: how this part of the plan → visit → outcome → next reason loop fills it. */
export function TodayEmpty({ title, body }: { title: string; body: string }) {
  return (
    <div className="today-empty">
      <p className="today-empty__title">{title}</p>
      <p className="today-empty__body">{body}</p>
    </div>
  )
}

/** The first `limit` items, and a button that shows the rest (or hides them again). */
export function useCapped<T>(items: readonly T[], limit: number): { shown: readonly T[]; toggle: ReactNode } {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  if (items.length <= limit) return { shown: items, toggle: null }
  return {
    shown: open ? items : items.slice(0, limit),
    toggle: (
      <button type="button" className="today-more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('today.showFewer') : t('today.showAll', { count: items.length })}
      </button>
    )
  }
}
