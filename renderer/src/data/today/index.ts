// Public data API of the Today screen; re-exported by ../index.ts.
export { readToday } from './readToday'
export { useToday } from './useToday'
