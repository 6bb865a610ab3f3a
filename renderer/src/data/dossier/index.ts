// Public data API of the dossier feature (repositories, queries, live-query hooks); re-exported by ../index.ts.
export { contentJsonOf, createDossierRepository, type DossierRepository, type SectionBase } from './dossierRepository'
export { getAttachment, listAccountPeople, listDossierSections, type CorruptSection, type DossierSections } from './dossierQueries'
export { useAccountPeople, useAttachment, useDossierRepository, useDossierSections } from './hooks'
export { journalClear, journalWrite, type UnsavedEntry } from './unsavedJournal'
