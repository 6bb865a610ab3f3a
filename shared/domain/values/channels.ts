import type { MessageKey } from '#shared/i18n/translate'

/** What the app needs of one intelligence channel (domain guide §2). */
export type ChannelInfo = {
  /** The channel's name wherever it shows: dossier sections, findings, brief, search. */
  label: MessageKey
  /** One line under the section title: what this channel tells you. */
  hint: MessageKey
  /** What a rep tries to find out there; the editor can insert them as a checklist into an empty section. */
  prompts: readonly [MessageKey, ...MessageKey[]]
}

/**
 * Every intelligence channel, keyed by its stored code, in display order (the default order of a new
 * dossier's sections and of the brief's dossier chapter). INTEL_CHANNELS and the IntelChannel schema are
 * derived from these keys, so a channel is added here, plus its messages in the two catalogues. The keys
 * are stored in users' databases: add new ones, never rename or remove one.
 */
export const CHANNEL_TABLE = {
  gatekeeper: {
    label: 'dossier.channel.gatekeeper',
    hint: 'dossier.channelHint.gatekeeper',
    prompts: [
      'dossier.prompt.gatekeeper.products',
      'dossier.prompt.gatekeeper.buyer',
      'dossier.prompt.gatekeeper.owner',
      'dossier.prompt.gatekeeper.supply',
      'dossier.prompt.gatekeeper.local'
    ]
  },
  warehouse: {
    label: 'dossier.channel.warehouse',
    hint: 'dossier.channelHint.warehouse',
    prompts: [
      'dossier.prompt.warehouse.brands',
      'dossier.prompt.warehouse.consumption',
      'dossier.prompt.warehouse.genuine',
      'dossier.prompt.warehouse.storage',
      'dossier.prompt.warehouse.suppliers',
      'dossier.prompt.warehouse.requirements'
    ]
  },
  production: {
    label: 'dossier.channel.production',
    hint: 'dossier.channelHint.production',
    prompts: [
      'dossier.prompt.production.output',
      'dossier.prompt.production.market',
      'dossier.prompt.production.managers',
      'dossier.prompt.production.mounting'
    ]
  },
  engineering: {
    label: 'dossier.channel.engineering',
    hint: 'dossier.channelHint.engineering',
    prompts: [
      'dossier.prompt.engineering.conditions',
      'dossier.prompt.engineering.life',
      'dossier.prompt.engineering.fit',
      'dossier.prompt.engineering.industries'
    ]
  },
  purchasing: {
    label: 'dossier.channel.purchasing',
    hint: 'dossier.channelHint.purchasing',
    prompts: [
      'dossier.prompt.purchasing.channels',
      'dossier.prompt.purchasing.requirements',
      'dossier.prompt.purchasing.payment',
      'dossier.prompt.purchasing.process',
      'dossier.prompt.purchasing.head'
    ]
  },
  external: {
    label: 'dossier.channel.external',
    hint: 'dossier.channelHint.external',
    prompts: [
      'dossier.prompt.external.website',
      'dossier.prompt.external.ads',
      'dossier.prompt.external.neighbours',
      'dossier.prompt.external.suppliers',
      'dossier.prompt.external.industry'
    ]
  },
  notes: {
    label: 'dossier.channel.notes',
    hint: 'dossier.channelHint.notes',
    prompts: ['dossier.prompt.notes.impressions', 'dossier.prompt.notes.next']
  }
} as const satisfies Record<string, ChannelInfo>

export type ChannelCode = keyof typeof CHANNEL_TABLE
