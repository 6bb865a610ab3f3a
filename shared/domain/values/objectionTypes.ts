import type { MessageKey } from '#shared/i18n/translate'

// How an objection is classified (domain guide §4): by what it is about, by its nature, and by the method
// used to handle it. One table per classification, each keyed by its stored code, in display order;
// OBJECTION_CONTENTS / OBJECTION_NATURES / OBJECTION_HANDLINGS and their schemas are derived from these
// keys, so a value is added here, plus its label in the two catalogues. The keys are stored in users'
// databases: add new ones, never rename or remove one.

/** What the app needs of one objection classification value. */
export type ObjectionValueInfo = {
  /** The value's name wherever it shows: the visits form and list, the brief. */
  label: MessageKey
}

/** What the objection is about. */
export const OBJECTION_CONTENT_TABLE = {
  need: { label: 'visits.content.need' },
  price: { label: 'visits.content.price' },
  product: { label: 'visits.content.product' },
  timing: { label: 'visits.content.timing' },
  salesperson: { label: 'visits.content.salesperson' },
  service: { label: 'visits.content.service' },
  abilityToPay: { label: 'visits.content.abilityToPay' }
} as const satisfies Record<string, ObjectionValueInfo>

/** Whether the objection is real, an excuse, or hides the real one. */
export const OBJECTION_NATURE_TABLE = {
  genuine: { label: 'visits.nature.genuine' },
  false: { label: 'visits.nature.false' },
  hidden: { label: 'visits.nature.hidden' }
} as const satisfies Record<string, ObjectionValueInfo>

/** How the rep answers it. */
export const OBJECTION_HANDLING_TABLE = {
  ignore: { label: 'visits.handling.ignore' },
  compensate: { label: 'visits.handling.compensate' },
  turnAround: { label: 'visits.handling.turnAround' },
  ask: { label: 'visits.handling.ask' },
  yesIf: { label: 'visits.handling.yesIf' },
  directRebuttal: { label: 'visits.handling.directRebuttal' }
} as const satisfies Record<string, ObjectionValueInfo>

export type ObjectionContentCode = keyof typeof OBJECTION_CONTENT_TABLE
export type ObjectionNatureCode = keyof typeof OBJECTION_NATURE_TABLE
export type ObjectionHandlingCode = keyof typeof OBJECTION_HANDLING_TABLE
