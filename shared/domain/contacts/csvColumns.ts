import { hasCjk } from './cjk'

/** What a column of a contacts spreadsheet can hold, for the mapping step. */
export const CONTACT_FIELDS = ['name', 'lastName', 'firstName', 'title', 'department', 'mobile', 'phone', 'email', 'company', 'note'] as const
export type ContactField = (typeof CONTACT_FIELDS)[number]
export type ColumnMapping = Partial<Record<ContactField, number>>

// Header names as Salesforce, HubSpot, Outlook, Google and Chinese Excel sheets write them, compared
// after lower-casing and dropping spaces, underscores, hyphens and dots, best first: where Outlook has
// both "Title" (Mr., Ms.) and "Job Title", the job title is the title. Fields are checked in order, so
// "Mobile Phone" is the mobile before any "phone" rule sees it.
const HEADERS: Record<ContactField, readonly string[]> = {
  name: ['name', 'fullname', 'contactname', 'displayname', '姓名', '联系人', '联系人姓名', '名字', '客户联系人'],
  lastName: ['lastname', 'surname', 'familyname', '姓', '姓氏'],
  firstName: ['firstname', 'givenname', '名'],
  title: ['jobtitle', 'title', 'position', 'role', 'organizationtitle', 'organization1title', '职务', '职位', '职称', '岗位', '头衔'],
  department: ['department', 'dept', 'organizationdepartment', 'organization1department', '部门', '所在部门', '科室'],
  mobile: ['mobile', 'mobilephone', 'mobilephonenumber', 'cell', 'cellphone', '手机', '手机号', '手机号码', '移动电话'],
  phone: ['phone', 'phonenumber', 'businessphone', 'workphone', 'telephone', 'tel', 'phone1value', '电话', '办公电话', '座机', '联系电话'],
  email: ['email', 'emailaddress', 'email1', 'e-mail', 'mail', 'email1value', '邮箱', '电子邮箱', '电子邮件', '邮件'],
  company: ['company', 'companyname', 'account', 'accountname', 'organization', 'organisation', 'org', 'organizationname', 'organization1name', '公司', '公司名称', '单位', '客户', '客户名称', '企业'],
  note: ['note', 'notes', 'description', 'comments', '备注', '说明']
}

const normal = (header: string) => header.trim().toLowerCase().replace(/[\s_\-.:：]/g, '')
const KNOWN = new Map<string, { field: ContactField; rank: number }>(
  CONTACT_FIELDS.flatMap((field) => HEADERS[field].map((name, rank) => [normal(name), { field, rank }] as const))
)

/** Which column holds which field, guessed from the header row; each field takes its best-named column (the first of equals), unknown columns are left out. */
export function guessColumns(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  const ranks: Partial<Record<ContactField, number>> = {}
  headers.forEach((header, index) => {
    const known = KNOWN.get(normal(header))
    if (!known || (ranks[known.field] ?? Infinity) <= known.rank) return
    mapping[known.field] = index
    ranks[known.field] = known.rank
  })
  return mapping
}

/** A person's name from a row: the name column, or family and given names joined as the language writes them (王 + 建国, Sarah + Lin). */
export function nameFromRow(row: readonly string[], mapping: ColumnMapping): string {
  const cell = (field: ContactField) => (mapping[field] === undefined ? '' : (row[mapping[field]!] ?? '').replace(/\s+/g, ' ').trim())
  const full = cell('name')
  if (full) return full
  const last = cell('lastName')
  const first = cell('firstName')
  if (hasCjk(last + first)) return `${last}${first}`
  return [first, last].filter(Boolean).join(' ')
}
