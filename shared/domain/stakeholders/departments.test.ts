import { describe, expect, it } from 'vitest'
import { departmentCoverage, departmentOf } from './departments'
import { person } from './testPeople'

describe('departmentOf', () => {
  it('reads Chinese and English departments and titles', () => {
    expect(departmentOf(person({ department: '采购部' }))).toBe('purchasing')
    expect(departmentOf(person({ department: '', title: '车间主任' }))).toBe('production')
    expect(departmentOf(person({ department: '技术部' }))).toBe('engineering')
    expect(departmentOf(person({ department: '财务部' }))).toBe('finance')
    expect(departmentOf(person({ department: '总经办', title: '总经理' }))).toBe('management')
    expect(departmentOf(person({ department: '总经办', title: '总经理秘书' }))).toBe('management')
    expect(departmentOf(person({ title: '总经理秘书' }))).toBe('gatekeeper')
    expect(departmentOf(person({ department: 'Warehouse' }))).toBe('warehouse')
    expect(departmentOf(person({ department: 'Procurement' }))).toBe('purchasing')
    expect(departmentOf(person({ roles: ['gatekeeper'] }))).toBe('gatekeeper')
    expect(departmentOf(person({}))).toBeNull()
  })
})

describe('departmentCoverage', () => {
  it('counts people and supporters, finds the last contact and the findings per department', () => {
    const a = person({ department: '采购部', stance: 'supporter' })
    const b = person({ department: '采购部', stance: 'opponent' })
    const gone = person({ department: '生产部', departedAt: 5 })
    const rows = departmentCoverage([a, b, gone], new Map([[a.id, 10], [b.id, 30]]), new Map([['purchasing', 2]]))
    const purchasing = rows.find((r) => r.department === 'purchasing')!
    expect(purchasing).toEqual({ department: 'purchasing', people: 2, supporters: 1, lastContactAt: 30, findings: 2 })
    expect(rows.find((r) => r.department === 'production')).toMatchObject({ people: 0, lastContactAt: null, findings: 0 })
    expect(rows.find((r) => r.department === 'finance')!.findings).toBeNull()
    expect(rows.map((r) => r.department)).toEqual(['gatekeeper', 'warehouse', 'production', 'engineering', 'purchasing', 'finance', 'management'])
  })
})
