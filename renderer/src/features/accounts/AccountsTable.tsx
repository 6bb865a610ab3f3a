import type { Virtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type ReactNode, type RefObject } from 'react'
import { lastActivityOf } from '#shared/domain/accountList'
import type { VisitLike } from '#shared/domain/cadence'
import { assessQualification } from '#shared/domain/qualification'
import { PIPELINE_STAGES } from '#shared/schemas/enums'
import type { Account } from '#data'
import { useI18n } from '#i18n'
import { routeHref } from '#app/useHashRoute'
import { Badge, IconButton, Icons, useScrollParentVirtualizer } from '#ui'
import { ClassificationBadge, VerdictBadge } from './ClassificationBadge'
import { NextVisitCell } from './NextVisitCell'
import './AccountsTable.css'

/** Height of a row with a name and an industry line (Chromium, both languages); rows are measured as drawn. */
const ESTIMATED_ROW_HEIGHT = 55
/** Rows drawn beyond each edge of the viewport, so scrolling and Tab never reach an undrawn row first. */
const OVERSCAN = 8
const COLUMNS = 8
const NO_VISITS: readonly VisitLike[] = []

type TableProps = {
  accounts: readonly Account[]
  visitDates: ReadonlyMap<string, readonly VisitLike[]>
  /** Latest change to anything recorded under each account (its own row counts too). */
  lastActivity: ReadonlyMap<string, number>
  /** Today, for the next-visit column; a stable value between clock ticks. */
  now: number
  /** Coverage warnings per account (stakeholder map); missing while loading. */
  coverageGaps: ReadonlyMap<string, number> | undefined
  onOpen(id: string): void
  onDelete(account: Account): void
  /** A shared account's team-sync badge beside its name (the screen passes it; nothing for unshared accounts). */
  syncBadge?: (accountId: string) => ReactNode
}

/**
 * The account list as a real table whose body is virtualised: only the rows in and near the viewport
 * are in the DOM, between two spacer rows that keep the scroll height, so 500 or 5,000 accounts cost
 * the same to draw. `aria-rowcount`/`aria-rowindex` tell assistive technology the full size. Rows are
 * memoised by account: when the next-visit or coverage figures arrive, only rows whose figures changed
 * are rendered again. Up and Down arrows (Page Up/Down, Home/End) move between the rows' account links,
 * scrolling rows that are not drawn yet into view, so the last of 1,000 accounts is a keypress away.
 */
export const AccountsTable = memo(function AccountsTable({ accounts, visitDates, lastActivity, now, coverageGaps, onOpen, onDelete, syncBadge }: TableProps) {
  const { t } = useI18n()
  const tableRef = useRef<HTMLTableElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const open = useLatest(onOpen)
  const remove = useLatest(onDelete)
  const handleOpen = useCallback((id: string) => open.current(id), [open])
  const handleDelete = useCallback((account: Account) => remove.current(account), [remove])
  const keyOf = useCallback((index: number) => accounts[index]!.id, [accounts])
  const { virtualizer, items, before, after } = useScrollParentVirtualizer<HTMLTableRowElement>({
    count: accounts.length,
    getItemKey: keyOf,
    estimateSize: ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    anchorRef: bodyRef
  })
  const focusRow = useRowFocus(bodyRef, virtualizer, accounts.length)

  return (
    <table ref={tableRef} className="data-table accounts-table" data-testid="accounts-table" aria-rowcount={accounts.length + 1}>
      <colgroup>
        <col />
        <col className="accounts-table__col--class" />
        <col className="accounts-table__col--stage" />
        <col className="accounts-table__col--qualified" />
        <col className="accounts-table__col--coverage" />
        <col className="accounts-table__col--next-visit" />
        <col className="accounts-table__col--activity" />
        <col className="accounts-table__col--actions" />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th>{t('accounts.column.name')}</th>
          <th>
            {t('accounts.column.classification')}
            <div className="data-table__secondary">{t('accounts.column.positioning')}</div>
          </th>
          <th>{t('accounts.column.stage')}</th>
          <th>{t('accounts.column.qualified')}</th>
          <th>{t('accounts.column.coverage')}</th>
          <th>{t('accounts.column.nextVisit')}</th>
          <th>{t('accounts.column.activity')}</th>
          <th aria-hidden />
        </tr>
      </thead>
      <tbody ref={bodyRef} onKeyDown={focusRow}>
        {before > 0 && <Spacer key="before" height={before} />}
        {items.map(({ index }) => {
          const account = accounts[index]!
          return (
            <AccountRow
              key={account.id}
              index={index}
              account={account}
              visitDates={visitDates.get(account.id) ?? NO_VISITS}
              gaps={coverageGaps?.get(account.id)}
              lastActivityAt={lastActivityOf(account, { lastActivity })}
              now={now}
              measure={virtualizer.measureElement}
              onOpen={handleOpen}
              onDelete={handleDelete}
              syncBadge={syncBadge}
            />
          )
        })}
        {after > 0 && <Spacer key="after" height={after} />}
      </tbody>
    </table>
  )
})

type RowProps = {
  index: number
  account: Account
  visitDates: readonly VisitLike[]
  gaps: number | undefined
  lastActivityAt: number
  now: number
  measure: Virtualizer<HTMLElement, HTMLTableRowElement>['measureElement']
  onOpen(id: string): void
  onDelete(account: Account): void
  syncBadge?: (accountId: string) => ReactNode
}

