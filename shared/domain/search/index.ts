export { normalizeText, searchTokens } from './tokenize'
export { buildSearchIndex, searchDocs, type SearchDoc, type SearchDocKind, type SearchHit, type SearchIndex } from './searchIndex'
