import { INTEL_CHANNELS, type IntelChannel } from '../../schemas/enums'
import type { MessageKey } from '../../i18n/translate'

/**
 * What a rep tries to find out in each channel (domain guide §2), as message keys so the prompts show
 * in the UI language. The editor can insert them as a checklist into an empty section.
 */
export const CHANNEL_PROMPTS = {
  gatekeeper: [
    'dossier.prompt.gatekeeper.products',
    'dossier.prompt.gatekeeper.buyer',
    'dossier.prompt.gatekeeper.owner',
    'dossier.prompt.gatekeeper.supply',
    'dossier.prompt.gatekeeper.local'
  ],
  warehouse: [
    'dossier.prompt.warehouse.brands',
    'dossier.prompt.warehouse.consumption',
    'dossier.prompt.warehouse.genuine',
    'dossier.prompt.warehouse.storage',
    'dossier.prompt.warehouse.suppliers',
    'dossier.prompt.warehouse.requirements'
  ],
  production: [
    'dossier.prompt.production.output',
    'dossier.prompt.production.market',
    'dossier.prompt.production.managers',
    'dossier.prompt.production.mounting'
  ],
  engineering: [
    'dossier.prompt.engineering.conditions',
    'dossier.prompt.engineering.life',
    'dossier.prompt.engineering.fit',
    'dossier.prompt.engineering.industries'
  ],
  purchasing: [
    'dossier.prompt.purchasing.channels',
    'dossier.prompt.purchasing.requirements',
    'dossier.prompt.purchasing.payment',
    'dossier.prompt.purchasing.process',
    'dossier.prompt.purchasing.head'
  ],
  external: [
    'dossier.prompt.external.website',
    'dossier.prompt.external.ads',
    'dossier.prompt.external.neighbours',
    'dossier.prompt.external.suppliers',
    'dossier.prompt.external.industry'
  ],
  notes: ['dossier.prompt.notes.impressions', 'dossier.prompt.notes.next']
} as const satisfies Record<IntelChannel, readonly MessageKey[]>

export function promptKeysFor(channel: IntelChannel): readonly MessageKey[] {
  return CHANNEL_PROMPTS[channel]
}

/** Message keys for channel names and their one-line hints. */
export const CHANNEL_LABEL = {
  gatekeeper: 'dossier.channel.gatekeeper',
  warehouse: 'dossier.channel.warehouse',
  production: 'dossier.channel.production',
  engineering: 'dossier.channel.engineering',
  purchasing: 'dossier.channel.purchasing',
  external: 'dossier.channel.external',
  notes: 'dossier.channel.notes'
} as const satisfies Record<IntelChannel, MessageKey>

export const CHANNEL_HINT = {
  gatekeeper: 'dossier.channelHint.gatekeeper',
  warehouse: 'dossier.channelHint.warehouse',
  production: 'dossier.channelHint.production',
  engineering: 'dossier.channelHint.engineering',
  purchasing: 'dossier.channelHint.purchasing',
  external: 'dossier.channelHint.external',
  notes: 'dossier.channelHint.notes'
} as const satisfies Record<IntelChannel, MessageKey>

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
