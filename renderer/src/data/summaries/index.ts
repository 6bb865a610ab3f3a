export { readAccountListFacts, useAccountListFacts, type AccountListFacts } from './queries'
export { computeAllSummaries, rebuildSummaries } from './rebuild'
export { repairSummaries } from './repair'
export { rebuildSummariesInstead } from './upkeep'
