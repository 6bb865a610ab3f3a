import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import {
  BUYING_ROLES,
  type BuyingRole,
  type InfluenceLevel,
  type PersonalityType,
  type RelationshipStage,
  type Stance
} from '#shared/schemas'
import {
  draftTalkingPoints,
  emptyStakeholderDraft,
  type StakeholderRecord,
  type StakeholderRecordDraft
} from '#shared/domain/stakeholders'
import type { DossierFinding } from '#shared/domain/dossier'
import { roleFromTitle } from '#shared/domain/contacts/titleRoles'
import { useI18n } from '#i18n'
import { useSaveShortcut } from '#app/useSaveShortcut'
import { useUnsavedChanges } from '#app/navigation'
import { ConflictBanner } from '#app/ConflictBanner'
import { useEditBase } from '#app/useEditBase'
import { ConflictError, errorMessage, ValidationError, useStakeholderMapRepository, type FieldError } from '#data'
import { Button, Checkbox, DateField, IconButton, Icons, SelectField, TextArea, TextField, useToast } from '#ui'
import {
  changeTimestamp,
  influenceOptions,
  lineOptions,
  personalityOptions,
  roleLabel,
  stageOptions,
  stanceOptions,
  toDateInput
} from './labels'

export type EditorTarget = { mode: 'new'; position: { x: number; y: number } | null } | { mode: 'edit'; person: StakeholderRecord }

const TRACKED = ['stance', 'influence', 'relationshipStage', 'roles'] as const

function draftFrom(target: EditorTarget, accountId: string): StakeholderRecordDraft {
  if (target.mode === 'new') return emptyStakeholderDraft(accountId, { position: target.position })
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...draft } = target.person
  return { ...draft, talkingPoints: [...draft.talkingPoints] }
}

/** What the form edits: dragging and departures are saved on their own, so they are not the form's to compare. */
const formShown = (draft: StakeholderRecordDraft) => JSON.stringify({ ...draft, position: null, departedAt: null })
const shownOf = (person: StakeholderRecord) => formShown(draftFrom({ mode: 'edit', person }, person.accountId))

