import { describe, expect, it } from 'vitest'
import { findDuplicate, phoneKey } from './duplicates'

const person = (name: string, phone = '', email = '') => ({ name, phone, email })

describe('phoneKey', () => {
  it('compares numbers however they are written', () => {
    expect(phoneKey('138-0013-8000')).toBe('13800138000')
    expect(phoneKey('+86 138 0013 8000')).toBe('13800138000')
    expect(phoneKey('008613800138000')).toBe('13800138000')
    expect(phoneKey('(021) 6888-1234')).toBe('02168881234')
    expect(phoneKey('n/a')).toBe('')
  })
})

describe('findDuplicate', () => {
  const map = [person('王建国', '13800138000', 'wang@hdjm.cn'), person('Sarah Lin', '', 'Sarah.Lin@example.com'), person('孙海燕')]

  it('matches by phone first, then email, then the same name', () => {
    expect(findDuplicate(person('王总', '+86 138-0013-8000'), map)).toEqual({ match: map[0], reason: 'phone' })
    expect(findDuplicate(person('S. Lin', '', 'sarah.lin@EXAMPLE.com'), map)).toEqual({ match: map[1], reason: 'email' })
    expect(findDuplicate(person(' 孙海燕 '), map)).toEqual({ match: map[2], reason: 'name' })
  })

  it('finds nobody for a new person, and an empty phone or email matches nothing', () => {
    expect(findDuplicate(person('李明', '', ''), [person('张伟', '', '')])).toBeNull()
    expect(findDuplicate(person('李明'), map)).toBeNull()
  })
})
