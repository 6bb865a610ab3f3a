import { useEffect, useState } from 'react'
import { CONFIDENCE_LEVELS, type Confidence, type FindingAttributes } from '#shared/domain/dossier'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { INTEL_CHANNELS, type IntelChannel } from '#shared/schemas'
import { useI18n } from '#i18n'
import type { MentionPerson } from '#editor/people'
import { Button, Checkbox, DateField, Dialog, SelectField } from '#ui'
import { fromDateInput, toDateInput } from './dates'

export type FindingDialogProps = {
  open: boolean
  mode: 'new' | 'edit'
  initial: Omit<FindingAttributes, 'findingId'>
  people: readonly MentionPerson[]
  onSave: (attrs: Omit<FindingAttributes, 'findingId'>) => void
  onRemove?: () => void
  onClose: () => void
}

/** Source channel, person, date, confidence and verification of a finding. */
export function FindingDialog({ open, mode, initial, people, onSave, onRemove, onClose }: FindingDialogProps) {
  const { t } = useI18n()
  const [channel, setChannel] = useState<IntelChannel>(initial.channel)
  const [sourceId, setSourceId] = useState(initial.sourceId ?? '')
  const [date, setDate] = useState(toDateInput(initial.date))
  const [confidence, setConfidence] = useState<Confidence>(initial.confidence)
  const [verified, setVerified] = useState(initial.verified)

  useEffect(() => {
    if (!open) return
    setChannel(initial.channel)
    setSourceId(initial.sourceId ?? '')
    setDate(toDateInput(initial.date))
    setConfidence(initial.confidence)
    setVerified(initial.verified)
  }, [open, initial])

  const save = () => {
    onSave({
      channel,
      sourceId: sourceId || null,
      date: fromDateInput(date) ?? initial.date,
      confidence,
      verified,
      verifiedAt: verified ? (initial.verified && initial.verifiedAt !== null ? initial.verifiedAt : Date.now()) : null
    })
  }

  const livePeople = people.filter((p) => !p.deleted || p.id === initial.sourceId)
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(mode === 'new' ? 'dossier.finding.dialogTitle' : 'dossier.finding.editTitle')}
      size="sm"
      footer={
        <>
          {mode === 'edit' && onRemove && (
            <Button variant="ghost" onClick={onRemove}>
              {t('dossier.finding.remove')}
            </Button>
          )}
          <span className="ui-spacer" />
          <Button variant="secondary" onClick={onClose}>
            {t('dossier.finding.cancel')}
          </Button>
          <Button variant="primary" onClick={save}>
            {t('dossier.finding.save')}
          </Button>
        </>
      }
    >
      <div className="ui-stack">
        <SelectField
          label={t('dossier.finding.channel')}
          value={channel}
          onValueChange={(v) => setChannel(v as IntelChannel)}
          options={INTEL_CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_TABLE[c].label) }))}
        />
        <SelectField
          label={t('dossier.finding.source')}
          value={sourceId}
          onValueChange={setSourceId}
          options={[{ value: '', label: t('dossier.finding.sourceNone') }, ...livePeople.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))]}
        />
        <DateField label={t('dossier.finding.date')} value={date} onValueChange={setDate} />
        <SelectField
          label={t('dossier.finding.confidence')}
          value={confidence}
          onValueChange={(v) => setConfidence(v as Confidence)}
          options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: t(`dossier.finding.confidence.${c}`) }))}
        />
        <Checkbox label={t('dossier.finding.verified')} checked={verified} onCheckedChange={setVerified} />
      </div>
    </Dialog>
  )
}
