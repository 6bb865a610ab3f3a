import { Suspense, useEffect, useMemo, useRef, useState } from 'react'
import type { RelationshipKind } from '#shared/schemas'
import {
  analyzeCoverage,
  mapAsOf,
  staleness,
  warnedStakeholderIds,
  DEFAULT_COVERAGE_SETTINGS,
  type StakeholderRecord
} from '#shared/domain/stakeholders'
import type { Account } from '#data'
import {
  currentMap,
  errorMessage,
  useContactCadence,
  useCoverageSettings,
  useAccountFindings,
  useLastContacts,
  useStakeholderMapRepository,
  useStakeholderMapRows
} from '#data'
import { useHost } from '#app/host'
import { useRevealRecord, type RevealKind } from '#app/reveal'
import { useCommandAction } from '#app/useSaveShortcut'
import { ExportPeopleDialog, useImportContacts } from '#features/contacts'
import { safeFileName } from '#shared/domain/files/safeFileName'
import { useUndo } from '#app/undo'
import { useI18n } from '#i18n'
import { AccountPageHeader } from '../accounts'
import { CytoscapeGraph, toElements, type GraphHandle, type GraphLayout } from '#graph'
import { Button, DateField, EmptyState, IconButton, Icons, SegmentedControl, SelectField, Spinner, useToast, useToastSafeArea } from '#ui'
import { LazyFallback } from '#ui/LazyFallback'
import { CoveragePanel } from './CoveragePanel'
import { DepartmentMatrix } from './DepartmentMatrix'
import { Legend } from './Legend'
import { DeletePersonDialog, LinksSection, PersonActions, Timeline, useDeletePerson } from './PersonDetails'
import { StakeholderEditor, type EditorTarget } from './StakeholderEditor'
import { StakeholderList } from './StakeholderList'
import { findingCountsByChannel } from './findingCounts'
import { fromDateInput, graphLabels, kindLabel, kindOptions, toDateInput } from './labels'
import './stakeholders.css'

const REVEALS: readonly RevealKind[] = ['person']

type Editing = { mode: 'new'; position: { x: number; y: number } | null } | { mode: 'edit'; id: string } | null

/** Scrolls the page's own scroll container (not the window) back to the top, where the map and the editor are. */
function scrollPageToTop(from: HTMLElement | null) {
  for (let el = from?.parentElement ?? null; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
      el.scrollTo({ top: 0 })
      return
    }
  }
}

