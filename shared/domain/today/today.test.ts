import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyAccountDraft, type Account, type Objection, type Visit, type VisitTask } from '#shared/schemas'
import { DEFAULT_CONTACT_CADENCE, DEFAULT_COVERAGE_SETTINGS, type ContactCadence } from '../stakeholders'
import { person } from '../stakeholders/testPeople'
import { buildToday, visitsPerWeek, withTaskDone, type TodayInput } from '.'

// Berlin changes its clocks on 30 March 2025, inside the quarter some tests look back over.
const originalTz = process.env.TZ
beforeEach(() => {
  process.env.TZ = 'Europe/Berlin'
})
afterEach(() => {
  process.env.TZ = originalTz
})

const day = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime()
const ymd = (ms: number) => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

let n = 0
const uuid = () => `20000000-0000-4000-8000-${String(++n).padStart(12, '0')}`

function account(name: string, fields: Partial<Account> = {}): Account {
  return { ...emptyAccountDraft(), id: uuid(), createdAt: 1, updatedAt: 1, deletedAt: null, name, ...fields }
}

function visit(acc: Account, date: number, fields: Partial<Visit> = {}): Visit {
  return {
    id: uuid(),
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    accountId: acc.id,
    kind: 'revisit',
    status: 'done',
    date,
    time: null,
    objective: '',
    questions: [],
    outcome: '',
    nextReason: '',
    attendeeIds: [],
    tasks: [],
    ...fields
  }
}

const task = (text: string, dueDate: number | null, doneAt: number | null = null): VisitTask => ({ id: uuid(), text, dueDate, doneAt })

function input(fields: Partial<TodayInput>): TodayInput {
  return {
    accounts: [],
    visits: [],
    people: [],
    objections: [],
    cadence: DEFAULT_CONTACT_CADENCE,
    coverage: DEFAULT_COVERAGE_SETTINGS,
    now: day(2025, 3, 10, 9),
    ...fields
  }
}

describe('accounts due', () => {
  it('puts each account in overdue, today, this week or never visited, and leaves later ones out', () => {
    const now = day(2025, 3, 10, 9) // Monday 10 March, 09:00
    const gradeA = account('华东精密', { orgGrade: 'A' }) // every 7 days
    const medium = account('恒力液压', { positioning: 'medium' }) // every 14 days
    const short = account('博远汽配', { positioning: 'short' })
    const long = account('北方重工', { positioning: 'long' })
    const never = account('新客户')
    const gone = account('已删除', { deletedAt: 5 })
    const visits = [
      visit(gradeA, day(2025, 3, 1)),
      visit(medium, day(2025, 2, 24)),
      visit(short, day(2025, 3, 6)),
      visit(short, day(2025, 3, 12), { status: 'planned', time: '14:30' }),
      visit(long, day(2025, 3, 5)),
      visit(gone, day(2025, 1, 1))
    ]
    const agenda = buildToday(input({ accounts: [short, never, long, medium, gradeA, gone], visits, now }))

    expect(agenda.dueAccounts.map((a) => [a.name, a.group])).toEqual([
      ['华东精密', 'overdue'],
      ['恒力液压', 'today'],
      ['博远汽配', 'thisWeek'],
      ['新客户', 'noVisits']
    ])
    expect(agenda.dueAccounts[0]).toMatchObject({ daysSinceContact: 9, overdueDays: 2, intervalDays: 7, reason: { source: 'orgGrade', value: 'A' }, plannedAt: null })
    expect(agenda.dueAccounts[2]).toMatchObject({ intervalDays: 7, reason: { source: 'positioning', value: 'short' }, plannedAt: day(2025, 3, 12) })
    expect(agenda.accountCount).toBe(5)
  })

  it('never counts a plan as the last contact, however close, past or future', () => {
    const now = day(2025, 3, 10, 9)
    const acc = account('冠宇机床', { orgGrade: 'A' })
    const onlyPlans = account('精工轴承')
    const visits = [
      visit(acc, day(2025, 2, 20)),
      visit(acc, day(2025, 3, 9), { status: 'planned' }),
      visit(acc, day(2025, 3, 10), { status: 'planned' }),
      visit(onlyPlans, day(2025, 3, 8), { status: 'planned' }),
      // A visit logged as done on a future day is not a contact yet.
      visit(onlyPlans, day(2025, 3, 11))
    ]
    const [first, second] = buildToday(input({ accounts: [acc, onlyPlans], visits, now })).dueAccounts
    expect(first).toMatchObject({ name: '冠宇机床', group: 'overdue', lastContactAt: day(2025, 2, 20), daysSinceContact: 18, plannedAt: day(2025, 3, 10) })
    expect(second).toMatchObject({ name: '精工轴承', group: 'noVisits', lastContactAt: null, plannedAt: null })
  })
})

