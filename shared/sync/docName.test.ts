import { describe, expect, it } from 'vitest'
import { accountDocName, parseDocName, sectionDocName } from './docName'

const account = '0b9c2f4e-1d2a-4c3b-9e8f-7a6b5c4d3e2f'
const section = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'

describe('sync document names', () => {
  it('round-trips account and section documents', () => {
    expect(parseDocName(accountDocName(account))).toEqual({ accountId: account })
    expect(parseDocName(sectionDocName(account, section))).toEqual({ accountId: account, sectionId: section })
  })

  it('refuses names the app never issues, so the server cannot be asked for arbitrary documents', () => {
    for (const name of ['', 'atlas:account:', `atlas:account:${account}:x`, `atlas:account:${account.toUpperCase()}`, `../atlas:account:${account}`, `atlas:account:${account}:section:`]) {
      expect(parseDocName(name)).toBeNull()
    }
  })
})
