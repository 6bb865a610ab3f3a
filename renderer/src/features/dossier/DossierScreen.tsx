import { $getRoot, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical'
import { $findMatchingParent } from '@lexical/utils'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  moveChannel,
  type DossierFinding,
  type FindingAttributes
} from '#shared/domain/dossier'
import { CHANNEL_TABLE } from '#shared/domain/values'
import type { IntelChannel } from '#shared/schemas'
import { useI18n } from '#i18n'
import { useAccountPeople, useDossierRepository, useDossierSections, type Account, type CorruptSection } from '#data'
import { $findingNodesById, $isFindingNode, $markSelectionAsFinding, $unwrapFinding } from '#editor/nodes'
import { MentionPeopleProvider, type MentionPerson } from '#editor/people'
import { Button, ConfirmDialog, Icons, Spinner, useToast } from '#ui'
import { AccountPageHeader } from '../accounts'
import { useRevealTarget, type RevealKind } from '#app/reveal'
import { useCommandAction, useSaveShortcut } from '#app/useSaveShortcut'
import { DossierOutline, type OutlineEntry } from './DossierOutline'
import { FindingDialog } from './FindingDialog'
import { FindingsPanel } from './FindingsPanel'
import { blockContaining, flash, scrollToView } from './flash'
import { SaveIndicator } from './SaveIndicator'
import { SectionCard } from './SectionCard'
import { SectionEditor } from './SectionEditor'
import { SectionPreview } from './SectionPreview'
import { digestSections } from './digestSections'
import { useAutosave } from './useAutosave'
import { useStaggeredMount } from './useStaggeredMount'
import { useStoreImages } from './useStoreImages'
import './dossier.css'
import { createLogger } from '#shared/log'

const log = createLogger('DossierScreen')

type Attrs = Omit<FindingAttributes, 'findingId'>
type DialogState =
  | { mode: 'new'; sectionId: string; selection: BaseSelection; initial: Attrs }
  | { mode: 'edit'; sectionId: string; findingId: string; initial: Attrs }

const countChars = (text: string) => text.replace(/\s+/g, '').length
const REVEALS: readonly RevealKind[] = ['dossier', 'finding']
const findingMark = (findingId: string) => [...document.querySelectorAll<HTMLElement>('mark[data-finding-id]')].find((m) => m.dataset.findingId === findingId)

function CorruptCard({ section, onReset }: { section: CorruptSection; onReset: () => void }) {
  const { t } = useI18n()
  return (
    <section className="dossier-section dossier-section--corrupt" role="alert" data-testid="section-corrupt">
      <header className="dossier-section__header">
        <Icons.Alert />
        <div className="dossier-section__titles">
          <h2 className="dossier-section__title">{section.channel ? t(CHANNEL_TABLE[section.channel].label) : section.id}</h2>
          <p className="dossier-section__hint">{t('dossier.section.corrupt')}</p>
        </div>
      </header>
      <p className="dossier-section__corrupt-body">{t('dossier.section.corruptBody', { reason: section.reason })}</p>
      <Button size="sm" variant="secondary" onClick={onReset}>
        {t('dossier.section.reset')}
      </Button>
    </section>
  )
}