describe('key people past their own cadence', () => {
  const now = day(2025, 3, 10, 9)
  const acc = account('华东精密')
  const quiet = account('从未拜访')
  const boss = person({ accountId: acc.id, name: '王建国', title: '总经理', roles: ['decisionMaker'] })
  const buyer = person({ accountId: acc.id, name: '李娜', roles: ['buyer'] })
  const coach = person({ accountId: acc.id, name: '赵工', roles: ['user'], isCoach: true })
  const nobody = person({ accountId: acc.id, name: '门卫老张' })
  const departed = person({ accountId: acc.id, name: '刘总', roles: ['decisionMaker'], departedAt: 3 })
  const unmet = person({ accountId: quiet.id, name: '陈经理', roles: ['buyer'] })
  const visits = [
    visit(acc, day(2024, 12, 30), { attendeeIds: [boss.id, departed.id, nobody.id] }), // 70 days before
    visit(acc, day(2025, 2, 28), { attendeeIds: [buyer.id] }),
    // A plan with the decision-maker does not bring them back into contact.
    visit(acc, day(2025, 3, 9), { status: 'planned', attendeeIds: [boss.id] })
  ]
  const people = [boss, buyer, coach, nobody, departed, unmet]

  it('names the lapsed ones with the role that sets their cadence, the longest past it first', () => {
    const { lapsedPeople } = buildToday(input({ accounts: [acc, quiet], visits, people, now }))
    expect(lapsedPeople.map((p) => [p.name, p.role, p.daysSinceContact, p.cadenceDays])).toEqual([
      ['王建国', 'decisionMaker', 70, 60],
      ['赵工', 'coach', null, 14]
    ])
    expect(lapsedPeople[0]).toMatchObject({ accountName: '华东精密', title: '总经理' })
  })

  it('uses the cadence the rep set for each role', () => {
    const cadence: ContactCadence = { ...DEFAULT_CONTACT_CADENCE, decisionMaker: 90, buyer: 7 }
    const { lapsedPeople } = buildToday(input({ accounts: [acc, quiet], visits, people, now, cadence }))
    expect(lapsedPeople.map((p) => [p.name, p.daysSinceContact])).toEqual([
      ['李娜', 10],
      ['赵工', null]
    ])
  })
})

describe('open follow-up tasks', () => {
  it('lists undone tasks by due date, flags the overdue ones, and puts undated ones last', () => {
    const now = day(2025, 3, 10, 9)
    const a = account('华东精密')
    const b = account('恒力液压')
    const visits = [
      visit(a, day(2025, 3, 3), { tasks: [task('寄样品', day(2025, 3, 12)), task('发报价', day(2025, 3, 8)), task('已完成', day(2025, 3, 1), 5)] }),
      visit(b, day(2025, 3, 4), { tasks: [task('约技术交流', null), task('确认图纸', day(2025, 3, 10))] }),
      visit(b, day(2025, 3, 5), { deletedAt: 9, tasks: [task('删除的拜访', day(2025, 3, 1))] })
    ]
    const { tasks } = buildToday(input({ accounts: [a, b], visits, now }))
    expect(tasks.map((t) => [t.text, t.accountName, t.overdue, t.dueToday])).toEqual([
      ['发报价', '华东精密', true, false],
      ['确认图纸', '恒力液压', false, true],
      ['寄样品', '华东精密', false, false],
      ['约技术交流', '恒力液压', false, false]
    ])
  })

  it('ticks one task done and leaves the others as they were', () => {
    const a = account('华东精密')
    const v = visit(a, day(2025, 3, 3), { tasks: [task('寄样品', null), task('发报价', null)] })
    const ticked = withTaskDone(v, v.tasks[1]!.id, 42)
    expect(ticked.tasks.map((t) => t.doneAt)).toEqual([null, 42])
    expect(v.tasks[1]!.doneAt).toBeNull()
  })
})