/** The side-panel form for one person: every field, talking points, and (for a tracked change) its reason and date. */
export function StakeholderEditor({
  accountId,
  target,
  findings,
  onSaved,
  onClose
}: {
  accountId: string
  target: EditorTarget
  /** Dossier findings the rep can cite as the reason for a change. */
  findings: DossierFinding[]
  onSaved: (person: StakeholderRecord) => void
  onClose: () => void
}) {
  const { t, language } = useI18n()
  const repo = useStakeholderMapRepository()
  const toast = useToast()
  const [draft, setDraft] = useState<StakeholderRecordDraft>(() => draftFrom(target, accountId))
  const [errors, setErrors] = useState<Record<string, FieldError>>({})
  const [reason, setReason] = useState('')
  const [changeDate, setChangeDate] = useState(() => toDateInput(Date.now()))
  const [evidence, setEvidence] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  // What the form held when it opened or was last saved: leaving with anything else asks first.
  const [savedDraft, setSavedDraft] = useState(() => formShown(draft))
  const original = target.mode === 'edit' ? target.person : null
  // The person as the form loaded them; a save elsewhere since then is the rep's to reload or save over.
  const [formDirty, setFormDirty] = useState(false)
  const load = useCallback((p: StakeholderRecord) => setDraft(draftFrom({ mode: 'edit', person: p }, p.accountId)), [])
  const base = useEditBase(original, shownOf, formDirty, load)
  const dirty = formShown(draft) !== (original ? base.shown : savedDraft)
  useEffect(() => setFormDirty(dirty), [dirty])
  useUnsavedChanges(dirty || reason !== '')

  const formRef = useRef<HTMLFormElement>(null)
  // A new person: the name field, ready to type. Saving remounts the form as the stored person's; focus
  // would drop to the page, so it goes back to the name field (where it was, not the body).
  const startsNew = useRef(target.mode === 'new')
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (startsNew.current || lost) formRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
  }, [])
  useSaveShortcut(() => formRef.current?.requestSubmit())
  const trackedChanged =
    original !== null &&
    TRACKED.some((field) =>
      field === 'roles' ? original.roles.join(',') !== draft.roles.join(',') : original[field] !== draft[field]
    )
  const drafted = useMemo(
    () => draftTalkingPoints({ roles: draft.roles, personality: draft.personality }, language),
    [draft.roles, draft.personality, language]
  )

  const set = <K extends keyof StakeholderRecordDraft>(key: K, value: StakeholderRecordDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const toggleRole = (role: BuyingRole, on: boolean) =>
    setDraft((d) => ({ ...d, roles: on ? BUYING_ROLES.filter((r) => r === role || d.roles.includes(r)) : d.roles.filter((r) => r !== role) }))
  const setPoint = (index: number, text: string) =>
    setDraft((d) => {
      const points = [0, 1, 2].map((i) => (i === index ? text : (d.talkingPoints[i] ?? '')))
      while (points.length > 0 && points[points.length - 1] === '') points.pop()
      return { ...d, talkingPoints: points }
    })
  const error = (key: string) => {
    const e = errors[key]
    return e ? t(e.key, e.params) : undefined
  }
  // The same rules the contacts import uses; offered only while no role is ticked, never applied unasked.
  const suggestedRole = draft.roles.length === 0 ? roleFromTitle(draft.title, draft.department) : null


  async function submit(basedOn = base.basedOn) {
    setSaving(true)
    try {
      const clean = {
        ...draft,
        talkingPoints: draft.talkingPoints.filter((p) => p.trim() !== ''),
        // Dragging and departures are saved on their own; keep what is stored now, not what the form started with.
        ...(original ? { position: original.position, departedAt: original.departedAt } : {})
      }
      const saved =
        original === null
          ? await repo.createPerson(clean)
          : await repo.updatePerson(original.id, clean, { reason, at: changeTimestamp(changeDate), findingIds: evidence }, { basedOn })
      if (original !== null) {
        // The form takes the stored person back (trimmed), so it reads as saved.
        load(saved)
        base.loaded(saved)
      }
      setSavedDraft(formShown(draft))
      setErrors({})
      setReason('')
      setEvidence([])
      toast.show({
        tone: 'success',
        message: t(original === null ? 'stakeholders.editor.created' : 'stakeholders.editor.saved', { name: saved.name })
      })
      onSaved(saved)
    } catch (e) {
      if (e instanceof ConflictError) {
        base.refused(e.current as StakeholderRecord)
      } else if (e instanceof ValidationError) {
        setErrors(e.fieldErrors)
        toast.show({ tone: 'danger', message: t('validation.formHasErrors') })
      } else {
        toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, e) }) })
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      ref={formRef}
      className="sh-editor"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
      aria-labelledby="sh-editor-title"
      data-testid="stakeholder-editor"
    >
      <div className="sh-panel__head">
        <h2 id="sh-editor-title" className="sh-panel__title">
          {original ? t('stakeholders.editor.editTitle', { name: original.name }) : t('stakeholders.editor.newTitle')}
        </h2>
        <IconButton label={t('stakeholders.close')} icon={<Icons.X />} onClick={onClose} size="sm" />
      </div>

      {base.theirs && <ConflictBanner onReload={() => base.reload()} onKeepMine={() => void submit(base.keepMine())} />}

      <TextField label={t('stakeholders.field.name')} required value={draft.name} onValueChange={(v) => set('name', v)} error={error('name')} data-autofocus />
      <div className="ui-grid-2">
        <TextField label={t('stakeholders.field.title')} value={draft.title} onValueChange={(v) => set('title', v)} error={error('title')} />
        <TextField label={t('stakeholders.field.department')} value={draft.department} onValueChange={(v) => set('department', v)} error={error('department')} />
      </div>

      <fieldset className="sh-fieldset">
        <legend>{t('stakeholders.field.roles')}</legend>
        {suggestedRole && (
          <p className="sh-role-suggestion ui-small">
            <span>{t('contacts.editor.suggestRole', { role: roleLabel(t, suggestedRole) })}</span>
            <Button size="sm" variant="ghost" onClick={() => toggleRole(suggestedRole, true)}>
              {t('contacts.editor.applyRole')}
            </Button>
          </p>
        )}
        <div className="sh-roles">
          {BUYING_ROLES.map((role) => (
            <Checkbox key={role} label={roleLabel(t, role)} checked={draft.roles.includes(role)} onCheckedChange={(on) => toggleRole(role, on)} />
          ))}
        </div>
      </fieldset>

      <div className="ui-grid-2">
        <SelectField label={t('stakeholders.field.stance')} options={stanceOptions(t)} value={draft.stance} onValueChange={(v) => set('stance', v as Stance)} />
        <SelectField label={t('stakeholders.field.influence')} options={influenceOptions(t)} value={draft.influence} onValueChange={(v) => set('influence', v as InfluenceLevel)} />
        <SelectField
          label={t('stakeholders.field.relationshipStage')}
          options={stageOptions(t)}
          value={draft.relationshipStage}
          onValueChange={(v) => set('relationshipStage', v as RelationshipStage)}
        />
        <SelectField label={t('stakeholders.field.line')} options={lineOptions(t)} value={draft.line} onValueChange={(v) => set('line', v as StakeholderRecordDraft['line'])} />
      </div>
      <Checkbox label={t('stakeholders.field.isCoach')} checked={draft.isCoach} onCheckedChange={(on) => set('isCoach', on)} />

      {trackedChanged && (
        <div className="sh-change-note" data-testid="change-note">
          <TextField label={t('stakeholders.field.reason')} hint={t('stakeholders.field.reason.hint')} value={reason} onValueChange={setReason} maxLength={200} />
          <DateField label={t('stakeholders.field.changeDate')} value={changeDate} onValueChange={setChangeDate} />
          <fieldset className="sh-fieldset">
            <legend>{t('stakeholders.field.evidence')}</legend>
            {findings.length === 0 ? (
              <p className="ui-muted ui-small">{t('stakeholders.evidence.none')}</p>
            ) : (
              <div className="sh-evidence" data-testid="evidence">
                <p className="ui-muted ui-small">{t('stakeholders.field.evidence.hint')}</p>
                {findings.slice(0, 50).map((f) => (
                  <Checkbox
                    key={f.id}
                    label={f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text || f.id}
                    checked={evidence.includes(f.id)}
                    onCheckedChange={(on) => setEvidence((ids) => (on ? [...ids, f.id] : ids.filter((id) => id !== f.id)))}
                  />
                ))}
              </div>
            )}
          </fieldset>
        </div>
      )}

      <SelectField
        label={t('stakeholders.field.personality')}
        options={personalityOptions(t)}
        value={draft.personality ?? ''}
        onValueChange={(v) => set('personality', v === '' ? null : (v as PersonalityType))}
        hint={drafted.approach ?? undefined}
      />
      <TextArea label={t('stakeholders.field.caresAbout')} rows={2} value={draft.caresAbout} onValueChange={(v) => set('caresAbout', v)} error={error('caresAbout')} />

      <fieldset className="sh-fieldset">
        <legend>{t('stakeholders.field.talkingPoints')}</legend>
        {[0, 1, 2].map((i) => (
          <TextField
            key={i}
            label={t('stakeholders.field.talkingPoint', { n: i + 1 })}
            value={draft.talkingPoints[i] ?? ''}
            placeholder={drafted.points[i] ?? ''}
            onValueChange={(v) => setPoint(i, v)}
            error={error(`talkingPoints.${i}`)}
          />
        ))}
        {draft.talkingPoints.length === 0 && drafted.points.length > 0 && (
          <Button size="sm" variant="ghost" onClick={() => set('talkingPoints', [...drafted.points])}>
            {t('stakeholders.talkingPoints.reset')}
          </Button>
        )}
      </fieldset>

      <fieldset className="sh-fieldset">
        <legend>{t('stakeholders.editor.contact')}</legend>
        <div className="ui-grid-2">
          <TextField label={t('stakeholders.field.phone')} value={draft.phone} onValueChange={(v) => set('phone', v)} error={error('phone')} />
          <TextField label={t('stakeholders.field.messaging')} value={draft.messaging} onValueChange={(v) => set('messaging', v)} error={error('messaging')} />
        </div>
        <TextField label={t('stakeholders.field.email')} value={draft.email} onValueChange={(v) => set('email', v)} error={error('email')} />
      </fieldset>

      <TextArea
        label={t('stakeholders.field.sensitiveNotes')}
        hint={t('stakeholders.field.sensitiveNotes.hint')}
        rows={2}
        value={draft.sensitiveNotes}
        onValueChange={(v) => set('sensitiveNotes', v)}
        error={error('sensitiveNotes')}
        fieldClassName="sh-sensitive"
      />

      <div className="sh-editor__actions">
        <Button type="submit" variant="primary" loading={saving}>
          {t('stakeholders.editor.save')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </form>
  )
}
