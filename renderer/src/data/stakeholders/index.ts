// Public data API of the stakeholders feature (repositories, queries, live-query hooks); re-exported by ../index.ts.
export {
  useAccountFindings,
  useContactCadence,
  useCoverageSettings,
  useDossierFindingCounts,
  useLastContacts,
  useRelationships,
  useSaveContactCadence,
  useSaveCoverageSettings,
  useStakeholderChanges,
  useStakeholderMapRepository,
  useStakeholderMapRows,
  useStakeholders
} from './hooks'
export { createStakeholderMapRepository, type ChangeNote, type DeletedPerson, type SavedPositions, type StakeholderMapRepository } from './mapRepository'
export { currentMap, readStakeholderMap, type StakeholderMapRows } from './queries'
export { COVERAGE_SETTINGS_KEY, CONTACT_CADENCE_KEY, readContactCadence, readCoverageSettings, writeContactCadence, writeCoverageSettings } from './settings'
export type { StakeholderChange } from '#shared/schemas'
export type { StakeholderRecord } from '#shared/domain/stakeholders'
