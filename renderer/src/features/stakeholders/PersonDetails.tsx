import { useState } from 'react'
import { InfluenceLevel, RelationshipStage, Stance, type Relationship, type RelationshipKind, type StakeholderChange } from '#shared/schemas'
import { decodeRoles, type StakeholderRecord } from '#shared/domain/stakeholders'
import type { DossierFinding } from '#shared/domain/dossier'
import { useI18n, type Translate } from '#i18n'
import { formatList } from '#shared/i18n/translate'
import type { Language } from '#shared/ipc/contract'
import { ValidationError, useStakeholderMapRepository } from '#data'
import { Button, ConfirmDialog, IconButton, Icons, SelectField, useToast } from '#ui'
import { useUndo } from '#app/undo'
import { influenceLabel, kindLabel, kindOptions, roleLabel, stageLabel, stanceLabel } from './labels'

function describeValue(t: Translate, language: Language, field: StakeholderChange['field'], value: string | null): string {
  if (value === null) return '—'
  switch (field) {
    // A stored code this version does not know (e.g. from a newer backup) shows as it is.
    case 'stance': {
      const stance = Stance.safeParse(value)
      return stance.success ? stanceLabel(t, stance.data) : value
    }
    case 'influence': {
      const level = InfluenceLevel.safeParse(value)
      return level.success ? influenceLabel(t, level.data) : value
    }
    case 'relationshipStage': {
      const stage = RelationshipStage.safeParse(value)
      return stage.success ? stageLabel(t, stage.data) : value
    }
    case 'roles': {
      const roles = decodeRoles(value)
      return roles ? formatList(language, roles.map((r) => roleLabel(t, r)), 'plain') || '—' : value
    }
    default:
      return value
  }
}

function fieldName(t: Translate, field: StakeholderChange['field']): string {
  if (field === 'roles') return t('stakeholders.timeline.field.roles')
  if (field === 'departed') return t('stakeholders.timeline.departed')
  return t(`stakeholders.field.${field}`)
}

