// Public data API for visits as plan and record; re-exported by ../index.ts.
export { readNextPlannedVisit, useNextPlannedVisit } from './nextPlannedVisit'
export { createVisitFindings, useVisitFindings, type AnswerToFinding, type VisitFindings } from './answerToFinding'
