// What other features use from the dossier (the screen itself is loaded lazily by the account tabs).
export { digestSections } from './digestSections'
export { type PersonEdits } from './capture/SuggestionItem'
export { SuggestionPanel } from './capture/SuggestionPanel'
