import { describe, expect, it } from 'vitest'
import { parseRemembered, remember, rememberedMapping } from './mappingMemory'

describe('remembered column mappings', () => {
  const salesforce = ['First Name', 'Last Name', 'Title', 'Mobile Phone', 'Account Name']
  it('gives back the mapping confirmed for a file with the same headers, and nothing for another', () => {
    const list = remember([], salesforce, { firstName: 0, lastName: 1, title: 2, mobile: 3, department: 4 })
    expect(rememberedMapping(list, salesforce)).toEqual({ firstName: 0, lastName: 1, title: 2, mobile: 3, department: 4 })
    expect(rememberedMapping(list, ['姓名', '手机'])).toBeNull()
  })

  it('keeps the newest first, one per header set, and at most twenty', () => {
    let list = parseRemembered(undefined)
    for (let i = 0; i < 25; i++) list = remember(list, [`h${i}`], { name: 0 })
    list = remember(list, ['h24'], { note: 0 })
    expect(list).toHaveLength(20)
    expect(list[0]).toEqual({ headers: ['h24'], mapping: { note: 0 } })
    expect(rememberedMapping(list, ['h3'])).toBeNull()
  })

  it('ignores a damaged setting', () => {
    expect(parseRemembered([{ headers: 'x' }])).toEqual([])
    expect(parseRemembered([{ headers: ['a'], mapping: { name: -1 } }])).toEqual([])
  })
})
