// What other features use of visits: the questions checklist and the date input conversions.
export { QuestionsField } from './QuestionsField'
export { dateInputValue, fromDateInput } from './dates'
