export { normalizeText, searchTokens } from './tokenize'
export { pinyinKeys, type ToPinyin } from './pinyinKeys'
export { withinOneEdit, typoMatches } from './fuzzy'
export { buildSearchIndex, searchDocs, type SearchDoc, type SearchDocKind, type SearchHit, type SearchIndex } from './searchIndex'
