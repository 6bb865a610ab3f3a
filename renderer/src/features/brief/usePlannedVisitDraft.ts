import { useCallback, useEffect, useRef, useState } from 'react'
import { VisitDraft, type VisitQuestion } from '#shared/schemas'
import { errorMessage, useRepositories, type Visit } from '#data'
import { useI18n } from '#i18n'
import { useToast } from '#ui'

export type PlanFields = { objective: string; questions: VisitQuestion[]; attendeeIds: string[] }

const SAVE_AFTER_MS = 400

/**
 * What the rep prepares for the planned visit, edited here and saved on the visit itself shortly after
 * each change and when the composer goes away (tab switch, window closing), so nothing lives only in the
 * screen. Blank question lines stay on screen but are not saved.
 */
export function usePlannedVisitDraft(visit: Visit): { fields: PlanFields; change(patch: Partial<PlanFields>): void } {
  const { visits } = useRepositories()
  const { t } = useI18n()
  const toast = useToast()
  const [fields, setFields] = useState<PlanFields>(() => ({ objective: visit.objective, questions: visit.questions, attendeeIds: visit.attendeeIds }))
  const latest = useRef({ visit, fields, pending: false, timer: undefined as ReturnType<typeof setTimeout> | undefined })
  useEffect(() => {
    latest.current.visit = visit
  }, [visit])

  const flush = useCallback(() => {
    const state = latest.current
    clearTimeout(state.timer)
    if (!state.pending) return
    state.pending = false
    const { objective, questions, attendeeIds } = state.fields
    const draft = { ...VisitDraft.parse(state.visit), objective, attendeeIds, questions: questions.filter((q) => q.text.trim() !== '') }
    visits.update(state.visit.id, draft).catch((error: unknown) =>
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, error) }) })
    )
  }, [visits, toast, t])

  useEffect(() => {
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('beforeunload', flush)
      flush()
    }
  }, [flush])

  const change = (patch: Partial<PlanFields>) => {
    const next = { ...latest.current.fields, ...patch }
    latest.current.fields = next
    latest.current.pending = true
    clearTimeout(latest.current.timer)
    latest.current.timer = setTimeout(flush, SAVE_AFTER_MS)
    setFields(next)
  }

  return { fields, change }
}
