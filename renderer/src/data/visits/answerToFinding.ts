import { useMemo } from 'react'
import { appendFinding } from '#shared/domain/dossier/appendFinding'
import { extractPlainText } from '#shared/domain/dossier'
import { VisitDraft, type IntelChannel } from '#shared/schemas'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'
import { RecordNotFoundError } from '../errors'
import { createDossierRepository, listDossierSections } from '../dossier'
import { createRepositories, type RepositoryDeps } from '../repositories'

export type AnswerToFinding = {
  visitId: string
  questionId: string
  /** The dossier section (and the finding's source channel) the rep chose. */
  channel: IntelChannel
  /** Who said it: an attendee of the visit, or null. */
  sourceId: string | null
  /** Written after the finding, e.g. "visit on 21 Sept 2026". */
  sourceNote: string
}

export type VisitFindings = {
  /**
   * Appends the question and its answer as an unverified finding to the chosen dossier section, dated the
   * visit's day, and keeps the finding's id on the question. Both writes happen or neither. Returns the id.
   */
  addAnswerToDossier(request: AnswerToFinding): Promise<string>
}

export function createVisitFindings(db: AtlasDb, deps: RepositoryDeps = {}): VisitFindings {
  const uuid = deps.uuid ?? (() => globalThis.crypto.randomUUID())
  const { visits } = createRepositories(db, deps)
  const dossier = createDossierRepository(db, deps)
  return {
    addAnswerToDossier({ visitId, questionId, channel, sourceId, sourceNote }) {
      return db.transaction('rw', db.visits, db.dossierSections, async () => {
        const visit = await visits.get(visitId)
        const question = visit?.questions.find((q) => q.id === questionId)
        if (!visit || !question) throw new RecordNotFoundError(db.visits.name, `${visitId}/${questionId}`)
        if (question.findingId) return question.findingId
        await dossier.ensureSections(visit.accountId)
        const section = (await listDossierSections(db, visit.accountId)).sections.find((s) => s.channel === channel)
        if (!section) throw new RecordNotFoundError(db.dossierSections.name, `${visit.accountId}/${channel}`)
        const findingId = uuid()
        const content = appendFinding(section.content, {
          attributes: { findingId, channel, sourceId, date: visit.date, confidence: 'medium', verified: false, verifiedAt: null },
          text: `${question.text} — ${question.answer}`,
          sourceNote
        })
        await dossier.saveContent(section.id, content, extractPlainText(content))
        await visits.update(visitId, { ...VisitDraft.parse(visit), questions: visit.questions.map((q) => (q.id === questionId ? { ...q, findingId } : q)) })
        return findingId
      })
    }
  }
}

/** Turning a visit's answers into dossier findings. */
export function useVisitFindings(): VisitFindings {
  const db = useDb()
  return useMemo(() => createVisitFindings(db), [db])
}