const AccountRow = memo(function AccountRow({ index, account, visitDates, gaps, lastActivityAt, now, measure, onOpen, onDelete, syncBadge }: RowProps) {
  const { t, formatDay } = useI18n()
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} data-testid="account-row" onClick={() => onOpen(account.id)}>
      <td>
        <div className="accounts-table__name">
          <a className="data-table__primary" href={routeHref({ name: 'account', id: account.id })} onClick={(e) => e.stopPropagation()}>
            {account.name}
          </a>
          {syncBadge?.(account.id)}
        </div>
        {account.industry && <div className="data-table__secondary">{account.industry}</div>}
      </td>
      <td>
        <ClassificationBadge value={account.classification} />
        <div className="data-table__secondary data-table__nowrap">{account.positioning ? t(`positioning.${account.positioning}`) : '—'}</div>
      </td>
      <td>
        <StageMeter stage={account.stage} label={t(`stage.${account.stage}`)} />
      </td>
      <td>
        <VerdictBadge verdict={assessQualification(account.qualification).verdict} />
      </td>
      <td className="data-table__nowrap" data-testid="coverage-cell">
        <CoverageCell gaps={gaps} />
      </td>
      <td className="data-table__nowrap">
        <NextVisitCell visits={visitDates} account={account} now={now} />
      </td>
      <td className="ui-muted data-table__nowrap" data-testid="activity-cell">
        {formatDay(lastActivityAt)}
      </td>
      <td className="data-table__actions">
        <IconButton
          label={`${t('common.delete')} ${account.name}`}
          onClick={(e) => {
            e.stopPropagation()
            onDelete(account)
          }}
        >
          <Icons.Trash />
        </IconButton>
      </td>
    </tr>
  )
}, sameRow)

/** Rows compare visit dates by value: the visits query builds new arrays whenever any visit changes. */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.account === b.account &&
    a.index === b.index &&
    a.gaps === b.gaps &&
    a.lastActivityAt === b.lastActivityAt &&
    a.now === b.now &&
    a.measure === b.measure &&
    a.onOpen === b.onOpen &&
    a.onDelete === b.onDelete &&
    (a.visitDates === b.visitDates || (a.visitDates.length === b.visitDates.length && a.visitDates.every((v, i) => v.date === b.visitDates[i]?.date && v.status === b.visitDates[i]?.status)))
  )
}

function Spacer({ height }: { height: number }) {
  return (
    <tr className="accounts-table__spacer" aria-hidden>
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  )
}

function CoverageCell({ gaps }: { gaps: number | undefined }) {
  const { t } = useI18n()
  if (gaps === undefined) return null
  return gaps > 0 ? (
    <Badge tone="warning" dot>
      {t('accounts.coverage.gaps', { count: gaps })}
    </Badge>
  ) : (
    <span className="ui-muted">{t('accounts.coverage.ok')}</span>
  )
}

function StageMeter({ stage, label }: { stage: Account['stage']; label: string }) {
  const reached = PIPELINE_STAGES.indexOf(stage)
  return (
    <span className="stage-meter">
      <span className="stage-meter__dots" aria-hidden>
        {PIPELINE_STAGES.map((s, i) => (
          <span key={s} className={i <= reached ? 'stage-meter__dot stage-meter__dot--on' : 'stage-meter__dot'} />
        ))}
      </span>
      {label}
    </span>
  )
}

/** A ref that always holds the latest value, for callbacks that must keep one identity. */
function useLatest<T>(value: T) {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}

const PAGE_ROWS = 10
const ROW_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i) => i + PAGE_ROWS,
  PageUp: (i) => i - PAGE_ROWS,
  Home: () => 0,
  End: (_, count) => count - 1
}

/**
 * Keyboard movement between the account links of a virtualised body: scrolls the target row into view,
 * then focuses its link once the row is drawn (it may not exist until the virtualiser renders it).
 */
function useRowFocus(bodyRef: RefObject<HTMLTableSectionElement | null>, virtualizer: Virtualizer<HTMLElement, HTMLTableRowElement>, count: number) {
  const pending = useRef<number | null>(null)
  const linkAt = useCallback((index: number) => bodyRef.current?.querySelector<HTMLAnchorElement>(`tr[data-index="${index}"] a.data-table__primary`) ?? null, [bodyRef])
  useLayoutEffect(() => {
    if (pending.current === null) return
    const link = linkAt(pending.current)
    if (link) {
      pending.current = null
      link.focus({ preventScroll: true })
    }
  })
  return useCallback(
    (event: ReactKeyboardEvent<HTMLTableSectionElement>) => {
      const move = ROW_KEYS[event.key]
      const row = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-index]')
      if (!move || !row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const target = Math.max(0, Math.min(count - 1, move(Number(row.dataset.index), count)))
      event.preventDefault()
      virtualizer.scrollToIndex(target, { align: 'auto' })
      const link = linkAt(target)
      if (link) link.focus({ preventScroll: true })
      else {
        pending.current = target
        // The row appears after the virtualiser has scrolled and rendered; try again on the next frames.
        let tries = 0
        const retry = () => {
          if (pending.current !== target) return
          const drawn = linkAt(target)
          if (drawn) {
            pending.current = null
            drawn.focus({ preventScroll: true })
          } else if (++tries < 30) requestAnimationFrame(retry)
        }
        requestAnimationFrame(retry)
      }
    },
    [count, linkAt, virtualizer]
  )
}
