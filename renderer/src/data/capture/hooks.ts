import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDb } from '../DataProvider'
import { addCapturedPerson, dismissSuggestion, forgetEvidence, readDismissed, removeCapturedPerson, type CapturedPerson } from './capturedPeople'

/** Live set of the suggestion keys dismissed on an account. */
export function useDismissedSuggestions(accountId: string): ReadonlySet<string> | undefined {
  const db = useDb()
  const keys = useLiveQuery(() => readDismissed(db, accountId), [db, accountId])
  return useMemo(() => (keys ? new Set(keys) : undefined), [keys])
}

export function useCaptureActions() {
  const db = useDb()
  return useMemo(
    () => ({
      dismiss: (accountId: string, key: string) => dismissSuggestion(db, accountId, key),
      add: (person: CapturedPerson) => addCapturedPerson(db, person),
      remove: (personId: string) => removeCapturedPerson(db, personId),
      forgetEvidence: (changeId: string) => forgetEvidence(db, changeId)
    }),
    [db]
  )
}
