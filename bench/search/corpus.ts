// The search benchmark's records: issue 13's scale book (1,000 accounts, 20,000 people, 50,000 visits,
// 7,000 dossier sections with their findings, objections, competitors; deterministic), topped up with
// more visits of the same vocabulary to 100,000 searchable documents, and the queries of each class a
// rep types, each picked from the book so it has hits.
import { recordDocs, SEARCH_TABLES, type SearchDoc, type SearchRecords, type SearchTable } from '#shared/domain/search'
import type { Account, Visit } from '#shared/schemas'
import { toPinyin } from '#shared/domain/search/pinyinPro'
import { generateScaleBook, type ScaleBook } from '../scale/book'
import { createRng, scaleId } from '../scale/prng'
import { NEXT_REASONS, OBJECTIVES, OUTCOMES } from '../scale/vocabulary'

export const DOCS = 100_000

export type QueryClass = 'Chinese phrase' | 'surname' | 'full pinyin' | 'initials' | 'Latin prefix' | 'typo'

export interface Corpus {
  book: ScaleBook
  docs: SearchDoc[]
  /** Each document's source record, as the live index names it. */
  sources: string[]
  queries: Record<QueryClass, string[]>
}

const docsOf = (book: ScaleBook): { docs: SearchDoc[]; sources: string[] } => {
  const accounts = new Map((book.tables.accounts as Account[]).map((a) => [a.id, a]))
  const docs: SearchDoc[] = []
  const sources: string[] = []
  for (const table of SEARCH_TABLES) {
    for (const row of book.tables[table] as SearchRecords[SearchTable][]) {
      const account = accounts.get(table === 'accounts' ? row.id : (row as { accountId: string }).accountId)
      for (const doc of recordDocs(table, row, account)) {
        docs.push(doc)
        sources.push(`${table}:${row.id}`)
      }
    }
  }
  return { docs, sources }
}

/** The book, with visits added until it yields exactly DOCS documents. */
export function searchCorpus(): Corpus {
  const book = generateScaleBook()
  const rng = createRng(14_014)
  let { docs } = docsOf(book)
  const visits = book.tables.visits as Visit[]
  for (let i = 0; docs.length + i < DOCS; i++) {
    const like = visits[i % visits.length]!
    visits.push({ ...like, id: scaleId('f', i), objective: rng.pick(OBJECTIVES), outcome: rng.pick(OUTCOMES), nextReason: rng.pick(NEXT_REASONS), questions: [], tasks: [] })
  }
  const built = docsOf(book)
  docs = built.docs.slice(0, DOCS)
  return { book, docs, sources: built.sources.slice(0, DOCS), queries: queriesOf(docs) }
}

function queriesOf(docs: readonly SearchDoc[]): Record<QueryClass, string[]> {
  const chinesePeople = docs.filter((d) => d.kind === 'person' && /^[\u4e00-\u9fff]{2,3}$/.test(d.title))
  const picked = [0.1, 0.35, 0.6, 0.85].map((at) => chinesePeople[Math.floor(at * chinesePeople.length)]!.title)
  const syllables = (name: string) => toPinyin(name, true).map((s) => s.replace(/ü/g, 'v'))
  return {
    'Chinese phrase': ['价格偏高', '技术交流', '国产化替代', '经常断货'],
    surname: ['王', '陈', '孙', '曾'],
    'full pinyin': picked.map((name) => syllables(name).join('')),
    initials: picked.map((name) => syllables(name).map((s) => s[0]).join('')),
    'Latin prefix': ['quot', 'trial', 'bear', 'hydra'],
    typo: ['qualty', 'corective', 'hydarulics', 'maintenence']
  }
}
