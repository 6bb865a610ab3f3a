import type { MessageKey } from '#shared/i18n/translate'

/** What the app needs of one kind of contact (domain guide §4: each visit has its own objective). */
export type VisitKindInfo = {
  label: MessageKey
  /** One line under the picker: what this kind of contact is for. */
  hint: MessageKey
  /** Met face to face (a call or a message is a contact, but not a visit). */
  inPerson: boolean
}

// Keyed by the stored code, in picker order. `visit` is what every visit logged before kinds existed became
// (migration v3). Add new codes; never rename or remove one.
export const VISIT_KIND_TABLE = {
  phoneAppointment: { label: 'visits.kind.phoneAppointment', hint: 'visits.kind.phoneAppointment.hint', inPerson: false },
  firstVisit: { label: 'visits.kind.firstVisit', hint: 'visits.kind.firstVisit.hint', inPerson: true },
  revisit: { label: 'visits.kind.revisit', hint: 'visits.kind.revisit.hint', inPerson: true },
  plantTour: { label: 'visits.kind.plantTour', hint: 'visits.kind.plantTour.hint', inPerson: true },
  meetingOutside: { label: 'visits.kind.meetingOutside', hint: 'visits.kind.meetingOutside.hint', inPerson: true },
  message: { label: 'visits.kind.message', hint: 'visits.kind.message.hint', inPerson: false },
  visit: { label: 'visits.kind.visit', hint: 'visits.kind.visit.hint', inPerson: true }
} as const satisfies Record<string, VisitKindInfo>

/** Plan before, record after: a planned visit becomes a record when its outcome is logged. */
export const VISIT_STATUS_TABLE = {
  planned: { label: 'visits.status.planned' },
  done: { label: 'visits.status.done' }
} as const satisfies Record<string, { label: MessageKey }>
