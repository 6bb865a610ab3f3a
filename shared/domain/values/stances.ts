import type { MessageKey } from '#shared/i18n/translate'

/** How a status reads at a glance in printed documents (the brief's pills). */
export type Tone = 'good' | 'warn' | 'bad'

/** What the app needs of one stance towards us (domain guide §3: supporter, opponent or neutral). */
export type StanceInfo = {
  /** The stance's name wherever it shows: forms, list, legend, history, brief. */
  label: MessageKey
  /** Fill of the person's graph node, and of the dot beside the stance in the legend and the list. */
  colour: `#${string}`
  /** The brief's pill for this stance. */
  tone: Tone
}

/**
 * Every stance, keyed by its stored code, in display order. STANCES and the Stance schema are derived from
 * these keys, so a stance is added here, plus its label in the two catalogues. The keys are stored in
 * users' databases: add new ones, never rename or remove one.
 */
export const STANCE_TABLE = {
  supporter: { label: 'stakeholders.stance.supporter', colour: '#2f9e5f', tone: 'good' },
  neutral: { label: 'stakeholders.stance.neutral', colour: '#e0a526', tone: 'warn' },
  opponent: { label: 'stakeholders.stance.opponent', colour: '#d64545', tone: 'bad' },
  unknown: { label: 'stakeholders.stance.unknown', colour: '#9aa3b2', tone: 'warn' }
} as const satisfies Record<string, StanceInfo>

export type StanceCode = keyof typeof STANCE_TABLE
