import { INTEL_CHANNELS, type IntelChannel } from '#shared/schemas/enums'
import type { MessageKey } from '#shared/i18n/translate'
import { CHANNEL_TABLE } from '../values/channels'

/** What a rep tries to find out in a channel (domain guide §2), as message keys in the UI language. */
export function promptKeysFor(channel: IntelChannel): readonly MessageKey[] {
  return CHANNEL_TABLE[channel].prompts
}

/** The default order of sections in a new dossier. */
export function defaultChannelOrder(): IntelChannel[] {
  return [...INTEL_CHANNELS]
}

/**
 * Moves `channel` one place up (-1) or down (+1) in `order`; returns a new array (unchanged when the
 * move would leave the list).
 */
export function moveChannel(order: readonly IntelChannel[], channel: IntelChannel, delta: -1 | 1): IntelChannel[] {
  const next = [...order]
  const from = next.indexOf(channel)
  const to = from + delta
  if (from < 0 || to < 0 || to >= next.length) return next
  next.splice(from, 1)
  next.splice(to, 0, channel)
  return next
}