/** The dated history of one person's stance, influence, stage, roles and departure, newest first. */
export function Timeline({ changes, findings }: { changes: StakeholderChange[]; findings: DossierFinding[] }) {
  const { t, language, formatDate } = useI18n()
  const findingText = (id: string) => findings.find((f) => f.id === id)?.text ?? t('stakeholders.timeline.evidenceMissing')
  const sorted = [...changes].sort((a, b) => b.at - a.at || b.createdAt - a.createdAt)
  return (
    <section className="sh-section" aria-labelledby="sh-timeline-title">
      <h3 id="sh-timeline-title" className="sh-section__title">
        {t('stakeholders.timeline')}
      </h3>
      {sorted.length === 0 ? (
        <p className="ui-muted ui-small">{t('stakeholders.timeline.none')}</p>
      ) : (
        <ol className="sh-timeline" data-testid="timeline">
          {sorted.map((c) => (
            <li key={c.id} className="sh-timeline__item" data-testid="timeline-entry">
              <span className="sh-timeline__date">{formatDate(c.at)}</span>
              <span className="sh-timeline__what">
                {c.field === 'departed'
                  ? t(c.to === null ? 'stakeholders.timeline.returned' : 'stakeholders.timeline.departed')
                  : t('stakeholders.timeline.entry', {
                      field: fieldName(t, c.field),
                      from: describeValue(t, language, c.field, c.from),
                      to: describeValue(t, language, c.field, c.to)
                    })}
              </span>
              <span className="sh-timeline__reason">{c.reason || t('stakeholders.timeline.noReason')}</span>
              {c.findingIds.length > 0 && (
                <span className="sh-timeline__evidence">
                  {t('stakeholders.timeline.evidence', { items: c.findingIds.map(findingText).join('；') })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** Links of one person: list with remove (and undo), and a small form to add one. */
export function LinksSection({
  person,
  people,
  relationships
}: {
  person: StakeholderRecord
  people: StakeholderRecord[]
  relationships: Relationship[]
}) {
  const { t } = useI18n()
  const repo = useStakeholderMapRepository()
  const toast = useToast()
  const undo = useUndo()
  const [kind, setKind] = useState<RelationshipKind>('reportsTo')
  const others = people.filter((p) => p.id !== person.id)
  const [targetId, setTargetId] = useState('')
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '?'
  const mine = relationships.filter((r) => r.fromId === person.id || r.toId === person.id)
  const describe = (r: Relationship) => t('stakeholders.links.describe', { from: nameOf(r.fromId), kind: kindLabel(t, r.kind), to: nameOf(r.toId) })

  async function add() {
    if (!targetId) return
    try {
      await repo.createLink({ accountId: person.accountId, fromId: person.id, toId: targetId, kind, note: '' })
      setTargetId('')
      toast.show({ tone: 'success', message: t('stakeholders.links.added') })
    } catch (e) {
      toast.show({ tone: 'danger', message: e instanceof ValidationError ? t('stakeholders.links.self') : String(e) })
    }
  }
  async function remove(r: Relationship) {
    await repo.deleteLink(r.id)
    undo.push({ label: t('undo.label.deleteLink'), undo: () => repo.restoreLink(r.id) }, { message: t('stakeholders.links.deleted') })
  }

  return (
    <section className="sh-section" aria-labelledby="sh-links-title">
      <h3 id="sh-links-title" className="sh-section__title">
        {t('stakeholders.links')}
      </h3>
      {mine.length === 0 ? (
        <p className="ui-muted ui-small">{t('stakeholders.links.none')}</p>
      ) : (
        <ul className="sh-links" data-testid="links">
          {mine.map((r) => (
            <li key={r.id} className="sh-links__item">
              <span>{describe(r)}</span>
              <IconButton size="sm" variant="danger-ghost" label={t('stakeholders.links.delete', { text: describe(r) })} icon={<Icons.Trash />} onClick={() => void remove(r)} />
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="sh-links__add">
          <SelectField label={t('stakeholders.links.kind')} options={kindOptions(t)} value={kind} onValueChange={(v) => setKind(v as RelationshipKind)} />
          <SelectField
            label={t('stakeholders.links.target')}
            placeholder="—"
            options={others.map((p) => ({ value: p.id, label: p.name }))}
            value={targetId}
            onValueChange={setTargetId}
          />
          <Button size="sm" icon={<Icons.Plus />} onClick={() => void add()} disabled={!targetId}>
            {t('stakeholders.links.add')}
          </Button>
        </div>
      )}
    </section>
  )
}

/** Deletes a person (soft, with their links) onto the undo stack, and says so in a toast with Undo. */
export function useDeletePerson(): (person: Pick<StakeholderRecord, 'id' | 'name'>) => Promise<void> {
  const { t } = useI18n()
  const repo = useStakeholderMapRepository()
  const undo = useUndo()
  return async (person) => {
    const removed = await repo.deletePerson(person.id)
    undo.push(
      { label: t('undo.label.deletePerson', { name: person.name }), undo: () => repo.restorePerson(removed.personId, removed.linkIds) },
      { message: t('stakeholders.deleted', { name: person.name }) }
    )
  }
}

/** The question before a person is deleted, naming them. */
export function DeletePersonDialog({
  person,
  onConfirm,
  onCancel
}: {
  person: Pick<StakeholderRecord, 'name'> | null
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  return (
    <ConfirmDialog
      open={person !== null}
      tone="danger"
      title={t('undo.deleteConfirm.person.title', { name: person?.name ?? '' })}
      body={t('undo.deleteConfirm.person.body')}
      confirmLabel={t('common.delete')}
      cancelLabel={t('common.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}

/** Departure and deletion (with undo) for one person. */
export function PersonActions({ person, onDeleted }: { person: StakeholderRecord; onDeleted: () => void }) {
  const { t } = useI18n()
  const repo = useStakeholderMapRepository()
  const toast = useToast()
  const deletePerson = useDeletePerson()
  const [confirmDepart, setConfirmDepart] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)

  async function remove() {
    setConfirmDelete(false)
    await deletePerson(person)
    onDeleted()
  }

  return (
    <div className="sh-person-actions">
      {person.departedAt === null ? (
        <Button size="sm" onClick={() => setConfirmDepart(true)}>
          {t('stakeholders.depart')}
        </Button>
      ) : (
        <Button size="sm" onClick={() => void repo.setDeparted(person.id, null)}>
          {t('stakeholders.restoreDeparted')}
        </Button>
      )}
      <Button size="sm" variant="danger" icon={<Icons.Trash />} onClick={() => setConfirmDelete(true)}>
        {t('stakeholders.delete')}
      </Button>
      <DeletePersonDialog person={confirmDelete ? person : null} onConfirm={() => void remove()} onCancel={() => setConfirmDelete(false)} />
      <ConfirmDialog
        open={confirmDepart}
        title={t('stakeholders.depart.title', { name: person.name })}
        body={t('stakeholders.depart.body')}
        confirmLabel={t('stakeholders.depart.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirmDepart(false)}
        onConfirm={() => {
          setConfirmDepart(false)
          void repo.setDeparted(person.id, Date.now()).then(() =>
            toast.show({ tone: 'success', message: t('stakeholders.departed', { name: person.name }) })
          )
        }}
      />
    </div>
  )
}
