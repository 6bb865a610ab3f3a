import type { BuyingRole, IntelChannel } from '#shared/schemas/enums'

// The dossier section a person's answers most likely belong to (domain guide §2: the internal channels).
const CHANNEL_BY_ROLE: Partial<Record<BuyingRole, IntelChannel>> = {
  gatekeeper: 'gatekeeper',
  technicalEvaluator: 'engineering',
  user: 'production',
  buyer: 'purchasing',
  executor: 'purchasing'
}

/** Where an answer heard from this person fits best; purchasing when their roles say nothing more specific. */
export function findingChannelFor(person: { roles: readonly BuyingRole[] } | undefined): IntelChannel {
  for (const role of person?.roles ?? []) {
    const channel = CHANNEL_BY_ROLE[role]
    if (channel) return channel
  }
  return 'purchasing'
}
