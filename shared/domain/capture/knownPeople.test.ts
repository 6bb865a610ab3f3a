import { describe, expect, it } from 'vitest'
import { captureSuggestions, matchKnown, suggestionKey } from './knownPeople'

const known = [
  { id: 'w1', name: '王建国', title: '采购经理' },
  { id: 'w2', name: '王芳', title: '会计' },
  { id: 'l1', name: '李强', title: '总工程师' },
  { id: 's1', name: 'Sarah Lin', title: 'Procurement Manager' }
]

describe('people already on the map', () => {
  it('knows a full name, and a surname form when one person fits', () => {
    expect(matchKnown({ name: '王建国' }, known)?.id).toBe('w1')
    expect(matchKnown({ name: '王经理' }, known)?.id).toBe('w1')
    expect(matchKnown({ name: '李工' }, known)?.id).toBe('l1')
    expect(matchKnown({ name: 'Ms. Lin' }, known)?.id).toBe('s1')
    expect(matchKnown({ name: 'Sarah' }, known)?.id).toBe('s1')
  })
  it('does not guess between two people who fit', () => {
    expect(matchKnown({ name: '老王' }, known)).toBeNull()
    expect(matchKnown({ name: '王总' }, known)).toBeNull()
  })
  it('suggests new people, turns known ones into mentions, and leaves dismissed ones out', () => {
    const text = '今天见了采购部长孙海燕，王经理也在，技术部的刘工说要试装。'
    expect(captureSuggestions(text, known).map((s) => [s.kind, s.name])).toEqual([
      ['person', '孙海燕'],
      ['mention', '王经理'],
      ['person', '刘工']
    ])
    expect(captureSuggestions(text, known, new Set([suggestionKey('刘工')])).map((s) => s.name)).toEqual(['孙海燕', '王经理'])
  })
})
