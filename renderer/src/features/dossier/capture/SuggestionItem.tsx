import { useState } from 'react'
import type { CaptureSuggestion } from '#shared/domain/capture'
import { excerptOf } from '#shared/domain/text/excerpt'
import { ROLE_TABLE } from '#shared/domain/values'
import { BUYING_ROLES, type BuyingRole } from '#shared/schemas/enums'
import { useI18n } from '#i18n'
import { Badge, Button, SelectField, TextField } from '#ui'
import './capture.css'

/** What the rep may correct before a suggested person goes on the map. */
export type PersonEdits = { name: string; title: string; department: string; role: BuyingRole | null }

type Props = {
  suggestion: CaptureSuggestion
  busy: boolean
  onAccept: (edits: PersonEdits) => void
  onDismiss: () => void
}

/** One suggested person: accept as read (click or Enter), correct first (Edit), or dismiss (or Delete). */
export function SuggestionItem({ suggestion: s, busy, onAccept, onDismiss }: Props) {
  const { t } = useI18n()
  const read: PersonEdits = { name: s.name, title: s.title, department: s.department, role: s.role }
  const [edits, setEdits] = useState<PersonEdits | null>(null)
  const meta = [s.title, s.department].filter(Boolean).join(' · ')
  const set = (patch: Partial<PersonEdits>) => setEdits((e) => ({ ...(e ?? read), ...patch }))

  return (
    <li
      className="capture-panel__item"
      tabIndex={0}
      data-testid="capture-suggestion"
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || edits) return
        if (e.key === 'Enter') onAccept(read)
        if (e.key === 'Delete' || e.key === 'Backspace') onDismiss()
      }}
    >
      {edits ? (
        <form
          className="capture-panel__edit"
          onSubmit={(e) => {
            e.preventDefault()
            if (edits.name.trim()) onAccept({ ...edits, name: edits.name.trim() })
          }}
        >
          <TextField label={t('dossier.capture.name')} value={edits.name} onValueChange={(name) => set({ name })} autoFocus required />
          <TextField label={t('dossier.capture.jobTitle')} value={edits.title} onValueChange={(title) => set({ title })} />
          <TextField label={t('dossier.capture.department')} value={edits.department} onValueChange={(department) => set({ department })} />
          <SelectField
            label={t('dossier.capture.role')}
            value={edits.role ?? ''}
            placeholder={t('dossier.capture.noRole')}
            options={BUYING_ROLES.map((r) => ({ value: r, label: t(ROLE_TABLE[r].label) }))}
            onValueChange={(value) => set({ role: BUYING_ROLES.find((r) => r === value) ?? null })}
          />
          <div className="capture-panel__actions">
            <Button size="sm" variant="primary" type="submit" disabled={busy || !edits.name.trim()}>
              {t('dossier.capture.accept')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEdits(null)}>
              {t('dossier.capture.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <div className="capture-panel__who">
            <strong>{s.name}</strong>
            {meta && <span className="capture-panel__meta">{meta}</span>}
            {s.role && <Badge tone="info">{t(ROLE_TABLE[s.role].label)}</Badge>}
            {s.coach && <Badge tone="success">{t('dossier.capture.coach')}</Badge>}
          </div>
          <div className="capture-panel__sentence">“{excerptOf(s.sentence.text, 80)}”</div>
          <div className="capture-panel__actions">
            <Button size="sm" variant="primary" disabled={busy} onClick={() => onAccept(read)}>
              {t('dossier.capture.accept')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEdits(read)}>
              {t('dossier.capture.edit')}
            </Button>
            <Button size="sm" variant="ghost" onClick={onDismiss}>
              {t('dossier.capture.dismiss')}
            </Button>
          </div>
        </>
      )}
    </li>
  )
}
