import { describe, expect, it } from 'vitest'
import { USER_DATA_DIR_ENV, userDataOverride } from './userDataOverride'

describe('userDataOverride', () => {
  it('is the ACCOUNT_ATLAS_USER_DATA_DIR variable', () => {
    expect(USER_DATA_DIR_ENV).toBe('ACCOUNT_ATLAS_USER_DATA_DIR')
  })

  it('uses the folder from the environment when the app runs unpackaged (development, tests)', () => {
    expect(userDataOverride({ ACCOUNT_ATLAS_USER_DATA_DIR: '/tmp/atlas-profile' }, false)).toBe('/tmp/atlas-profile')
  })

  it('ignores the variable in a packaged build', () => {
    expect(userDataOverride({ ACCOUNT_ATLAS_USER_DATA_DIR: '/tmp/atlas-profile' }, true)).toBeUndefined()
  })

  it('keeps the default when the variable is unset or empty', () => {
    expect(userDataOverride({}, false)).toBeUndefined()
    expect(userDataOverride({ ACCOUNT_ATLAS_USER_DATA_DIR: '' }, false)).toBeUndefined()
    expect(userDataOverride({ ACCOUNT_ATLAS_USER_DATA_DIR: undefined }, false)).toBeUndefined()
  })
})
