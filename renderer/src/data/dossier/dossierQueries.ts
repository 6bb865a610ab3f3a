import { Attachment, DossierSection, INTEL_CHANNELS, IntelChannel, Stakeholder } from '#shared/schemas'
import { checkSectionContent, extractFindings, type DossierFinding } from '#shared/domain/dossier'
import type { AtlasDb } from '../db'
import { readOne, readValidCached } from '../read'

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

/** Content checks of validated sections (the same object comes back while its row is unchanged). */
const contentChecks = new WeakMap<DossierSection, ReturnType<typeof checkSectionContent>>()
function checkContent(section: DossierSection & { content: Record<string, unknown> }) {
  let check = contentChecks.get(section)
  if (!check) contentChecks.set(section, (check = checkSectionContent(section.content)))
  return check
}

/**
 * The dossier sections of one account. Every row is validated on read: a row failing its schema, or
 * whose content is not an editor state the dossier can open, is reported in `corrupt` while the other
 * sections load normally. A row stored exactly as when it was last read is not checked again (see
 * readValidCached), so the live query that re-runs after each autosave does not re-walk 20 pages.
 */
export async function listDossierSections(db: AtlasDb, accountId: string): Promise<DossierSections> {
  const rows: unknown[] = await db.dossierSections.where('accountId').equals(accountId).toArray()
  const sections: DossierSection[] = []
  const corrupt: CorruptSection[] = []
  for (const row of rows) {
    const result = readValidCached(db, [row], DossierSection, db.dossierSections.name)
    const section = result.items[0]
    if (!section) {
      const invalid = result.invalid[0]!
      corrupt.push({ id: invalid.id, channel: rawChannel(row), reason: invalid.message })
      continue
    }
    if (section.deletedAt !== null) continue
    if (section.content !== null) {
      const check = checkContent(section as DossierSection & { content: Record<string, unknown> })
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

const sectionFindings = new WeakMap<DossierSection, DossierFinding[]>()

/** Every finding in the account's dossier, newest first; a section is walked again only when its row changed. */
export async function listDossierFindings(db: AtlasDb, accountId: string): Promise<DossierFinding[]> {
  const { sections } = await listDossierSections(db, accountId)
  return sections
    .flatMap((s) => {
      if (s.content === null) return []
      let found = sectionFindings.get(s)
      if (!found) sectionFindings.set(s, (found = extractFindings(s.content, s.channel)))
      return found
    })
    .sort((a, b) => b.date - a.date)
}

/** Every valid stakeholder of the account, soft-deleted ones included (so a mention can show "removed"). */
export async function listAccountPeople(db: AtlasDb, accountId: string): Promise<Stakeholder[]> {
  const rows: unknown[] = await db.stakeholders.where('accountId').equals(accountId).toArray()
  return readValidCached(db, rows, Stakeholder, db.stakeholders.name).items
}

/** One stored photo; undefined when absent, deleted or invalid. */
export async function getAttachment(db: AtlasDb, id: string): Promise<Attachment | undefined> {
  const row: unknown = await db.attachments.get(id)
  if (row === undefined) return undefined
  const result = readOne(row, Attachment, db.attachments.name)
  return 'item' in result && result.item.deletedAt === null ? result.item : undefined
}
