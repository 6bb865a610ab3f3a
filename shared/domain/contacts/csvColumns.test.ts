import { describe, expect, it } from 'vitest'
import { guessColumns, nameFromRow } from './csvColumns'

describe('guessColumns', () => {
  it('reads Salesforce and HubSpot headers', () => {
    expect(guessColumns(['First Name', 'Last Name', 'Title', 'Department', 'Mobile Phone', 'Phone', 'Email', 'Account Name'])).toEqual({
      firstName: 0,
      lastName: 1,
      title: 2,
      department: 3,
      mobile: 4,
      phone: 5,
      email: 6,
      company: 7
    })
    expect(guessColumns(['Email', 'First Name', 'Last Name', 'Job Title', 'Phone Number', 'Company Name'])).toEqual({ email: 0, firstName: 1, lastName: 2, title: 3, phone: 4, company: 5 })
  })

  it('reads Chinese headers as Excel sheets name them, and leaves unknown columns out', () => {
    // Outlook's "Title" is Mr. or Ms.; its "Job Title" is the job.
    expect(guessColumns(['First Name', 'Middle Name', 'Last Name', 'Title', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Phone', 'Mobile Phone', 'E-mail Address'])).toMatchObject({ title: 7, company: 5, phone: 8, mobile: 9, email: 10 })
    expect(guessColumns(['姓名', '职务', '部门', '手机', '邮箱', '单位', '生日'])).toEqual({ name: 0, title: 1, department: 2, mobile: 3, email: 4, company: 5 })
    expect(guessColumns([' 手机号码 ', 'E-mail', '联系人'])).toEqual({ mobile: 0, email: 1, name: 2 })
  })
})

describe('nameFromRow', () => {
  it('joins family and given names as each language writes them', () => {
    expect(nameFromRow(['王', '建国'], { lastName: 0, firstName: 1 })).toBe('王建国')
    expect(nameFromRow(['Sarah', 'Lin'], { firstName: 0, lastName: 1 })).toBe('Sarah Lin')
    expect(nameFromRow(['孙海燕', '孙'], { name: 0, lastName: 1 })).toBe('孙海燕')
  })
})