/** The account's dossier: one rich-text section per intelligence channel, an outline and the findings. */
export function DossierScreen({ account }: { account: Account }) {
  const { t } = useI18n()
  const toast = useToast()
  const repo = useDossierRepository()
  const [preparedFor, setPreparedFor] = useState<string | null>(null)
  const data = useDossierSections(account.id)
  const stakeholders = useAccountPeople(account.id)
  const autosave = useAutosave(repo, account.id)
  const storeImages = useStoreImages(repo, account.id)
  const editors = useRef(new Map<string, LexicalEditor>())
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [resetting, setResetting] = useState<CorruptSection | null>(null)

  useEffect(() => {
    let cancelled = false
    setPreparedFor(null)
    // Create missing channel sections and replay any save that did not land before the editors open.
    void repo
      .ensureSections(account.id)
      .then(() => repo.recoverUnsaved(account.id))
      .catch((error: unknown) => log.error('saving failed', error))
      .finally(() => {
        if (!cancelled) setPreparedFor(account.id)
      })
    return () => {
      cancelled = true
    }
  }, [repo, account.id])

  const people = useMemo(() => {
    const map = new Map<string, MentionPerson>()
    for (const p of stakeholders ?? []) map.set(p.id, { id: p.id, name: p.name, title: p.title, deleted: p.deletedAt !== null })
    return map
  }, [stakeholders])

  const sections = useMemo(() => data?.sections ?? [], [data])
  const digest = useMemo(() => digestSections(sections), [sections])
  const sectionByChannel = useMemo(() => new Map(sections.map((s) => [s.channel, s])), [sections])
  const staggered = useMemo(() => sections.map((s) => ({ id: s.id, chars: s.plainText.length })), [sections])
  const editorsOpen = useStaggeredMount(account.id, staggered)
  // Work for a section whose editor is not open yet (a finding changed from the panel): run once it opens.
  const pending = useRef(new Map<string, ((editor: LexicalEditor) => void)[]>())
  const withEditor = useCallback(
    (sectionId: string, run: (editor: LexicalEditor) => void) => {
      const editor = editors.current.get(sectionId)
      if (editor) return run(editor)
      pending.current.set(sectionId, [...(pending.current.get(sectionId) ?? []), run])
      editorsOpen.open(sectionId)
    },
    [editorsOpen]
  )

  const onEditor = useCallback((sectionId: string, editor: LexicalEditor | null) => {
    if (editor) {
      editors.current.set(sectionId, editor)
      const queued = pending.current.get(sectionId) ?? []
      pending.current.delete(sectionId)
      for (const run of queued) run(editor)
    } else editors.current.delete(sectionId)
  }, [])
  const onBlur = useCallback(() => void autosave.flush(), [autosave])
  const onChange = autosave.schedule

  const defaults = useCallback((channel: IntelChannel): Attrs => ({ channel, sourceId: null, date: Date.now(), confidence: 'medium', verified: false, verifiedAt: null }), [])

  const onMarkFinding = useCallback(
    (sectionId: string) => {
      const editor = editors.current.get(sectionId)
      const section = sections.find((s) => s.id === sectionId)
      if (!editor || !section) return
      const found = editor.getEditorState().read(() => {
        const selection = $getSelection()
        if (!$isRangeSelection(selection)) return null
        const existing = $findMatchingParent(selection.anchor.getNode(), $isFindingNode)
        if (existing && $isFindingNode(existing)) return { kind: 'edit' as const, existing: existing.getAttributes() }
        if (selection.isCollapsed()) return null
        return { kind: 'new' as const, selection: selection.clone() }
      })
      if (!found) {
        toast.show({ message: t('dossier.finding.selectFirst') })
        return
      }
      if (found.kind === 'edit') {
        const { findingId, ...initial } = found.existing
        setDialog({ mode: 'edit', sectionId, findingId, initial })
      } else setDialog({ mode: 'new', sectionId, selection: found.selection, initial: defaults(section.channel) })
    },
    [sections, toast, t, defaults]
  )

  const updateFinding = useCallback(
    (sectionId: string, findingId: string, change: (attrs: Attrs) => Attrs | null) =>
      withEditor(sectionId, (editor) =>
        editor.update(
          () => {
            for (const node of $findingNodesById($getRoot(), findingId)) {
              const next = change(node.getAttributes())
              if (next === null) $unwrapFinding(node)
              else node.setAttributes(next)
            }
          },
          // Queued for an editor that has just opened, this update can land before its first commit,
          // which the change listener skips; so schedule the save here too.
          { onUpdate: () => autosave.schedule(sectionId, editor.getEditorState()) }
        )
      ),
    [withEditor, autosave]
  )

  // Ctrl+S writes what is typed now instead of waiting for the autosave pause.
  useSaveShortcut(() => void autosave.flush())
  const ready = data !== undefined && preparedFor === account.id && sections.length > 0
  // "Write in the dossier" puts the caret in the first section.
  useCommandAction('dossier.write', () => {
    const first = sections.find((s) => !s.collapsed) ?? sections[0]
    if (first) withEditor(first.id, (editor) => editor.focus())
  }, ready)

  const sectionIdOf = (finding: DossierFinding) => sectionByChannel.get(finding.sectionChannel)?.id

  // A search hit in the dossier: its section opened and focused, and the paragraph with the words found
  // (or the finding) brought into view and flashed; failing that, the section's top.
  const { target: reveal, done: revealDone } = useRevealTarget(REVEALS, account.id)
  useEffect(() => {
    if (!reveal || !ready) return
    const finding = reveal.kind === 'finding' ? digest.findings.find((f) => f.id === reveal.id) : undefined
    const sectionId = finding ? sectionByChannel.get(finding.sectionChannel)?.id : reveal.id
    const section = sections.find((s) => s.id === sectionId)
    if (!section || section.collapsed) {
      // A collapsed section's text is hidden: open it, and carry on once the stored section says so.
      if (section) void repo.setCollapsed(section.id, false).catch((error: unknown) => log.error('opening the section failed', error))
      else revealDone()
      return
    }
    revealDone()
    const card = document.getElementById(`dossier-${section.channel}`)
    card?.focus({ preventScroll: true })
    const show = () => {
      const found = finding ? findingMark(finding.id) : card && blockContaining(card.querySelector('.dossier-editor__input') ?? card, reveal.marks)
      if (!flash(found) && card) scrollToView(card, 'start')
    }
    withEditor(section.id, () => requestAnimationFrame(show))
  }, [reveal, revealDone, ready, digest, sections, sectionByChannel, repo, withEditor])

  const saveDialog = (attrs: Attrs) => {
    if (!dialog) return
    if (dialog.mode === 'new') {
      const editor = editors.current.get(dialog.sectionId)
      const selection = dialog.selection
      editor?.update(() => {
        $setSelection(selection.clone())
        $markSelectionAsFinding({ findingId: globalThis.crypto.randomUUID(), ...attrs })
      })
    } else updateFinding(dialog.sectionId, dialog.findingId, () => attrs)
    setDialog(null)
  }

  const move = (channel: IntelChannel, delta: -1 | 1) => {
    const order = moveChannel(sections.map((s) => s.channel), channel, delta)
    void repo.setOrder(order.map((c) => sectionByChannel.get(c)!.id))
  }

  const jump = (channel: IntelChannel) => {
    const section = sectionByChannel.get(channel)
    if (section?.collapsed) void repo.setCollapsed(section.id, false)
    if (section) editorsOpen.open(section.id)
    document.getElementById(`dossier-${channel}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }

  const header = <AccountPageHeader account={account} tab="dossier" actions={<SaveIndicator state={autosave.state} />} />
  if (!data || preparedFor !== account.id) {
    return (
      <div className="page">
        {header}
        <div className="dossier-loading">
          <Spinner /> {t('dossier.loading')}
        </div>
      </div>
    )
  }

  const digestByChannel = new Map(digest.channels.map((c) => [c.channel, c]))
  const outline: OutlineEntry[] = [
    ...sections.map((s) => ({
      channel: s.channel,
      chars: countChars(digestByChannel.get(s.channel)?.plainText ?? ''),
      findings: digestByChannel.get(s.channel)?.findingCount ?? 0,
      collapsed: s.collapsed,
      corrupt: false
    })),
    ...data.corrupt.flatMap((c) => (c.channel ? [{ channel: c.channel, chars: 0, findings: 0, collapsed: false, corrupt: true }] : []))
  ]

  return (
    <div className="page dossier-page">
      {header}
      <MentionPeopleProvider people={people}>
        <div className="dossier-layout">
          <div className="dossier-main">
            {sections.map((section, i) => {
              const stats = digestByChannel.get(section.channel)
              const chars = countChars(stats?.plainText ?? '')
              return (
                <SectionCard
                  key={section.id}
                  channel={section.channel}
                  collapsed={section.collapsed}
                  first={i === 0}
                  last={i === sections.length - 1}
                  summary={
                    chars === 0 ? null : (
                      <>
                        {t('dossier.outline.chars', { count: chars })}
                        {stats && stats.findingCount > 0 && <> · {t('dossier.outline.findings', { count: stats.findingCount })}</>}
                      </>
                    )
                  }
                  onToggle={() => {
                    void autosave.flush()
                    void repo.setCollapsed(section.id, !section.collapsed)
                  }}
                  onMove={(delta) => move(section.channel, delta)}
                >
                  {editorsOpen.isOpen(section.id) ? (
                    <SectionEditor
                      section={section}
                      onChange={onChange}
                      onBlur={onBlur}
                      onEditor={onEditor}
                      onMarkFinding={onMarkFinding}
                      storeImages={storeImages}
                      autosave={autosave}
                    />
                  ) : (
                    <SectionPreview section={section} onOpen={() => editorsOpen.open(section.id)} />
                  )}
                </SectionCard>
              )
            })}
            {data.corrupt.map((c) => (
              <CorruptCard key={c.id} section={c} onReset={() => setResetting(c)} />
            ))}
          </div>
          <aside className="dossier-aside">
            <DossierOutline entries={outline} onJump={jump} />
            <FindingsPanel
              findings={digest.findings}
              people={people}
              now={Date.now()}
              onVerify={(f) => {
                const id = sectionIdOf(f)
                if (id) updateFinding(id, f.id, (a) => ({ ...a, verified: true, verifiedAt: Date.now() }))
              }}
              onEdit={(f) => {
                const sectionId = sectionIdOf(f)
                if (!sectionId) return
                const { id: findingId, channel, sourceId, date, confidence, verified, verifiedAt } = f
                setDialog({ mode: 'edit', sectionId, findingId, initial: { channel, sourceId, date, confidence, verified, verifiedAt } })
              }}
              onShow={(f) => {
                const id = sectionIdOf(f)
                const show = () => flash(findingMark(f.id))
                if (!id || editors.current.has(id)) show()
                else withEditor(id, () => requestAnimationFrame(show))
              }}
            />
          </aside>
        </div>
      </MentionPeopleProvider>
      <FindingDialog
        open={dialog !== null}
        mode={dialog?.mode ?? 'new'}
        initial={dialog?.initial ?? defaults('notes')}
        people={[...people.values()]}
        onSave={saveDialog}
        onRemove={dialog?.mode === 'edit' ? () => (updateFinding(dialog.sectionId, dialog.findingId, () => null), setDialog(null)) : undefined}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        open={resetting !== null}
        title={t('dossier.section.reset')}
        body={resetting?.channel ? t('dossier.section.resetConfirm', { channel: t(CHANNEL_TABLE[resetting.channel].label) }) : undefined}
        confirmLabel={t('dossier.section.reset')}
        cancelLabel={t('dossier.finding.cancel')}
        tone="danger"
        onConfirm={() => {
          if (resetting) void repo.resetSection(resetting.id)
          setResetting(null)
        }}
        onCancel={() => setResetting(null)}
      />
    </div>
  )
}
