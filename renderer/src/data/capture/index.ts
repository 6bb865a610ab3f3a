// Public data API of capture from notes; re-exported by ../index.ts.
export { useCaptureActions, useDismissedSuggestions } from './hooks'
export { addCapturedPerson, dismissSuggestion, forgetEvidence, readDismissed, removeCapturedPerson, type CapturedPerson } from './capturedPeople'
