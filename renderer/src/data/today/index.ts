// Public data API of the Today screen; re-exported by ../index.ts.
export { readToday, useToday } from './today'
