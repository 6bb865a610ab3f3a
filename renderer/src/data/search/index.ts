export { readSearchDocs } from './searchDocs'
export { useSearchIndex } from './useSearchIndex'
