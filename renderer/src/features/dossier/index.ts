// What other features use from the dossier (the screen itself is loaded lazily by the account tabs).
export { digestSections } from './digestSections'
export { SuggestionItem, type PersonEdits } from './capture/SuggestionItem'
