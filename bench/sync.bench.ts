// Team sync under load (`npm run bench -- sync`): a real cluster on loopback (redis-server and two server
// instances sharing one SQLite file, tests/support/syncCluster.ts) and 50 simulated copies of the app in
// this Node process, each its own fake IndexedDB database and SyncEngine, half on instance A and half on B.
// 10 shared accounts, 5 clients each; every client makes 20 edits through the repositories (a person's
// field, a new objection, a visit note, and either the account's stage or a sentence typed into the
// warehouse section of the dossier, all clients of an account in the same paragraph, through the same
// binding the dossier's editor uses), all clients at once as fast as they go.
// Prints the time from each account's last edit until every client of it holds the same digest with
// status 'synced', rows and every section's text alike (goal ≤ 5 s), the servers' RSS growth (goal ≤ 200 MB) and edits/s, against a baseline
// measured in the same run: the same per-client load on one account with 2 clients on one instance.
// Bounded: a hard deadline (DEADLINE_MS) after which it prints what it has and stops; the cluster is always
// stopped. Fails only when the clients of an account end with different data (a real bug), never on time.
import 'fake-indexeddb/auto'
import { expect, test } from '@playwright/test'
import { cpus, loadavg } from 'node:os'
import WebSocket from 'ws'
import type { AtlasDb } from '#data/db'
import { createAccountsRepository } from '#data/repositories/accountsRepository'
import { createEntityRepository } from '#data/repositories/entityRepository'
import { createObjectionsRepository } from '#data/repositories/objectionsRepository'
import { createStakeholdersRepository } from '#data/repositories/stakeholdersRepository'
import { accountDraft, freshDb, stakeholderDraft } from '#data/testSupport'
import { SyncEngine } from '#data/sync/syncEngine'
import { createDossierRepository } from '#data/dossier/dossierRepository'
import { dossierSectionText } from '#editor/collab/sectionText'
import { extractPlainText } from '#shared/domain/dossier'
import { $createTextNode, $getRoot, $isTextNode, type ParagraphNode } from 'lexical'
import { teamApi } from '#data/sync/teamApi'
import { Visit, VisitDraft } from '#shared/schemas'
import { OBJECTION_CONTENTS, OBJECTION_NATURES, OBJECTION_STATUSES, PIPELINE_STAGES } from '#shared/schemas/enums'
import { openSectionEditor } from '../tests/support/sectionTyping'
import { startSyncCluster, type SyncCluster } from '../tests/support/syncCluster'

const GOAL = { convergeMs: 5_000, rssGrowthBytes: 200 * 1024 * 1024 }
const LOAD = { users: 10, accounts: 10, clientsPerAccount: 5, editsPerClient: 20, peoplePerAccount: 3 }
/** After this, from the start of the test, nothing new is started: what was measured is printed, and it stops. */
const DEADLINE_MS = Number(process.env.SYNC_BENCH_DEADLINE_MS ?? 120_000)
const POLL_MS = 50

const log = (line: string) => console.log(`[bench sync] ${line}`)
const ratio = (value: number, goal: number) => `${(value / goal).toFixed(2)}× goal, ${value <= goal ? 'met' : 'NOT met'}`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a')

// The repositories of createRepositories (renderer/src/data/repositories/index.ts), built the same way one by
// one: that index (and so '#data') imports package.json without `with { type: 'json' }`, which Playwright's
// ESM loader refuses ("needs an import attribute of type json"); Vite and Vitest accept it.
const repositories = (db: AtlasDb) => ({
  accounts: createAccountsRepository(db),
  stakeholders: createStakeholdersRepository(db),
  objections: createObjectionsRepository(db),
  visits: createEntityRepository(db.visits, VisitDraft, Visit),
  dossier: createDossierRepository(db)
})
type Repositories = ReturnType<typeof repositories>

let startedAt = 0
const left = () => startedAt + DEADLINE_MS - Date.now()
const expired = () => left() <= 0

interface Client {
  name: string
  user: string
  instance: number
  db: AtlasDb
  engine: SyncEngine
  repos: Repositories
  start: () => void
}

interface Account {
  id: string
  label: string
  people: string[]
  /** The dossier section every client of the account types into. */
  warehouse: string
  clients: Client[]
}

