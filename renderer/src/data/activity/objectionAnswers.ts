import { useLiveQuery } from 'dexie-react-hooks'
import { ObjectionAnswer } from '#shared/schemas'
import { useDb } from '../DataProvider'
import type { AtlasDb } from '../db'
import { readValid } from '../read'

/** The team's answer library (all accounts), live answers only, most recently improved first. */
export async function readObjectionAnswers(db: AtlasDb): Promise<ObjectionAnswer[]> {
  const { items } = readValid(await db.objectionAnswers.toArray(), ObjectionAnswer, 'objectionAnswers')
  return items.filter((a) => a.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt)
}

/** Live answer library; undefined while the first read is pending. */
export function useObjectionAnswers(): ObjectionAnswer[] | undefined {
  const db = useDb()
  return useLiveQuery(() => readObjectionAnswers(db), [db])
}
