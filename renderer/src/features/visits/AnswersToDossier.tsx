import { useState } from 'react'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { INTEL_CHANNELS, type IntelChannel } from '#shared/schemas/enums'
import { useVisitFindings, type Stakeholder, type Visit } from '#data'
import { useI18n } from '#i18n'
import { Badge, Button, Icons, SelectField, useToast } from '#ui'
import { findingChannelFor } from './findingChannel'

/** A done visit's answered questions, each one click away from being a finding in the dossier. */
export function AnswersToDossier({ visit, stakeholders }: { visit: Visit; stakeholders: readonly Stakeholder[] }) {
  const { t, formatDay } = useI18n()
  const toast = useToast()
  const findings = useVisitFindings()
  const attendees = visit.attendeeIds.flatMap((id) => stakeholders.filter((s) => s.id === id))
  const [sourceId, setSourceId] = useState<string | null>(attendees[0]?.id ?? null)
  const [channel, setChannel] = useState<IntelChannel>(() => findingChannelFor(attendees[0]))
  const [busy, setBusy] = useState<string | null>(null)
  const answered = visit.questions.filter((q) => q.answer.trim() !== '')
  if (answered.length === 0) return null

  const add = async (questionId: string) => {
    setBusy(questionId)
    try {
      await findings.addAnswerToDossier({ visitId: visit.id, questionId, channel, sourceId, sourceNote: t('visits.finding.note', { date: formatDay(visit.date) }) })
      toast.show({ tone: 'success', message: t('visits.finding.added', { channel: t(CHANNEL_TABLE[channel].label) }) })
    } catch (error) {
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: error instanceof Error ? error.message : String(error) }) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="visit-answers" data-testid="visit-answers">
      <div className="record-list__meta">{t('visits.answers')}</div>
      {answered.some((q) => !q.findingId) && (
        <div className="visit-answers__pickers">
          <SelectField
            label={t('visits.finding.source')}
            inline
            value={sourceId ?? ''}
            options={[{ value: '', label: t('visits.finding.nobody') }, ...attendees.map((s) => ({ value: s.id, label: s.name }))]}
            onChange={(e) => {
              const person = attendees.find((s) => s.id === e.target.value)
              setSourceId(person?.id ?? null)
              setChannel(findingChannelFor(person))
            }}
          />
          <SelectField
            label={t('visits.finding.channel')}
            inline
            value={channel}
            options={INTEL_CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_TABLE[c].label) }))}
            onChange={(e) => setChannel(INTEL_CHANNELS.find((c) => c === e.target.value) ?? channel)}
          />
        </div>
      )}
      <ul className="visit-answers__list">
        {answered.map((q) => (
          <li key={q.id} className="visit-answers__item">
            <span>
              <strong>{q.text}</strong> — {q.answer}
            </span>
            {q.findingId ? (
              <Badge tone="success">{t('visits.finding.inDossier')}</Badge>
            ) : (
              <Button size="sm" icon={<Icons.Notebook />} disabled={busy !== null} onClick={() => void add(q.id)}>
                {t('visits.finding.add')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
