import { describe, expect, it } from 'vitest'
import { contactsFromCsv } from './csv/contactsFromCsv'
import { peopleToCsv, peopleToVcard, type ExportPerson } from './peopleExport'
import { readContactsFile } from './readContactsFile'

const decode = (bytes: Uint8Array, charset: string) => new TextDecoder(charset).decode(bytes)
const bytesOf = (text: string) => new TextEncoder().encode(text)

const PEOPLE: ExportPerson[] = [
  { name: '王建国', title: '采购经理, 华东区', department: '采购部', phone: '138 0013 8000; 021-5888 1234', email: 'wangjg@hdjm.cn' },
  { name: 'Sarah Lin', title: '=Head; of "Engineering"', department: '', phone: '+1 (425) 555-0100', email: '' },
  { name: '欧阳明', title: '江苏省无锡市高新技术产业开发区精密制造与自动化装备有限公司设备工程部总工程师', department: '', phone: '', email: '' }
]
const HEADERS = { name: '姓名', title: '职务', department: '部门', phone: '电话', email: '邮箱', company: '公司' }

const fields = (rows: ReturnType<typeof contactsFromCsv>) =>
  rows.map((r) => (r.ok ? { name: r.contact.name, title: r.contact.title, department: r.contact.department, company: r.contact.company, phones: r.contact.phones.map((p) => p.number), emails: r.contact.emails } : r.problem))

const expected = [
  { name: '王建国', title: '采购经理, 华东区', department: '采购部', company: '华东精密', phones: ['138 0013 8000', '021-5888 1234'], emails: ['wangjg@hdjm.cn'] },
  { name: 'Sarah Lin', title: '=Head; of "Engineering"', department: '', company: '华东精密', phones: ['+1 (425) 555-0100'], emails: [] },
  { name: '欧阳明', title: PEOPLE[2]!.title, department: '', company: '华东精密', phones: [], emails: [] }
]

describe('exporting people', () => {
  it('writes vCard 4.0 that reads back as the same people, folded at 75 bytes without cutting a character', () => {
    const text = peopleToVcard(PEOPLE, '华东精密')
    for (const line of text.split('\r\n')) expect(bytesOf(line).length).toBeLessThanOrEqual(75)
    expect(text).toContain('VERSION:4.0\r\n')
    expect(text).toContain('TEL;TYPE=cell:138 0013 8000')
    const file = readContactsFile(bytesOf(text), 'people.vcf', decode)
    expect(file.kind === 'vcard' && fields(file.rows)).toEqual(expected)
  })

  it('writes a CSV with a BOM and the rep’s headers that Excel opens and our import maps back by itself', () => {
    const text = peopleToCsv(PEOPLE, '华东精密', HEADERS)
    expect(text.startsWith('\ufeff姓名,职务,部门,电话,邮箱,公司\r\n')).toBe(true)
    expect(text).toContain(`"'=Head; of ""Engineering"""`)
    const file = readContactsFile(bytesOf(text), 'people.csv', decode)
    expect(file.kind === 'csv' && fields(contactsFromCsv(file.table, file.guessed))).toEqual(expected)
  })

  it('writes nothing for nobody', () => {
    expect(peopleToVcard([], 'X')).toBe('')
  })
})
