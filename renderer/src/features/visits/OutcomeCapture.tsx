import { useEffect, useMemo, useState } from 'react'
import { captureSuggestions, type CaptureSuggestion } from '#shared/domain/capture'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { useCaptureActions, useDismissedSuggestions, type Stakeholder } from '#data'
import { SuggestionPanel, type PersonEdits } from '#features/dossier'
import { useI18n } from '#i18n'
import { useToast } from '#ui'
import { findingChannelFor } from './findingChannel'

const DEBOUNCE_MS = 600

/**
 * The people a visit's outcome names who are not on the map yet, each one click from being added: the
 * sentence goes into the dossier section their role reports to, as the evidence on their timeline.
 */
export function OutcomeCapture({ accountId, text, date, stakeholders, onAdded }: { accountId: string; text: string; date: number; stakeholders: readonly Stakeholder[]; onAdded: (personId: string) => void }) {
  const { t, formatDay } = useI18n()
  const toast = useToast()
  const dismissed = useDismissedSuggestions(accountId)
  const actions = useCaptureActions()
  const [settled, setSettled] = useState(text)
  const [busy, setBusy] = useState<string | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])
  const known = useMemo(() => stakeholders.map(({ id, name, title }) => ({ id, name, title })), [stakeholders])
  const suggestions = useMemo(() => {
    if (!dismissed || !settled.trim()) return []
    const seen = new Set<string>()
    return captureSuggestions(settled, known, dismissed).filter((s) => s.kind === 'person' && !seen.has(s.key) && seen.add(s.key))
  }, [settled, known, dismissed])

  const accept = async (s: CaptureSuggestion, edits: PersonEdits) => {
    setBusy(s.key)
    try {
      const channel = findingChannelFor({ roles: edits.role ? [edits.role] : [] })
      const { person } = await actions.add({
        accountId,
        ...edits,
        coach: s.coach,
        findingId: null,
        reason: t('visits.capture.reason', { date: formatDay(date) }),
        appendTo: { channel, text: s.sentence.text, sourceNote: t('visits.finding.note', { date: formatDay(date) }), date }
      })
      onAdded(person.id)
      toast.show({
        tone: 'success',
        message: t('visits.capture.added', { name: person.name, channel: t(CHANNEL_TABLE[channel].label) }),
        action: { label: t('dossier.capture.undo'), onClick: () => void actions.remove(person.id) }
      })
    } catch (error) {
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: error instanceof Error ? error.message : String(error) }) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <SuggestionPanel
      className="capture-panel--visit"
      suggestions={suggestions}
      busyKey={busy}
      onAccept={(s, edits) => void accept(s, edits)}
      onDismiss={(s) => void actions.dismiss(accountId, s.key)}
    />
  )
}
