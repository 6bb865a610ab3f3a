import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { cx } from './cx'

interface PanelHeadingProps {
  title?: ReactNode
  description?: ReactNode
  /** Buttons or other controls shown at the right of the heading. */
  actions?: ReactNode
  /** Heading level for the title; default 2. */
  headingLevel?: 2 | 3 | 4
}

export interface CardProps extends PanelHeadingProps, Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** 'none' lets tables and lists run edge to edge. Default 'md'. */
  padding?: 'none' | 'sm' | 'md'
}

function PanelHeader({ title, description, actions, headingLevel = 2, base }: PanelHeadingProps & { base: string }) {
  if (!title && !description && !actions) return null
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  return (
    <header className={`${base}__header`}>
      <div className={`${base}__heading`}>
        {title ? <Heading className={`${base}__title`}>{title}</Heading> : null}
        {description ? <p className={`${base}__description`}>{description}</p> : null}
      </div>
      {actions ? <div className={`${base}__actions`}>{actions}</div> : null}
    </header>
  )
}

/** A bordered panel on the elevated surface. */
export function Card({
  title,
  description,
  actions,
  headingLevel,
  padding = 'md',
  className,
  children,
  ...rest
}: CardProps) {
  return (
    <section className={cx('ui-card', `ui-card--pad-${padding}`, className)} {...rest}>
      <PanelHeader
        title={title}
        description={description}
        actions={actions}
        headingLevel={headingLevel}
        base="ui-card"
      />
      {children !== undefined && children !== null ? <div className="ui-card__body">{children}</div> : null}
    </section>
  )
}

export interface SectionProps extends PanelHeadingProps, Omit<ComponentPropsWithoutRef<'section'>, 'title'> {}

/** An unboxed group with a heading row: for page sections and settings groups. */
export function Section({ title, description, actions, headingLevel, className, children, ...rest }: SectionProps) {
  return (
    <section className={cx('ui-section', className)} {...rest}>
      <PanelHeader
        title={title}
        description={description}
        actions={actions}
        headingLevel={headingLevel}
        base="ui-section"
      />
      {children !== undefined && children !== null ? <div className="ui-section__body">{children}</div> : null}
    </section>
  )
}
