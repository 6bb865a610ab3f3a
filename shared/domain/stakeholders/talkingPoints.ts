import type { BuyingRole, PersonalityType } from '#shared/schemas/enums'
import type { Language } from '#shared/ipc/contract'
import { translate, type MessageKey } from '#shared/i18n/translate'
import { PERSONALITY_TABLE } from '../values/personalityTypes'
import { ROLE_TABLE, rolesByRank } from '../values/roles'

/** At most three benefits per presentation. */
export const MAX_TALKING_POINTS = 3

export type TalkingPointSubject = { roles: readonly BuyingRole[]; personality: PersonalityType | null }

/**
 * The benefits to lead with for one person, as message keys: the benefit of their most important role
 * first (by the role table's talkingPointRank), then the one their personality calls for (from the
 * personality table), then those of their other roles; no repeats, at most three.
 */
export function draftBenefits({ roles, personality }: TalkingPointSubject): MessageKey[] {
  const ordered = rolesByRank(roles, 'talkingPointRank').map((role) => ROLE_TABLE[role].talkingPoint)
  const fromPersonality = personality ? PERSONALITY_TABLE[personality].talkingPoint : null
  const sequence = fromPersonality ? [...ordered.slice(0, 1), fromPersonality, ...ordered.slice(1)] : ordered
  return [...new Set(sequence)].slice(0, MAX_TALKING_POINTS)
}

export type DraftedTalkingPoints = {
  /** At most three benefit sentences, most important first. */
  points: string[]
  /** How to approach this personality, or null when none is recorded. */
  approach: string | null
}

/** Talking points for one person in the given language, drafted from roles and personality. */
export function draftTalkingPoints(subject: TalkingPointSubject, language: Language): DraftedTalkingPoints {
  return {
    points: draftBenefits(subject).map((benefit) => translate(language, benefit)),
    approach: subject.personality ? translate(language, PERSONALITY_TABLE[subject.personality].approach) : null
  }
}

/**
 * What to say to a person: the points the rep edited (kept as written, at most three, blanks dropped),
 * or the drafted ones when the rep has not written any.
 */
export function talkingPointsFor(
  subject: TalkingPointSubject & { talkingPoints?: readonly string[] },
  language: Language
): DraftedTalkingPoints {
  const drafted = draftTalkingPoints(subject, language)
  const edited = (subject.talkingPoints ?? []).map((p) => p.trim()).filter((p) => p !== '')
  return edited.length > 0 ? { ...drafted, points: edited.slice(0, MAX_TALKING_POINTS) } : drafted
}
