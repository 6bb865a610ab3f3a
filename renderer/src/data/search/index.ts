export { useSearch, useWarmSearch, type SearchResult } from './useSearch'
export { clearRecents, loadRecents, rememberOpened, type RecentRecord, type Recents } from './recents'
