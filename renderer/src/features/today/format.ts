import { useMemo } from 'react'
import { daysBetween } from '#shared/domain/cadence'
import type { CadenceReason, CadenceRole } from '#shared/domain/today'
import { ROLE_TABLE } from '#shared/domain/values'
import { POSITIONING_TABLE } from '#shared/domain/values/accountAssessments'
import { VISIT_KIND_TABLE } from '#shared/domain/values/visitKinds'
import type { VisitKind } from '#shared/schemas'
import { useI18n, type Translate } from '#i18n'

/** Day-level wording for Today: "3 days ago", "Wed, Mar 12"; never a time of day the rep did not give. */
export function useTodayFormat(now: number) {
  const { t, language } = useI18n()
  return useMemo(() => {
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
    const dayFormat = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', weekday: 'short' })
    const shortDay = new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric' })
    return {
      t,
      language,
      ago: (ms: number) => relative.format(-Math.max(0, daysBetween(ms, now)), 'day'),
      /** "today", "tomorrow", else the weekday and date. */
      day: (ms: number) => {
        const offset = daysBetween(now, ms)
        return offset === 0 || offset === 1 || offset === -1 ? relative.format(offset, 'day') : dayFormat.format(ms)
      },
      shortDay: (ms: number) => shortDay.format(ms),
      cadence: (days: number, reason: CadenceReason) => t('today.cadence.every', { days, reason: reasonText(t, reason) }),
      role: (role: CadenceRole) => (role === 'coach' ? t('stakeholders.coach') : t(ROLE_TABLE[role].label)),
      kind: (kind: VisitKind) => t(VISIT_KIND_TABLE[kind].label)
    }
  }, [t, language, now])
}

export type TodayFormat = ReturnType<typeof useTodayFormat>

function reasonText(t: Translate, reason: CadenceReason): string {
  switch (reason.source) {
    case 'positioning':
      return t(POSITIONING_TABLE[reason.value].label)
    case 'orgGrade':
      return t('today.cadence.orgGrade', { value: reason.value })
    case 'buyerGrade':
      return t('today.cadence.buyerGrade', { value: reason.value })
    case 'override':
      return t('today.cadence.override')
    case 'default':
      return t('today.cadence.default')
  }
}
