import { describe, expect, it } from 'vitest'
import { mergeChanges, mergePerson, mostCommonCompany, planImport, resolveImport, type ExistingPerson, type ImportLabels } from './importPlan'
import type { ContactRow, ParsedContact } from './parsedContact'

const labels: ImportLabels = {
  address: { home: '住址', work: '单位地址', other: '地址' },
  department: { gatekeeper: '行政', warehouse: '仓储', production: '生产', engineering: '技术', purchasing: '采购', finance: '财务', management: '管理层' }
}

let rowNumber = 0
function card(name: string, fields: Partial<ParsedContact> = {}): ContactRow {
  rowNumber++
  return { ok: true, contact: { row: rowNumber, name, title: '', role: '', department: '', company: '', phones: [], emails: [], addresses: [], note: '', hadPhoto: false, ...fields } }
}
const mobile = (number: string) => ({ kind: 'mobile' as const, number })

const here: ExistingPerson[] = [
  { id: 'p-wang', name: '王建国', title: '采购经理', department: '', phone: '13800138000', email: '', roles: [], sensitiveNotes: '' },
  { id: 'p-sun', name: '孙海燕', title: '', department: '财务部', phone: '', email: 'sun@hdjm.cn', roles: ['finance'], sensitiveNotes: '女儿在读高三' }
]

describe('planImport', () => {
  it('suggests a role and a department from the title where the file gives none', () => {
    const [row] = planImport([card('李明', { title: '采购部经理', phones: [mobile('13912345678')] })], [], labels)
    expect(row).toMatchObject({ kind: 'new', person: { name: '李明', title: '采购部经理', department: '采购', roles: ['buyer'], phone: '13912345678' }, suggested: { role: 'buyer', department: 'purchasing' } })
  })

  it('keeps the department the file names and uses the vCard role when there is no title', () => {
    const [row] = planImport([card('Sarah Lin', { role: 'Quality Engineer', department: 'QA Lab' })], [], labels)
    expect(row).toMatchObject({ kind: 'new', person: { title: 'Quality Engineer', department: 'QA Lab', roles: ['technicalEvaluator'] } })
  })

  it('finds duplicates of people here by phone, email or name, and of earlier rows in the file', () => {
    const plan = planImport(
      [
        card('王总', { phones: [mobile('+86 138-0013-8000')] }),
        card('Haiyan Sun', { emails: ['SUN@hdjm.cn'] }),
        card('周强'),
        card('周强', { title: '车间主任' })
      ],
      here,
      labels
    )
    expect(plan.map((r) => (r.kind === 'duplicate' ? [r.reason, r.of.name] : r.kind))).toEqual([['phone', '王建国'], ['email', '孙海燕'], 'new', ['name', '周强']])
  })

  it('lists bad rows with their reason and never plans them', () => {
    const plan = planImport([{ ok: false, row: 4, problem: 'noName', excerpt: ',,13800000000' }], [], labels)
    expect(plan).toEqual([{ kind: 'bad', row: 4, problem: 'noName', excerpt: ',,13800000000' }])
  })

  it('keeps notes and addresses among the sensitive notes, labelled', () => {
    const [row] = planImport([card('周强', { note: '喜欢钓鱼', addresses: [{ kind: 'home', text: '上海市浦东新区' }] })], [], labels)
    expect(row?.kind === 'new' && row.person.sensitiveNotes).toBe('喜欢钓鱼\n住址: 上海市浦东新区')
  })
})

describe('mergePerson', () => {
  it('fills gaps and adds new numbers, but never replaces what the rep typed', () => {
    const after = mergePerson(here[0]!, { name: '王总', title: '副总', department: '采购部', phone: '+86 13800138000; 021-68881234', email: 'wang@hdjm.cn', roles: ['decisionMaker'], sensitiveNotes: '' })
    expect(after).toMatchObject({ name: '王建国', title: '采购经理', department: '采购部', phone: '13800138000; 021-68881234', email: 'wang@hdjm.cn', roles: ['decisionMaker'] })
    expect(mergeChanges(here[0]!, after).map((c) => c.field)).toEqual(['department', 'phone', 'email', 'roles'])
  })

  it('appends a note only once', () => {
    const once = mergePerson(here[1]!, { ...here[1]!, sensitiveNotes: '喜欢钓鱼' })
    expect(mergePerson(once, { ...here[1]!, sensitiveNotes: '喜欢钓鱼' }).sensitiveNotes).toBe('女儿在读高三\n喜欢钓鱼')
  })
})

describe('resolveImport', () => {
  const plan = planImport(
    [card('王总', { phones: [mobile('13800138000')], emails: ['wang@hdjm.cn'] }), card('周强', { phones: [mobile('13700000001')] }), card('周强', { emails: ['zhou@hdjm.cn'] }), card('孙海燕'), { ok: false, row: 99, problem: 'badRow', excerpt: '"' }],
    here,
    labels
  )
  const rows = plan.map((r) => r.row)

  it('merges by default: into the person here, and an in-file repeat into the earlier row', () => {
    const write = resolveImport(plan, new Map(), here)
    expect(write.creates.map((c) => [c.person.name, c.person.phone, c.person.email])).toEqual([['周强', '13700000001', 'zhou@hdjm.cn']])
    expect(write.updates.map((u) => [u.id, u.after.email, u.rows.length])).toEqual([['p-wang', 'wang@hdjm.cn', 1], ['p-sun', 'sun@hdjm.cn', 1]])
    expect(write).toMatchObject({ skipped: 0, bad: 1 })
  })

  it('skips or adds as someone new where the rep says so', () => {
    const write = resolveImport(plan, new Map([[rows[0]!, 'skip'], [rows[3]!, 'new']]), here)
    expect(write.creates.map((c) => c.person.name)).toEqual(['周强', '孙海燕'])
    expect(write.updates).toEqual([])
    expect(write.skipped).toBe(1)
  })
})

it('offers the company most rows name', () => {
  const plan = planImport([card('a', { company: '华东精密' }), card('b', { company: '华东精密' }), card('c', { company: 'Acme' })], [], labels)
  expect(mostCommonCompany(plan)).toBe('华东精密')
  expect(mostCommonCompany([])).toBe('')
})
