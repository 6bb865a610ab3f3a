import { Attachment, DossierSection, INTEL_CHANNELS, IntelChannel, Stakeholder } from '#shared/schemas'
import { checkSectionContent } from '#shared/domain/dossier'
import type { AtlasDb } from '../db'
import { readOne, readValid } from '../read'

/** A stored section that cannot be opened: its row fails the schema or its content is not a valid editor state. */
export type CorruptSection = { id: string; channel: IntelChannel | null; reason: string }

export type DossierSections = {
  /** Live, valid sections of the account, in the rep's order. */
  sections: DossierSection[]
  /** Sections that could not be read; they are reported and left untouched in the database. */
  corrupt: CorruptSection[]
}

function rawChannel(row: unknown): IntelChannel | null {
  const parsed = IntelChannel.safeParse((row as { channel?: unknown } | null)?.channel)
  return parsed.success ? parsed.data : null
}

/**
 * The dossier sections of one account. Every row is validated on read: a row failing its schema, or
 * whose content is not an editor state the dossier can open, is reported in `corrupt` while the other
 * sections load normally.
 */
export async function listDossierSections(db: AtlasDb, accountId: string): Promise<DossierSections> {
  const rows: unknown[] = await db.dossierSections.where('accountId').equals(accountId).toArray()
  const sections: DossierSection[] = []
  const corrupt: CorruptSection[] = []
  for (const row of rows) {
    const result = readOne(row, DossierSection, db.dossierSections.name)
    if ('invalid' in result) {
      corrupt.push({ id: result.invalid.id, channel: rawChannel(row), reason: result.invalid.message })
      continue
    }
    const section = result.item
    if (section.deletedAt !== null) continue
    if (section.content !== null) {
      const check = checkSectionContent(section.content)
      if (!check.ok) {
        corrupt.push({ id: section.id, channel: section.channel, reason: check.reason })
        continue
      }
    }
    sections.push(section)
  }
  sections.sort((a, b) => a.order - b.order || INTEL_CHANNELS.indexOf(a.channel) - INTEL_CHANNELS.indexOf(b.channel))
  return { sections, corrupt }
}

/** Every valid stakeholder of the account, soft-deleted ones included (so a mention can show "removed"). */
export async function listAccountPeople(db: AtlasDb, accountId: string): Promise<Stakeholder[]> {
  const rows: unknown[] = await db.stakeholders.where('accountId').equals(accountId).toArray()
  return readValid(rows, Stakeholder, db.stakeholders.name).items
}

/** One stored photo; undefined when absent, deleted or invalid. */
export async function getAttachment(db: AtlasDb, id: string): Promise<Attachment | undefined> {
  const row: unknown = await db.attachments.get(id)
  if (row === undefined) return undefined
  const result = readOne(row, Attachment, db.attachments.name)
  return 'item' in result && result.item.deletedAt === null ? result.item : undefined
}