export function StakeholdersScreen({ account }: { account: Account }) {
  const { t, formatDate } = useI18n()
  const host = useHost()
  const toast = useToast()
  // Toasts sit over the side column, never over the map's canvas.
  const toastSafeArea = useToastSafeArea()
  const repo = useStakeholderMapRepository()
  const rows = useStakeholderMapRows(account.id)
  const settings = useCoverageSettings() ?? DEFAULT_COVERAGE_SETTINGS
  const cadence = useContactCadence()
  // One read of the dossier's findings serves both the editor's evidence and the matrix's counts.
  const accountFindings = useAccountFindings(account.id)
  const findings = useMemo(() => (accountFindings ? findingCountsByChannel(accountFindings) : undefined), [accountFindings])
  const graphRef = useRef<GraphHandle>(null)
  const layoutRef = useRef<HTMLDivElement>(null)
  const deletePerson = useDeletePerson()
  const undo = useUndo()
  const graphFrameRef = useRef<HTMLDivElement>(null)
  // Delete on a graph node asks first; once the person is gone, focus goes back to the map.
  const [confirmDelete, setConfirmDelete] = useState<StakeholderRecord | null>(null)
  const [refocusAfter, setRefocusAfter] = useState<string | null>(null)

  const [layout, setLayout] = useState<GraphLayout>('org')
  const [layoutNonce, setLayoutNonce] = useState(0)
  const [editing, setEditing] = useState<Editing>(null)
  const [linkKind, setLinkKind] = useState<RelationshipKind | null>(null)
  const [pendingKind, setPendingKind] = useState<RelationshipKind>('reportsTo')
  const [asOfDate, setAsOfDate] = useState('')
  const [hovered, setHovered] = useState<string[] | null>(null)
  const [now] = useState(() => Date.now())
  const lastContacts = useLastContacts(account.id, now)

  const asOf = asOfDate === '' ? null : fromDateInput(asOfDate, true)
  const current = useMemo(() => (rows ? currentMap(rows) : null), [rows])
  const view = useMemo(() => {
    if (!rows || !current) return null
    return asOf === null ? current : { ...current, ...mapAsOf(rows.stakeholders, rows.relationships, rows.changes, asOf) }
  }, [rows, current, asOf])
  const people = useMemo<StakeholderRecord[]>(() => view?.stakeholders ?? [], [view])
  const warnings = useMemo(
    () => analyzeCoverage({ stakeholders: people, stage: account.stage, settings }),
    [people, account.stage, settings]
  )
  const warned = useMemo(() => warnedStakeholderIds(warnings), [warnings])
  const highlighted = useMemo(() => (hovered ? new Set(hovered) : warned), [hovered, warned])
  const stale = useMemo(() => {
    if (!cadence || !lastContacts) return undefined
    return new Map(people.map((p) => [p.id, staleness(p, lastContacts.get(p.id) ?? null, now, cadence)]))
  }, [people, cadence, lastContacts, now])
  const staleLevels = useMemo(() => (stale ? new Map([...stale].map(([id, s]) => [id, s.level])) : undefined), [stale])
  const staleDays = useMemo(() => (stale ? new Map([...stale].map(([id, s]) => [id, s.days])) : undefined), [stale])
  const labels = useMemo(() => graphLabels(t), [t])
  const elements = useMemo(
    () => toElements(people, view?.relationships ?? [], { labels, highlighted, staleness: staleLevels, daysSinceContact: staleDays }),
    [people, view, labels, highlighted, staleLevels, staleDays]
  )
  useEffect(() => {
    if (refocusAfter === null || people.some((p) => p.id === refocusAfter)) return
    setRefocusAfter(null)
    const frame = graphFrameRef.current
    ;(frame?.querySelector<HTMLElement>('[data-testid="graph-node"]') ?? frame)?.focus()
  }, [people, refocusAfter])

  // A search hit on a person: the live map, the person selected on it and the form open, ready to type.
  const panelRef = useRef<HTMLDivElement>(null)
  const [focusEditorOf, setFocusEditorOf] = useState<string | null>(null)
  useRevealRecord(REVEALS, account.id, current?.stakeholders, (person) => {
    setAsOfDate('')
    setLinkKind(null)
    setEditing({ mode: 'edit', id: person.id })
    setFocusEditorOf(person.id)
  })
  useEffect(() => {
    if (focusEditorOf === null || editing?.mode !== 'edit' || editing.id !== focusEditorOf) return
    setFocusEditorOf(null)
    scrollPageToTop(layoutRef.current)
    graphRef.current?.fit()
    panelRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
  }, [focusEditorOf, editing])

  const importPeople = useImportContacts(account)
  const [exportingPeople, setExportingPeople] = useState(false)

  // "Add a person" from the palette or its shortcut: the same empty form as the Add button (the live map,
  // not a past date's).
  useCommandAction('person.add', () => {
    setAsOfDate('')
    setEditing({ mode: 'new', position: null })
  })

  if (!rows || !view || !current) {
    return (
      <div className="page">
        <AccountPageHeader account={account} tab="stakeholders" />
        <Spinner />
      </div>
    )
  }

  const readOnly = asOf !== null
  const selected = editing?.mode === 'edit' ? current.stakeholders.find((p) => p.id === editing.id) ?? null : null
  const target: EditorTarget | null =
    readOnly || !editing ? null : editing.mode === 'new' ? { mode: 'new', position: editing.position } : selected ? { mode: 'edit', person: selected } : null
  const selectedId = !readOnly && editing?.mode === 'edit' ? editing.id : null
  const nodeLabel = (id: string) => {
    const p = people.find((x) => x.id === id)
    if (!p) return id
    if (p.departedAt !== null) return `${t('stakeholders.successor')}, ${t('stakeholders.successor.of', { name: p.name })}`
    const name = p.title ? t('stakeholders.graph.node', { name: p.name, title: p.title }) : p.name
    // The same badge the node shows for someone due or overdue for a contact.
    const contact = stale?.get(id)
    const overdue = contact && (contact.level === 'due' || contact.level === 'stale') && contact.days !== null
    return overdue ? `${name} ${t('stakeholders.graph.staleBadge', { days: contact.days! })}` : name
  }

  async function exportImage(kind: 'png' | 'svg') {
    const handle = graphRef.current
    if (!handle) return
    const name = `${safeFileName(account.name, 'map')}-${safeFileName(t('stakeholders.title'), 'map')}.${kind}`
    const data = kind === 'png' ? handle.png().replace(/^data:image\/png;base64,/, '') : handle.svg()
    // Clicked before the map has been drawn: an empty file helps nobody.
    if (data === '') {
      toast.show({ tone: 'info', message: t('stakeholders.graph.notReady') })
      return
    }
    try {
      const result = await host.saveFile({
        suggestedName: name,
        filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
        data,
        encoding: kind === 'png' ? 'base64' : 'utf8'
      })
      if (result.saved) toast.show({ tone: 'success', message: t('stakeholders.graph.exported', { file: result.path ?? name }) })
    } catch (e) {
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, e) }) })
    }
  }

  const actions = (
    <>
      <Button icon={<Icons.FileText />} onClick={() => void exportImage('png')} disabled={people.length === 0}>
        {t('stakeholders.graph.exportPng')}
      </Button>
      <Button icon={<Icons.FileText />} onClick={() => void exportImage('svg')} disabled={people.length === 0}>
        {t('stakeholders.graph.exportSvg')}
      </Button>
      <Button icon={<Icons.Users />} onClick={importPeople.start} disabled={readOnly}>
        {t('contacts.importAction')}
      </Button>
      <Button icon={<Icons.FileText />} onClick={() => setExportingPeople(true)} disabled={current.stakeholders.length === 0}>
        {t('contacts.exportAction')}
      </Button>
      <Button variant="primary" icon={<Icons.Plus />} onClick={() => setEditing({ mode: 'new', position: null })} disabled={readOnly}>
        {t('stakeholders.add')}
      </Button>
    </>
  )

  return (
    <div className="page stakeholders-page">
      <AccountPageHeader account={account} tab="stakeholders" actions={actions} />
      {rows.invalid.length > 0 && (
        <p className="sh-invalid" role="status">
          {t('stakeholders.invalid', { count: rows.invalid.length })}
        </p>
      )}
      <div
        className="sh-layout"
        ref={layoutRef}
        onKeyDown={(e) => {
          // Esc closes the person panel, from the panel or from the map (a field's own Esc comes first).
          if (e.key !== 'Escape' || e.defaultPrevented || !editing) return
          e.preventDefault()
          setEditing(null)
          // The panel is gone: the page's heading holds focus instead of the body.
          requestAnimationFrame(() => document.getElementById('account-title')?.focus())
        }}
      >
        <section className="sh-main" aria-label={t('stakeholders.graph.label')}>
          <div className="sh-toolbar" role="toolbar" aria-label={t('stakeholders.graph.label')}>
            <SegmentedControl
              ariaLabel={t('stakeholders.graph.layout')}
              value={layout}
              onChange={setLayout}
              size="sm"
              options={[
                { value: 'org', label: t('stakeholders.graph.org') },
                { value: 'influence', label: t('stakeholders.graph.influence') }
              ]}
            />
            <div className="ui-row sh-toolbar__group">
              <IconButton size="sm" label={t('stakeholders.graph.zoomIn')} icon={<Icons.Plus />} onClick={() => graphRef.current?.zoomBy(1.25)} />
              <IconButton size="sm" label={t('stakeholders.graph.zoomOut')} icon={<span className="sh-minus">−</span>} onClick={() => graphRef.current?.zoomBy(0.8)} />
              <Button size="sm" variant="ghost" onClick={() => graphRef.current?.fit()}>
                {t('stakeholders.graph.fit')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={readOnly}
                onClick={() =>
                  void repo.clearPositions(account.id).then((saved) => {
                    setLayoutNonce((n) => n + 1)
                    undo.push(
                      {
                        label: t('undo.label.resetPositions'),
                        undo: () => repo.restorePositions(saved).then(() => setLayoutNonce((n) => n + 1))
                      },
                      { message: t('stakeholders.graph.positionsReset') }
                    )
                  })
                }
              >
                {t('stakeholders.graph.resetPositions')}
              </Button>
            </div>
            <div className="ui-row sh-toolbar__group">
              <IconButton
                size="sm"
                variant="secondary"
                label={t('stakeholders.graph.linkMode')}
                icon={<Icons.Map />}
                pressed={linkKind !== null}
                disabled={readOnly}
                onClick={() => setLinkKind(linkKind ? null : pendingKind)}
              />
              <SelectField
                label={t('stakeholders.links.kind')}
                hideLabel
                options={kindOptions(t)}
                value={pendingKind}
                onValueChange={(v) => {
                  setPendingKind(v as RelationshipKind)
                  if (linkKind) setLinkKind(v as RelationshipKind)
                }}
              />
            </div>
            <DateField
              label={t('stakeholders.graph.asOf')}
              inline
              value={asOfDate}
              max={toDateInput(now)}
              onValueChange={(v) => {
                setAsOfDate(v)
                setLinkKind(null)
              }}
              title={t('stakeholders.graph.asOf.hint')}
            />
          </div>
          {readOnly && asOf !== null && (
            <div className="sh-banner" role="status" data-testid="as-of-banner">
              <span>{t('stakeholders.graph.asOf.banner', { date: formatDate(asOf) })}</span>
              <Button size="sm" onClick={() => setAsOfDate('')}>
                {t('stakeholders.graph.asOf.clear')}
              </Button>
            </div>
          )}
          <p className="sh-hint ui-muted ui-small">
            {linkKind ? t('stakeholders.graph.linkHint', { kind: kindLabel(t, linkKind) }) : t('stakeholders.graph.canvasHint')}
          </p>
          <div className="sh-graph-frame" ref={graphFrameRef} tabIndex={-1}>
            <Suspense fallback={<LazyFallback fill label={t('common.loading')} />}>
              <CytoscapeGraph
                handleRef={graphRef}
                elements={elements}
                layout={layout}
                layoutNonce={layoutNonce}
                selectedId={selectedId}
                linkKind={readOnly ? null : linkKind}
                readOnly={readOnly}
                ariaLabel={t('stakeholders.graph.label')}
                nodeLabel={nodeLabel}
                onSelect={(id) => {
                  if (readOnly) return
                  setEditing(id ? { mode: 'edit', id } : null)
                }}
                onMove={(id, position) => void repo.setPosition(id, position)}
                onLink={(fromId, toId) => {
                  if (!linkKind) return
                  void repo
                    .createLink({ accountId: account.id, fromId, toId, kind: linkKind, note: '' })
                    .then(() => toast.show({ tone: 'success', message: t('stakeholders.links.added') }))
                }}
                onCreateAt={(position) => setEditing({ mode: 'new', position })}
                onDeleteNode={(id) => {
                  const person = current.stakeholders.find((p) => p.id === id)
                  if (person) setConfirmDelete(person)
                }}
              />
            </Suspense>
            {people.length === 0 && (
              <div className="sh-graph-empty">
                <EmptyState icon={<Icons.Users />} title={t('stakeholders.empty.title')} body={t('stakeholders.empty.body')} compact />
              </div>
            )}
          </div>
          <Legend />
          <DeletePersonDialog
            person={confirmDelete}
            onCancel={() => setConfirmDelete(null)}
            onConfirm={() => {
              const person = confirmDelete
              setConfirmDelete(null)
              if (!person) return
              if (editing?.mode === 'edit' && editing.id === person.id) setEditing(null)
              setRefocusAfter(person.id)
              void deletePerson(person)
            }}
          />
        </section>

        <aside className="sh-side" ref={toastSafeArea}>
          <CoveragePanel warnings={warnings} people={people} stage={account.stage} settings={settings} cadence={cadence} onHighlight={setHovered} />
          <div className="sh-panel" ref={panelRef}>
            {readOnly ? (
              <p className="ui-muted ui-small">{t('stakeholders.readOnly')}</p>
            ) : target ? (
              <>
                <StakeholderEditor
                  key={target.mode === 'edit' ? target.person.id : `new-${editing?.mode === 'new' ? JSON.stringify(editing.position) : ''}`}
                  accountId={account.id}
                  target={target}
                  findings={accountFindings ?? []}
                  onClose={() => setEditing(null)}
                  onSaved={(p) => setEditing({ mode: 'edit', id: p.id })}
                />
                {target.mode === 'edit' && (
                  <>
                    <PersonActions person={target.person} onDeleted={() => setEditing(null)} />
                    <LinksSection person={target.person} people={current.stakeholders} relationships={current.relationships} />
                    <Timeline changes={current.changes.filter((c) => c.stakeholderId === target.person.id)} findings={accountFindings ?? []} />
                  </>
                )}
              </>
            ) : (
              <p className="ui-muted ui-small">{t('stakeholders.selectHint')}</p>
            )}
          </div>
        </aside>
      </div>
      <StakeholderList
        people={people}
        selectedId={selectedId}
        highlighted={highlighted}
        lastContacts={lastContacts}
        cadence={cadence}
        now={now}
        onSelect={
          readOnly
            ? null
            : (id) => {
                setEditing({ mode: 'edit', id })
                scrollPageToTop(layoutRef.current)
              }
        }
      />
      <DepartmentMatrix people={people} lastContacts={lastContacts ?? new Map()} findings={findings ?? new Map()} />
      {importPeople.element}
      {exportingPeople && <ExportPeopleDialog account={account} people={current.stakeholders} onClose={() => setExportingPeople(false)} />}
    </div>
  )
}