let cluster: SyncCluster | undefined
const tokens: Record<string, string> = {}
const opened: Client[] = []

async function client(name: string, user: string, instance: number): Promise<Client> {
  const db = freshDb()
  const engine = new SyncEngine(db, { WebSocket, loadSectionText: async () => dossierSectionText })
  await engine.open()
  const config = { serverUrl: cluster!.instances[instance]!.httpUrl, token: tokens[user]!, enabled: true }
  const made: Client = { name, user, instance, db, engine, repos: repositories(db), start: () => engine.start(config) }
  opened.push(made)
  return made
}

/** One owner creates and shares the account with a few people; the other clients are added as members through the API and join. */
async function sharedAccount(label: string, clients: Client[]): Promise<Account> {
  const [owner, ...others] = clients
  const api = teamApi(cluster!.instances[owner!.instance]!.httpUrl, tokens[owner!.user]!)
  const account = await owner!.repos.accounts.create(accountDraft({ name: label, stage: PIPELINE_STAGES[0] }))
  const people: string[] = []
  for (let i = 0; i < LOAD.peoplePerAccount; i++)
    people.push((await owner!.repos.stakeholders.create(stakeholderDraft(account.id, { name: `${label} 联系人${i + 1}`, title: '经理' }))).id)
  await owner!.repos.dossier.ensureSections(account.id)
  const warehouse = (await owner!.db.dossierSections.where('accountId').equals(account.id).toArray()).find((section) => section.channel === 'warehouse')!.id
  const note = paragraphOf(`${label}：仓库主管说五月备件会断货。`)
  await owner!.repos.dossier.saveContent(warehouse, note, extractPlainText(note))
  await api.share(account.id, label)
  for (const user of new Set(others.map((c) => c.user))) if (user !== owner!.user) await api.addMember(account.id, user)
  owner!.start()
  await owner!.engine.share(account.id)
  for (const other of others) {
    other.start()
    await other.engine.join(account.id)
  }
  return { id: account.id, label, people, warehouse, clients }
}

interface Converged {
  ok: boolean
  at: number
  digests: string[]
  statuses: string[]
}

/** The account's rows digest, with every section's stored text (which travels in the sections' own documents). */
async function digestOf(c: Client, accountId: string): Promise<string> {
  const sections = await c.db.dossierSections.where('accountId').equals(accountId).sortBy('id')
  return `${await c.engine.digest(accountId)}|${sections.map((section) => section.plainText).join('|')}`
}

/** Polls until every client of the account holds the same digest and says 'synced', or the deadline passes. */
async function converge(account: Account): Promise<Converged> {
  for (;;) {
    await Promise.all(account.clients.map((c) => c.engine.settled(account.id)))
    const digests = await Promise.all(account.clients.map((c) => digestOf(c, account.id)))
    const statuses = account.clients.map((c) => c.engine.getSnapshot().accounts[account.id]?.status ?? 'none')
    const at = Date.now()
    if (digests.every((d) => d === digests[0]) && statuses.every((s) => s === 'synced')) return { ok: true, at, digests, statuses }
    if (expired()) return { ok: false, at, digests, statuses }
    await sleep(POLL_MS)
  }
}

const objectionDraft = (accountId: string, text: string) => ({
  accountId, content: OBJECTION_CONTENTS[0], nature: OBJECTION_NATURES[0], text, response: '', handling: null, status: OBJECTION_STATUSES[0]
})
const visitDraft = (accountId: string, outcome: string) => ({
  accountId, kind: 'revisit', status: 'done', date: Date.now() - 86_400_000, time: null, objective: '', questions: [], outcome, nextReason: '', attendeeIds: [], tasks: []
})

