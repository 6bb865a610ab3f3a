import { extractPlainText } from '#shared/domain/dossier'
import { appendFinding } from '#shared/domain/dossier/appendFinding'
import { emptyStakeholderDraft, encodeRoles, type StakeholderRecord } from '#shared/domain/stakeholders'
import type { BuyingRole, IntelChannel } from '#shared/schemas/enums'
import { z } from '#shared/schemas/zod'
import type { AtlasDb } from '../db'
import { createDossierRepository, listDossierSections } from '../dossier'
import { RecordNotFoundError } from '../errors'
import { createStakeholderMapRepository } from '../stakeholders/mapRepository'

const dismissedKey = (accountId: string) => `capture.dismissed.${accountId}`
const MAX_DISMISSED = 500
const Dismissed = z.array(z.string().max(200)).max(MAX_DISMISSED)

/** The suggestion keys the rep dismissed on this account (a bad stored value reads as none). */
export async function readDismissed(db: AtlasDb, accountId: string): Promise<string[]> {
  const row = await db.settings.get(dismissedKey(accountId))
  const parsed = Dismissed.safeParse(row?.value)
  return parsed.success ? parsed.data : []
}

/** Remembers a dismissed suggestion, so it does not come back; the oldest go first past 500. */
export async function dismissSuggestion(db: AtlasDb, accountId: string, key: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const keys = (await readDismissed(db, accountId)).filter((k) => k !== key)
    await db.settings.put({ key: dismissedKey(accountId), value: [...keys, key].slice(-MAX_DISMISSED), updatedAt: now })
  })
}

export type CapturedPerson = {
  accountId: string
  name: string
  title: string
  department: string
  role: BuyingRole | null
  coach: boolean
  /** The finding the source sentence became, logged as the evidence for the person's role; null if it could not be marked. */
  findingId: string | null
  /** Why they are on the map, for their timeline ("added from the purchasing notes"). */
  reason: string
  /**
   * A sentence typed outside the dossier (a visit's outcome): appended to the channel's dossier section as a
   * finding, whose id becomes `findingId`, in the same transaction.
   */
  appendTo?: { channel: IntelChannel; text: string; sourceNote: string; date: number }
}

/** Adds a person from a note to the map, with the note's sentence as evidence on their timeline, in one transaction. */
export async function addCapturedPerson(db: AtlasDb, person: CapturedPerson, now = Date.now()): Promise<{ person: StakeholderRecord; changeId: string; findingId: string | null }> {
  const map = createStakeholderMapRepository(db, { now: () => now })
  const roles = person.role ? [person.role] : []
  return db.transaction('rw', db.stakeholders, db.stakeholderChanges, db.dossierSections, async () => {
    const findingId = person.appendTo ? await appendSentence(db, person.accountId, person.findingId ?? globalThis.crypto.randomUUID(), person.appendTo) : person.findingId
    const created = await map.createPerson(
      emptyStakeholderDraft(person.accountId, { name: person.name, title: person.title, department: person.department, roles, isCoach: person.coach })
    )
    const change = await map.changes.create({
      accountId: person.accountId,
      stakeholderId: created.id,
      at: now,
      field: 'roles',
      from: null,
      to: encodeRoles(roles),
      reason: person.reason.slice(0, 300),
      findingIds: findingId ? [findingId] : []
    })
    return { person: created, changeId: change.id, findingId }
  })
}

async function appendSentence(db: AtlasDb, accountId: string, findingId: string, append: NonNullable<CapturedPerson['appendTo']>): Promise<string> {
  const dossier = createDossierRepository(db)
  await dossier.ensureSections(accountId)
  const section = (await listDossierSections(db, accountId)).sections.find((s) => s.channel === append.channel)
  if (!section) throw new RecordNotFoundError(db.dossierSections.name, `${accountId}/${append.channel}`)
  const content = appendFinding(section.content, {
    attributes: { findingId, channel: append.channel, sourceId: null, date: append.date, confidence: 'medium', verified: false, verifiedAt: null },
    text: append.text,
    sourceNote: append.sourceNote
  })
  await dossier.saveContent(section.id, content, extractPlainText(content))
  return findingId
}

/** When the sentence could not be marked after all, the timeline entry keeps its reason but points at no finding. */
export async function forgetEvidence(db: AtlasDb, changeId: string): Promise<void> {
  const map = createStakeholderMapRepository(db)
  const change = await map.changes.get(changeId)
  if (change) await map.changes.update(changeId, { ...change, findingIds: [] })
}

/** Undoes addCapturedPerson: the person goes (soft-deleted, as the map deletes). */
export async function removeCapturedPerson(db: AtlasDb, personId: string): Promise<void> {
  await createStakeholderMapRepository(db).deletePerson(personId)
}
