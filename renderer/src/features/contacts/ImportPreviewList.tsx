import { useRef } from 'react'
import { measureElement, useVirtualizer } from '@tanstack/react-virtual'
import type { DuplicateChoice, FieldChange, PlannedRow } from '#shared/domain/contacts/importPlan'
import type { ImportPreview } from '#data'
import { useI18n, type Translate } from '#i18n'
import { Badge, observeRectOrWindow, SegmentedControl } from '#ui'
import { roleLabel } from '#features/stakeholders'

type PersonRow = Exclude<PlannedRow, { kind: 'bad' }>

function changeText(t: Translate, change: FieldChange): string {
  const field = t(`contacts.change.${change.field}`)
  const after = change.field === 'roles' ? change.after.split(', ').filter(Boolean).map((r) => roleLabel(t, r as never)).join('、') : change.after
  if (change.field === 'sensitiveNotes') return t('contacts.change.notesAdded')
  return change.before ? t('contacts.change.replaced', { field, value: after }) : t('contacts.change.added', { field, value: after })
}

function PersonLine({ row, changes, choice, onChoose }: { row: PersonRow; changes: FieldChange[] | undefined; choice: DuplicateChoice; onChoose: (choice: DuplicateChoice) => void }) {
  const { t } = useI18n()
  const { person } = row
  const role = person.roles[0]
  return (
    <div className={`ci-row ci-row--${row.kind}`} data-testid="contacts-row">
      <span className="ci-row__line ui-muted ui-small">{row.row}</span>
      <div className="ci-row__who">
        <strong>{person.name}</strong>
        <span className="ui-muted ui-small">{[person.title, person.department].filter(Boolean).join(' · ') || t('contacts.row.noTitle')}</span>
        {person.phone && <span className="ui-small ci-row__phone">{person.phone}</span>}
      </div>
      <div className="ci-row__role">
        {role ? (
          <Badge tone="info" title={t('contacts.row.roleHint')}>
            {roleLabel(t, role)}
          </Badge>
        ) : (
          <span className="ui-muted ui-small">{t('contacts.row.noRole')}</span>
        )}
      </div>
      <div className="ci-row__status">
        {row.kind === 'new' ? (
          <Badge tone="success">{t('contacts.row.new')}</Badge>
        ) : (
          <div className="ci-row__duplicate">
            <span className="ui-small">{t(`contacts.row.duplicate.${row.reason}`, { name: row.of.name, row: row.of.kind === 'inFile' ? row.of.row : 0 })}</span>
            <SegmentedControl<DuplicateChoice>
              size="sm"
              ariaLabel={t('contacts.row.choiceLabel', { name: person.name })}
              value={choice}
              onChange={onChoose}
              options={[
                { value: 'merge', label: t('contacts.row.merge') },
                { value: 'skip', label: t('contacts.row.skip') },
                { value: 'new', label: t('contacts.row.addNew') }
              ]}
            />
            {choice === 'merge' && changes && (
              <span className="ui-muted ui-small ci-row__changes">{changes.length ? changes.map((c) => changeText(t, c)).join('；') : t('contacts.change.nothing')}</span>
            )}
          </div>
        )}
      </div>
    </div>
  )
}

/** Every person in the file with what Import does to them, and the rows it cannot take with why; long files scroll virtually. */
export function ImportPreviewList({ preview, choices, onChoose }: { preview: ImportPreview; choices: ReadonlyMap<number, DuplicateChoice>; onChoose: (row: number, choice: DuplicateChoice) => void }) {
  const { t } = useI18n()
  const scrollRef = useRef<HTMLDivElement>(null)
  const people = preview.plan.filter((row): row is PersonRow => row.kind !== 'bad')
  const bad = preview.plan.filter((row) => row.kind === 'bad')
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (people[index]?.kind === 'duplicate' ? 92 : 56),
    overscan: 8,
    getItemKey: (index) => people[index]!.row,
    // Drawn before the list is laid out (and in jsdom): a window's height of rows, each its estimate until measured.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeRectOrWindow,
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || (people[Number(element.getAttribute('data-index'))]?.kind === 'duplicate' ? 92 : 56)
  })
  return (
    <div className="ci-preview">
      {bad.length > 0 && (
        <details className="ci-bad" open={bad.length <= 5}>
          <summary>{t('contacts.bad.title', { count: bad.length })}</summary>
          <ul>
            {bad.map((row) => (
              <li key={row.row} className="ui-small" data-testid="contacts-bad-row">
                {t('contacts.bad.row', { row: row.row, reason: t(`contacts.problem.${row.problem}`) })} <span className="ui-muted">{row.excerpt}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {people.length === 0 ? (
        <p className="ui-muted">{t('contacts.import.nobody')}</p>
      ) : (
        <div className="ci-list" ref={scrollRef} role="list" aria-label={t('contacts.import.listLabel')}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = people[item.index]!
              return (
                <div key={row.row} role="listitem" data-index={item.index} ref={virtualizer.measureElement} className="ci-list__item" style={{ transform: `translateY(${item.start}px)` }}>
                  <PersonLine row={row} changes={preview.changes[row.row]} choice={choices.get(row.row) ?? 'merge'} onChoose={(choice) => onChoose(row.row, choice)} />
                </div>
              )
            })}
          </div>
        </div>
      )}
    </div>
  )
}
