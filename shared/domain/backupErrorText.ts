import type { Language } from '../ipc/contract'
import type { BackupTable } from '../schemas/backup'
import type { BackupProblem } from './backupChecks'
import type { BackupParseError } from './backup'
import type { FieldError, FieldErrorCode } from '../schemas/formErrors'
import { translate, type MessageKey } from '../i18n/translate'

type Kind = 'text' | 'number' | 'choice' | 'date' | 'list'
type FieldInfo = [label: MessageKey, kind: Kind]

/** The labels the forms show, per table and field, so an import error names what the rep typed. */
const FIELDS: Partial<Record<string, Record<string, FieldInfo>>> = {
  accounts: {
    name: ['field.name', 'text'],
    industry: ['field.industry', 'text'],
    address: ['field.address', 'text'],
    ownership: ['field.ownership', 'choice'],
    employees: ['field.employees', 'number'],
    annualRevenue: ['field.annualRevenue', 'number'],
    productLines: ['field.productLines', 'text'],
    productionTechnology: ['field.productionTechnology', 'text'],
    informationSource: ['field.informationSource', 'text'],
    creditNotes: ['field.creditNotes', 'text'],
    projectInfo: ['field.projectInfo', 'text'],
    responsibleDepartment: ['field.responsibleDepartment', 'text'],
    responsiblePerson: ['field.responsiblePerson', 'text'],
    responsiblePhone: ['field.responsiblePhone', 'text'],
    classification: ['field.classification', 'choice'],
    positioning: ['field.positioning', 'choice'],
    orgGrade: ['field.orgGrade', 'choice'],
    buyerGrade: ['field.buyerGrade', 'choice'],
    cadenceOverrideDays: ['field.cadenceOverride', 'number'],
    pyramidTier: ['field.pyramidTier', 'choice'],
    stage: ['field.stage', 'choice'],
    currentRatio: ['field.currentRatio', 'number'],
    netMarginPct: ['field.netMarginPct', 'number'],
    returnOnAssetsPct: ['field.returnOnAssetsPct', 'number'],
    collectionDays: ['field.collectionDays', 'number'],
    inventoryDays: ['field.inventoryDays', 'number']
  },
  stakeholders: {
    name: ['stakeholders.field.name', 'text'],
    title: ['stakeholders.field.title', 'text'],
    department: ['stakeholders.field.department', 'text'],
    phone: ['stakeholders.field.phone', 'text'],
    email: ['stakeholders.field.email', 'text'],
    messaging: ['stakeholders.field.messaging', 'text'],
    roles: ['stakeholders.field.roles', 'list'],
    stance: ['stakeholders.field.stance', 'choice'],
    influence: ['stakeholders.field.influence', 'choice'],
    relationshipStage: ['stakeholders.field.relationshipStage', 'choice'],
    line: ['stakeholders.field.line', 'choice'],
    personality: ['stakeholders.field.personality', 'choice'],
    caresAbout: ['stakeholders.field.caresAbout', 'text'],
    sensitiveNotes: ['stakeholders.field.sensitiveNotes', 'text'],
    talkingPoints: ['stakeholders.field.talkingPoints', 'list']
  },
  visits: {
    kind: ['visits.kind', 'choice'],
    date: ['visits.date', 'date'],
    time: ['visits.time', 'text'],
    objective: ['visits.objective', 'text'],
    questions: ['visits.questions', 'list'],
    outcome: ['visits.outcome', 'text'],
    nextReason: ['visits.nextReason', 'text'],
    attendeeIds: ['visits.attendees', 'list'],
    tasks: ['visits.tasks', 'list']
  }
}

/** What one row of each table is called: 第 2 个客户 / Account 2. */
const ROW: Record<string, MessageKey> = {
  accounts: 'backup.row.accounts',
  stakeholders: 'backup.row.stakeholders',
  relationships: 'backup.row.relationships',
  dossierSections: 'backup.row.dossierSections',
  visits: 'backup.row.visits',
  objections: 'backup.row.objections',
  competitors: 'backup.row.competitors',
  attachments: 'backup.row.attachments',
  stakeholderChanges: 'backup.row.stakeholderChanges',
  objectionAnswers: 'backup.row.objectionAnswers'
}

