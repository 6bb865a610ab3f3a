import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { DossierFinding } from '#shared/domain/dossier'
import type { Attachment, Stakeholder } from '#shared/schemas'
import { useDb } from '../DataProvider'
import { createDossierRepository, type DossierRepository } from './dossierRepository'
import { getAttachment, listAccountPeople, listDossierFindings, listDossierSections, type DossierSections } from './dossierQueries'

/**
 * Live dossier sections of an account (valid ones in order, plus corrupt ones reported); undefined while
 * loading. When `accountId` changes it returns undefined until the new account's sections are read.
 */
export function useDossierSections(accountId: string): DossierSections | undefined {
  const db = useDb()
  const result = useLiveQuery(async () => ({ accountId, value: await listDossierSections(db, accountId) }), [db, accountId])
  return result && result.accountId === accountId ? result.value : undefined
}

/** Live findings of the account's dossier, newest first; undefined while loading (or while another account's are shown). */
export function useDossierFindings(accountId: string): DossierFinding[] | undefined {
  const db = useDb()
  const result = useLiveQuery(async () => ({ accountId, value: await listDossierFindings(db, accountId) }), [db, accountId])
  return result && result.accountId === accountId ? result.value : undefined
}

/** Live list of the account's stakeholders, soft-deleted ones included; undefined while loading. */
export function useAccountPeople(accountId: string): Stakeholder[] | undefined {
  const db = useDb()
  const result = useLiveQuery(async () => ({ accountId, value: await listAccountPeople(db, accountId) }), [db, accountId])
  return result && result.accountId === accountId ? result.value : undefined
}

/** A stored photo: undefined while loading, null when it is missing. */
export function useAttachment(id: string): Attachment | null | undefined {
  const db = useDb()
  return useLiveQuery(async () => (await getAttachment(db, id)) ?? null, [db, id])
}

/** The dossier's writes (sections, photos). */
export function useDossierRepository(): DossierRepository {
  const db = useDb()
  return useMemo(() => createDossierRepository(db), [db])
}
