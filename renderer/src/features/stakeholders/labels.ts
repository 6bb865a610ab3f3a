import {
  BUYING_ROLES,
  CONTACT_LINES,
  INFLUENCE_LEVELS,
  PERSONALITY_TYPES,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_STAGES,
  STANCES,
  type BuyingRole,
  type InfluenceLevel,
  type RelationshipStage,
  type Stance,
  type RelationshipKind
} from '#shared/schemas'
import { INFLUENCE_TABLE, PERSONALITY_TABLE, RELATIONSHIP_STAGE_TABLE, ROLE_TABLE, STANCE_TABLE } from '#shared/domain/values'
import type { Translate } from '#i18n'
import type { GraphLabels } from '#graph'
import type { SelectOption } from '#ui'

export const roleLabel = (t: Translate, role: BuyingRole) => t(ROLE_TABLE[role].label)
export const stanceLabel = (t: Translate, stance: Stance) => t(STANCE_TABLE[stance].label)
export const influenceLabel = (t: Translate, level: InfluenceLevel) => t(INFLUENCE_TABLE[level].label)
export const stageLabel = (t: Translate, stage: RelationshipStage) => t(RELATIONSHIP_STAGE_TABLE[stage].label)
export const kindLabel = (t: Translate, kind: RelationshipKind) => t(`stakeholders.kind.${kind}`)

export function stanceOptions(t: Translate): SelectOption[] {
  return STANCES.map((v) => ({ value: v, label: stanceLabel(t, v) }))
}
export function influenceOptions(t: Translate): SelectOption[] {
  return INFLUENCE_LEVELS.map((v) => ({ value: v, label: influenceLabel(t, v) }))
}
export function stageOptions(t: Translate): SelectOption[] {
  return RELATIONSHIP_STAGES.map((v) => ({ value: v, label: stageLabel(t, v) }))
}
export function lineOptions(t: Translate): SelectOption[] {
  return CONTACT_LINES.map((v) => ({ value: v, label: t(`stakeholders.line.${v}`) }))
}
export function personalityOptions(t: Translate): SelectOption[] {
  return [
    { value: '', label: t('stakeholders.personality.none') },
    ...PERSONALITY_TYPES.map((v) => ({ value: v, label: t(PERSONALITY_TABLE[v].label) }))
  ]
}
export function kindOptions(t: Translate): SelectOption[] {
  return RELATIONSHIP_KINDS.map((v) => ({ value: v, label: kindLabel(t, v) }))
}
export { BUYING_ROLES }

export function graphLabels(t: Translate): GraphLabels {
  return {
    role: (role) => roleLabel(t, role),
    successor: t('stakeholders.successor'),
    successorOf: (name) => t('stakeholders.successor.of', { name }),
    staleBadge: (days) => t('stakeholders.graph.staleBadge', { days })
  }
}

/** Local date (YYYY-MM-DD) of a timestamp, for date inputs. */
export function toDateInput(epochMs: number): string {
  const d = new Date(epochMs)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A YYYY-MM-DD date input as a timestamp: local noon, or the end of that day. */
export function fromDateInput(value: string, endOfDay = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const [, y, mo, d] = m
  return endOfDay
    ? new Date(Number(y), Number(mo) - 1, Number(d), 23, 59, 59, 999).getTime()
    : new Date(Number(y), Number(mo) - 1, Number(d), 12, 0, 0, 0).getTime()
}

/** When a change happened: now for today's date, otherwise noon on the chosen day. */
export function changeTimestamp(value: string, now = Date.now()): number {
  if (value === '' || value === toDateInput(now)) return now
  return fromDateInput(value) ?? now
}
