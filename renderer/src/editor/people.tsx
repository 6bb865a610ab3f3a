import { createContext, useContext, type ReactNode } from 'react'

/** What a mention needs to know about a person. */
export type MentionPerson = { id: string; name: string; title: string; deleted: boolean }

const PeopleContext = createContext<ReadonlyMap<string, MentionPerson>>(new Map())

/** Provides the account's people to mention chips and the @ menu inside the editors below it. */
export function MentionPeopleProvider({ people, children }: { people: ReadonlyMap<string, MentionPerson>; children: ReactNode }) {
  return <PeopleContext.Provider value={people}>{children}</PeopleContext.Provider>
}

export function useMentionPeople(): ReadonlyMap<string, MentionPerson> {
  return useContext(PeopleContext)
}

export function useMentionPerson(id: string): MentionPerson | undefined {
  return useContext(PeopleContext).get(id)
}