function problemKey(error: FieldError, kind: Kind | null): MessageKey {
  if (error.key !== 'validation.invalid') return `backup.problem.${error.key.slice('validation.'.length) as FieldErrorCode}`
  switch (kind) {
    case 'number':
      return 'backup.problem.notNumber'
    case 'choice':
      return 'backup.problem.notAChoice'
    case 'date':
      return 'backup.problem.notDate'
    default:
      return 'backup.problem.invalid'
  }
}

/** The form label of a record's field, as the forms show it (null for fields the rep never sees by name). */
export function recordFieldLabelKey(table: string, field: string): MessageKey | null {
  return FIELDS[table]?.[field]?.[0] ?? null
}

/**
 * A backup's validation error as a sentence for the rep, naming the record by its place and the field by
 * its label: tables.accounts.0.employees → 第 1 个客户的“员工人数”不是有效的数字 / Account 1: “Employees” is
 * not a valid number. Never shows the internal path.
 */
export function backupErrorText(language: Language, path: string, error: FieldError): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)
  const [root, table, index, field] = path.split('.')
  const rowKey = root === 'tables' && table ? ROW[table] : undefined
  if (!rowKey || index === undefined || !/^\d+$/.test(index)) return t('backup.error.damaged')
  const row = t(rowKey, { n: Number(index) + 1 })
  const info = field ? FIELDS[table!]?.[field] : undefined
  const problem = t(problemKey(error, info?.[1] ?? null), error.params)
  if (!info) return t('backup.error.row', { row, problem })
  return t('backup.error.field', { row, field: t(info[0]), problem })
}

/** One problem that made a backup file be refused, as a sentence naming the record by its place. */
export function backupProblemText(language: Language, problem: BackupProblem): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params)
  const table = (name: BackupTable) => t(`backup.table.${name}`)
  switch (problem.code) {
    case 'tooManyRows':
      return problem.table
        ? t('backup.refuse.tooManyRows', { table: table(problem.table), count: problem.count, limit: problem.limit })
        : t('backup.refuse.tooManyRowsTotal', { count: problem.count, limit: problem.limit })
    case 'notRows':
      return t('backup.refuse.notRows', { table: table(problem.table) })
    case 'unknownTable':
      return t('backup.refuse.unknownTable', { table: problem.table })
    case 'unknownEntry':
    case 'entryTooLarge':
      return t(`backup.refuse.${problem.code}`, { name: problem.name })
    case 'badLine':
      return t('backup.refuse.badLine', { entry: problem.entry, line: problem.line })
    case 'future':
    case 'duplicate':
    case 'dangling':
    case 'badPhoto':
    case 'badContent':
      return t(`backup.refuse.${problem.code}`, { row: t(ROW[problem.table]!, { n: problem.index + 1 }) })
    default:
      return t(`backup.refuse.${problem.code}`)
  }
}

/** Why a backup file was refused: the first few problems, after saying that nothing changed. */
export function backupRefusalText(language: Language, problems: readonly BackupProblem[]): string {
  // Chinese runs sentences on without a space.
  return translate(language, 'backup.refused', { problems: problems.map((p) => backupProblemText(language, p)).join(language === 'zh-CN' ? '' : ' ') })
}

/** Why a backup file (or snapshot) was not restored, as the rep's sentence. */
export function backupParseErrorText(language: Language, error: BackupParseError): string {
  if (error.code === 'invalid') return backupErrorText(language, error.path, error.error)
  if (error.code === 'problems') return backupRefusalText(language, error.problems)
  return translate(language, error.code === 'notJson' ? 'settings.import.notJson' : 'settings.import.notBackup')
}