describe('planned visits and recent activity', () => {
  it('shows the next 14 days of plans by day and time, and past plans still waiting for their outcome', () => {
    const now = day(2025, 3, 10, 9)
    const a = account('华东精密')
    const visits = [
      visit(a, day(2025, 3, 12), { status: 'planned', objective: '无时间' }),
      visit(a, day(2025, 3, 12), { status: 'planned', objective: '下午', time: '15:00' }),
      visit(a, day(2025, 3, 12), { status: 'planned', objective: '上午', time: '09:30' }),
      visit(a, day(2025, 3, 23), { status: 'planned', objective: '第14天' }),
      visit(a, day(2025, 3, 24), { status: 'planned', objective: '太远' }),
      visit(a, day(2025, 3, 7), { status: 'planned', objective: '未记录结果' }),
      visit(a, day(2025, 3, 7), { objective: '已完成' })
    ]
    const { planned } = buildToday(input({ accounts: [a], visits, now }))
    expect(planned.map((p) => [p.objective, p.time, p.unlogged])).toEqual([
      ['未记录结果', null, true],
      ['上午', '09:30', false],
      ['下午', '15:00', false],
      ['无时间', null, false],
      ['第14天', null, false]
    ])
  })

  it('lists the latest contacts and objections across accounts, newest first, plans left out', () => {
    const now = day(2025, 3, 10, 9)
    const a = account('华东精密')
    const b = account('恒力液压')
    const objection = { id: uuid(), accountId: b.id, text: '价格太高', createdAt: day(2025, 3, 8, 16), deletedAt: null } as Objection
    const visits = [
      visit(a, day(2025, 3, 7), { outcome: '样品测试通过' }),
      visit(b, day(2025, 3, 9), { objective: '技术交流', outcome: '' }),
      visit(a, day(2025, 3, 10), { status: 'planned', objective: '计划' })
    ]
    const { recent } = buildToday(input({ accounts: [a, b], visits, objections: [objection], now }))
    expect(recent.map((r) => [r.type, r.accountName, r.text])).toEqual([
      ['visit', '恒力液压', '技术交流'],
      ['objection', '恒力液压', '价格太高'],
      ['visit', '华东精密', '样品测试通过']
    ])
  })
})

describe('coverage gaps worth acting on', () => {
  it('lists target and watch accounts with gaps, furthest along the pipeline first', () => {
    const early = account('早期', { classification: 'target', stage: 'discover' })
    const late = account('谈判中', { classification: 'watch', stage: 'negotiate' })
    const other = account('未评估', { classification: 'other', stage: 'negotiate' })
    const { coverageGaps } = buildToday(input({ accounts: [early, late, other] }))
    expect(coverageGaps.map((g) => g.accountName)).toEqual(['谈判中', '早期'])
    expect(coverageGaps[1]!.warnings.map((w) => w.rule)).toEqual(['noDecisionMaker', 'noCoach'])
  })
})

describe('charts', () => {
  it('counts accounts by classification and by stage', () => {
    const accounts = [account('a', { classification: 'target', stage: 'negotiate' }), account('b', { classification: 'target' }), account('c', { classification: 'watch' })]
    const { charts } = buildToday(input({ accounts }))
    expect(charts.byClassification).toEqual([
      { value: 'target', count: 2 },
      { value: 'watch', count: 1 },
      { value: 'other', count: 0 }
    ])
    expect(charts.byStage.map((s) => s.count)).toEqual([2, 0, 1, 0, 0])
  })

  it('counts contacts per Monday-to-Sunday week over 13 weeks, across month and year ends', () => {
    const now = day(2025, 3, 3, 8) // a Monday
    const a = account('a')
    const visits = [
      visit(a, day(2025, 3, 3)), // this week
      visit(a, day(2025, 3, 2)), // Sunday: last week
      visit(a, day(2025, 2, 28)), // last week, in February
      visit(a, day(2024, 12, 31)), // the week of Monday 30 December
      visit(a, day(2025, 1, 5)), // Sunday: still that week
      visit(a, day(2024, 12, 8)), // the Sunday before the first week
      visit(a, day(2025, 3, 1), { status: 'planned' }),
      visit(a, day(2025, 3, 4)) // tomorrow
    ]
    const weeks = visitsPerWeek({ visits }, now)
    expect(weeks).toHaveLength(13)
    expect(ymd(weeks[0]!.weekStart)).toBe('2024-12-09')
    expect(ymd(weeks[3]!.weekStart)).toBe('2024-12-30')
    expect(ymd(weeks[12]!.weekStart)).toBe('2025-03-03')
    expect(weeks.map((w) => w.count)).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 1])
  })

  it('keeps weeks seven calendar days apart over a change of clocks', () => {
    const weeks = visitsPerWeek({ visits: [visit(account('a'), day(2025, 3, 31))] }, day(2025, 4, 2))
    expect(weeks.slice(-2).map((w) => ymd(w.weekStart))).toEqual(['2025-03-24', '2025-03-31'])
    expect(weeks.at(-1)!.count).toBe(1)
  })
})