/** One client's edits, one after another as fast as it goes: a person's field, an objection, a visit note, the account's stage. */
async function edit(c: Client, account: Account, errors: string[]): Promise<{ done: number; lastAt: number }> {
  let done = 0
  let lastAt = 0
  for (let i = 0; i < LOAD.editsPerClient && !expired(); i++) {
    const note = `${c.name} 第${i + 1}次`
    try {
      switch (i % 4) {
        case 0: {
          const id = account.people[i % account.people.length]!
          const person = (await c.repos.stakeholders.get(id))!
          await c.repos.stakeholders.update(id, { ...person, caresAbout: `关注 ${note}` })
          break
        }
        case 1:
          await c.repos.objections.create(objectionDraft(account.id, `顾虑 ${note}`))
          break
        case 2:
          await c.repos.visits.create(visitDraft(account.id, `拜访备注 ${note}`))
          break
        default:
          if (i % 8 === 3) {
            const row = (await c.repos.accounts.get(account.id))!
            await c.repos.accounts.update(account.id, { ...row, stage: PIPELINE_STAGES[(Math.floor(i / 4) + c.name.length) % PIPELINE_STAGES.length] })
          } else await typeInDossier(c, account, `${note}。`)
      }
      done++
      lastAt = Date.now()
    } catch (error) {
      errors.push(`${c.name} edit ${i + 1}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return { done, lastAt }
}

const paragraphOf = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }] }]
  }
})

/** Types at the end of the warehouse section's paragraph through the dossier's binding, then saves it as the autosave does. */
async function typeInDossier(c: Client, account: Account, text: string): Promise<void> {
  const editor = await openSectionEditor(() => c.engine.sectionDoc(account.id, account.warehouse))
  try {
    // As a caret at the end of the paragraph types: into its last piece of text.
    editor.edit(() => {
      const paragraph = $getRoot().getFirstChildOrThrow<ParagraphNode>()
      const last = paragraph.getLastDescendant()
      if ($isTextNode(last)) last.spliceText(last.getTextContentSize(), 0, text)
      else paragraph.append($createTextNode(text))
    })
    const shown = editor.editor.getEditorState().read(() => $getRoot().getTextContent())
    if (!shown.includes(text)) throw new Error(`typed text not in the editor (it holds ${shown.length} characters)`)
    const content = editor.editor.getEditorState().toJSON() as unknown as Record<string, unknown>
    await c.repos.dossier.saveContent(account.warehouse, content, extractPlainText(content))
  } finally {
    editor.close()
  }
}

interface Run {
  edits: number
  editMs: number
  /** Per account: ms from its last edit until converged (NaN when it did not converge by the deadline). */
  convergeMs: number[]
  /** From the very last edit of the run until every account converged. */
  overallMs: number
  equal: boolean[]
  errors: string[]
}

/** Every client of every account edits at once; each account is watched for convergence from its own last edit. */
async function load(accounts: Account[]): Promise<Run> {
  const errors: string[] = []
  const began = Date.now()
  const perAccount = await Promise.all(
    accounts.map(async (account) => {
      const results = await Promise.all(account.clients.map((c) => edit(c, account, errors)))
      const lastEdit = Math.max(began, ...results.map((r) => r.lastAt))
      const converged = await converge(account)
      return { edits: results.reduce((sum, r) => sum + r.done, 0), lastEdit, converged }
    })
  )
  const lastEdit = Math.max(...perAccount.map((a) => a.lastEdit))
  return {
    edits: perAccount.reduce((sum, a) => sum + a.edits, 0),
    editMs: lastEdit - began,
    convergeMs: perAccount.map((a) => (a.converged.ok ? a.converged.at - a.lastEdit : NaN)),
    overallMs: perAccount.every((a) => a.converged.ok) ? Math.max(...perAccount.map((a) => a.converged.at)) - lastEdit : NaN,
    equal: perAccount.map((a) => a.converged.digests.every((d) => d === a.converged.digests[0])),
    errors
  }
}

function logCounts() {
  return cluster!.instances.map((instance) => {
    const counts = { lines: instance.logs.length, rejectedMessage: 0, refused: 0, warn: 0, error: 0, other: [] as string[], events: new Map<string, number>() }
    for (const line of instance.logs) {
      try {
        const entry = JSON.parse(line) as { level?: string; event?: string }
        counts.events.set(String(entry.event), (counts.events.get(String(entry.event)) ?? 0) + 1)
        if (entry.event === 'rejectedMessage') counts.rejectedMessage++
        if (entry.event === 'refused') counts.refused++
        if (entry.level === 'warn') counts.warn++
        if (entry.level === 'error' || entry.level === 'fatal') counts.error++
        if ((entry.level === 'warn' || entry.level === 'error') && counts.other.length < 3) counts.other.push(line.slice(0, 300))
      } catch {
        if (counts.other.length < 3) counts.other.push(`not JSON: ${line.slice(0, 200)}`)
      }
    }
    return { name: instance.name, ...counts }
  })
}

const rss = () => Promise.all(cluster!.instances.map((instance) => instance.memoryBytes()))

test.afterAll(async () => {
  // y-dexie console.debug()s a line for every document released (a few microtasks after close()); 50 of
  // them say nothing here, so console.debug is quiet until the cluster has stopped.
  const debug = console.debug
  console.debug = () => {}
  try {
    for (const c of opened.splice(0)) {
      c.engine.close()
      c.db.close()
    }
    await cluster?.stop()
    cluster = undefined
    await sleep(100)
  } finally {
    console.debug = debug
  }
})

test('team sync: 50 clients on 10 shared accounts through two server instances', async () => {
  test.setTimeout(DEADLINE_MS + 90_000)
  startedAt = Date.now()
  log(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; deadline ${DEADLINE_MS / 1000} s`)
  cluster = await startSyncCluster({ instances: 2 })
  const users = Array.from({ length: LOAD.users }, (_, i) => `user${i}`)
  await Promise.all(users.map(async (id, i) => (tokens[id] = await cluster!.addUser(id, `销售${i + 1}`))))
  const rssStart = await rss()
  log(`cluster: redis + ${cluster.instances.map((i) => i.name).join(', ')} up, ${users.length} users, ${((Date.now() - startedAt) / 1000).toFixed(1)} s; RSS ${rssStart.map(mb).join(' / ')}`)

  // Baseline: the same per-client load (20 edits each) on one account with 2 clients on instance A.
  const baseClients = [await client('base-0', users[0]!, 0), await client('base-1', users[1]!, 0)]
  const baseAccount = await sharedAccount('基准客户', baseClients)
  const baseJoin = await converge(baseAccount)
  const base = await load([baseAccount])
  log(
    `baseline (1 account, 2 clients, one instance): ${base.edits} edits in ${seconds(base.editMs)} (${(base.edits / (base.editMs / 1000)).toFixed(0)} edits/s); ` +
      `converged ${seconds(base.convergeMs[0]!)} after the last edit (${ratio(base.convergeMs[0]!, GOAL.convergeMs)})${baseJoin.ok ? '' : '; the join did not converge'}`
  )
  for (const c of baseClients) c.engine.stop()
  const rssBefore = await rss()

  // The load: 10 accounts × 5 clients, client g on instance g % 2, users rotating so each account has 5 different people.
  const accounts: Account[] = []
  const setupBegan = Date.now()
  for (let k = 0; k < LOAD.accounts && !expired(); k++) {
    const clients: Client[] = []
    for (let j = 0; j < LOAD.clientsPerAccount; j++) {
      const g = k * LOAD.clientsPerAccount + j
      clients.push(await client(`c${String(g).padStart(2, '0')}`, users[(k + j) % users.length]!, g % 2))
    }
    accounts.push(await sharedAccount(`华东客户${k + 1}`, clients))
  }
  const joined = await Promise.all(accounts.map(converge))
  const clientCount = accounts.reduce((sum, a) => sum + a.clients.length, 0)
  const onA = accounts.flatMap((a) => a.clients).filter((c) => c.instance === 0).length
  log(
    `setup: ${accounts.length} accounts shared, ${clientCount} clients (${onA} on A, ${clientCount - onA} on B) joined and converged in ${seconds(Date.now() - setupBegan)}` +
      `${joined.every((j) => j.ok) ? '' : ` — ${joined.filter((j) => !j.ok).length} did NOT converge by the deadline`}`
  )

  const cpuBefore = process.cpuUsage()
  const run = await load(accounts)
  const cpu = process.cpuUsage(cpuBefore)
  const rssAfter = await rss()
  const converged = run.convergeMs.filter(Number.isFinite)
  const maxMs = converged.length === run.convergeMs.length ? Math.max(...converged) : NaN
  log(`load: ${run.edits} of ${clientCount * LOAD.editsPerClient} edits in ${seconds(run.editMs)} (${(run.edits / (run.editMs / 1000)).toFixed(0)} edits/s; baseline ${(base.edits / (base.editMs / 1000)).toFixed(0)} edits/s)`)
  // All 50 clients share this one Node thread (fake IndexedDB, Yjs, y-dexie): near 100% here means the figures are bounded by the clients, not the servers.
  log(`this process (all clients) used ${(((cpu.user + cpu.system) / 1000 / (run.editMs + Math.max(0, run.overallMs || 0))) * 100).toFixed(0)}% of a core during edits and convergence`)
  log(`convergence after each account's last edit: ${run.convergeMs.map((ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : 'none')).join(' ')} s`)
  log(
    `convergence: max ${seconds(maxMs)} (${ratio(maxMs, GOAL.convergeMs)}), median ${seconds(median(converged))} (${ratio(median(converged), GOAL.convergeMs)}); ` +
      `all accounts after the run's last edit ${seconds(run.overallMs)} (${ratio(run.overallMs, GOAL.convergeMs)}); baseline ${seconds(base.convergeMs[0]!)} (${(maxMs / base.convergeMs[0]!).toFixed(1)}× baseline)`
  )
  for (const [i, instance] of cluster.instances.entries()) {
    const growth = rssAfter[i]! - rssBefore[i]!
    log(`server ${instance.name} RSS: ${mb(rssStart[i]!)} at start, ${mb(rssBefore[i]!)} before the load, ${mb(rssAfter[i]!)} after; growth ${mb(growth)} (${ratio(growth, GOAL.rssGrowthBytes)})`)
  }
  if (run.errors.length + base.errors.length > 0) log(`edit errors: ${run.errors.length + base.errors.length}, first: ${[...base.errors, ...run.errors].slice(0, 3).join(' | ')}`)
  for (const counts of logCounts())
    log(`server ${counts.name} log: ${counts.lines} lines, ${counts.rejectedMessage} rejectedMessage, ${counts.refused} refused, ${counts.warn} warn, ${counts.error} error (events: ${[...counts.events].sort((a, b) => b[1] - a[1]).map(([event, n]) => `${event} ${n}`).join(', ')})${counts.other.length ? `; e.g. ${counts.other.join(' | ')}` : ''}`)

  // Correctness: every client of an account ends with the same digest.
  const unequal = accounts.filter((_, i) => !run.equal[i]).map((a) => a.label)
  // Nothing typed is lost: every sentence every client typed into an account's dossier is in its text, on every client.
  const typed = (account: Account) => account.clients.flatMap((c) => Array.from({ length: LOAD.editsPerClient }, (_, i) => i).filter((i) => i % 8 === 7).map((i) => `${c.name} 第${i + 1}次。`))
  const lost: string[] = []
  for (const account of accounts)
    for (const c of account.clients) {
      const text = (await c.db.dossierSections.get(account.warehouse))?.plainText ?? ''
      lost.push(...typed(account).filter((sentence) => !text.includes(sentence)).map((sentence) => `${c.name}: ${sentence}`))
    }
  const sentences = accounts.reduce((sum, account) => sum + typed(account).length, 0)
  log(`dossier text: ${sentences} sentences typed into one paragraph per account; ${lost.length === 0 ? 'every one on every client' : `${lost.length} missing, e.g. ${lost.slice(0, 3).join(' | ')}`}`)
  const complete = accounts.length === LOAD.accounts && run.edits === clientCount * LOAD.editsPerClient
  const pass = unequal.length === 0 && base.equal[0] === true
  log(`digests: ${pass ? 'PASS' : `FAIL${expired() ? ' (not converged by the deadline)' : ''}`} — ${accounts.length - unequal.length} of ${accounts.length} accounts identical on all their clients${unequal.length ? `; different: ${unequal.join(', ')}` : ''}; baseline ${base.equal[0] ? 'identical' : 'DIFFERENT'}`)
  if (!complete) log(`incomplete: ${accounts.length} of ${LOAD.accounts} accounts, ${run.edits} of ${clientCount * LOAD.editsPerClient} edits (${expired() ? `the deadline of ${DEADLINE_MS / 1000} s cut the run short` : 'edits failed, see above'})`)
  log(`total ${seconds(Date.now() - startedAt)}`)
  expect(unequal, 'every client of an account ends with the same digest').toEqual([])
  if (complete) expect(lost, 'every sentence typed is in the dossier on every client').toEqual([])
  expect(base.equal[0]).toBe(true)
})
