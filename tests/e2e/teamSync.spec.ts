import { existsSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { SYNC_TABLES, syncDigest, type SyncTable } from '#shared/sync/travel'
import { teamApi } from '#data/sync/teamApi'
import { expect, test } from './fixtures'
import { AccountsApp } from './pages/AccountsApp'
import { DossierPage } from './pages/DossierPage'
import { StakeholdersPage } from './pages/StakeholdersPage'
import { openProfile, startSyncEdition } from './sync/syncEdition'
import { TeamPage } from './sync/TeamPage'

// Team sync as reps use it: separate browser profiles (each its own IndexedDB) on the browser edition
// built for two team servers, a real cluster behind them (redis-server, two Hocuspocus processes).
test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 10_000 })

const CANARY = 'CANARY-e2e-孩子高考'
const WAREHOUSE_NOTE = '仓库主管说五月备件会断货'
const ACCOUNT = '华东精密机械'
let world: Awaited<ReturnType<typeof startSyncEdition>>
const tokens: Record<string, string> = {}
const NAMES = { alice: '王丽', bob: '陈博', carol: '刘强', mallory: '赵敏' } as const

test.beforeAll(async () => {
  test.setTimeout(240_000)
  world = await startSyncEdition()
  for (const [id, name] of Object.entries(NAMES)) tokens[id] = await world.cluster.addUser(id, name)
})
test.afterAll(async () => {
  await world?.stop()
})

/**
 * What the profile's IndexedDB holds of the account's travelling rows, as one digest (shared/sync/travel.ts),
 * with the text of every dossier section (which travels in the sections' own documents).
 */
async function digestOf(page: Page, accountId: string): Promise<string> {
  const tables = await page.evaluate(
    ({ tables, accountId }) =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        const request = indexedDB.open('account-atlas')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(tables, 'readonly')
          const out: Record<string, Record<string, unknown>[]> = {}
          for (const table of tables) {
            const get = tx.objectStore(table).getAll()
            get.onsuccess = () => {
              out[table] = (get.result as Record<string, unknown>[]).filter((row) => (table === 'accounts' ? row.id : row.accountId) === accountId)
            }
          }
          tx.oncomplete = () => {
            db.close()
            resolve(out)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { tables: [...SYNC_TABLES], accountId }
  )
  const sections = [...(tables.dossierSections ?? [])].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1))
  return `${syncDigest(tables as Partial<Record<SyncTable, Record<string, unknown>[]>>)}|${sections.map((section) => String(section.plainText)).join('|')}`
}

async function person(page: Page, name: string): Promise<Record<string, unknown> | undefined> {
  const rows = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const request = indexedDB.open('account-atlas')
        request.onsuccess = () => {
          const get = request.result.transaction('stakeholders').objectStore('stakeholders').getAll()
          get.onsuccess = () => resolve(get.result as Record<string, unknown>[])
        }
      })
  )
  return rows.find((row) => row.name === name)
}

async function converged(pages: Page[], accountId: string, timeout: number): Promise<string> {
  let digest = ''
  await expect
    .poll(
      async () => {
        const digests = await Promise.all(pages.map((page) => digestOf(page, accountId)))
        digest = digests[0]!
        return new Set(digests).size
      },
      { timeout, intervals: [100] }
    )
    .toBe(1)
  return digest
}

test('two reps on two server instances edit offline and converge by the rules; a killed instance loses nothing; a later colleague gets everything; a sensitive note never leaves', async ({ browser }) => {
  test.setTimeout(240_000)
  const [serverA, serverB] = world.cluster.instances.map((i) => i.httpUrl) as [string, string]
  const servers = [serverA, serverB]
  const a = await openProfile(browser, world.appUrl, servers)
  const b = await openProfile(browser, world.appUrl, servers)

  // Alice's account, with a sensitive note on a person.
  const aliceApp = new AccountsApp(a.page)
  const accountId = await aliceApp.seedAccount({ name: ACCOUNT, industry: '机床' }, { reload: false })
  await new StakeholdersPage(a.page).storePeople(accountId, [
    { name: '李总', title: '副总经理', stance: 'neutral', sensitiveNotes: CANARY },
    { name: '王工', title: '工程师', stance: 'supporter' }
  ])
  await aliceApp.reload()
  const aliceDossier = new DossierPage(a.page)
  await aliceDossier.open(accountId)
  await aliceDossier.type('warehouse', WAREHOUSE_NOTE)
  await aliceDossier.waitSaved()
  const alice = new TeamPage(a.page)
  await alice.connect(serverA, tokens.alice!)
  await aliceApp.openAccountById(accountId)
  await alice.share([NAMES.bob])
  await expect(alice.badge).toContainText('已同步')

  // Bob, on the other instance, receives it.
  const bob = new TeamPage(b.page)
  const bobApp = new AccountsApp(b.page)
  await bobApp.open()
  await bob.connect(serverB, tokens.bob!)
  await expect(bobApp.row(ACCOUNT)).toBeVisible({ timeout: 15_000 })
  await converged([a.page, b.page], accountId, 15_000)
  await expect(bobApp.row(ACCOUNT).getByTestId('sync-badge')).toHaveText('已同步')
  expect((await person(b.page, '李总'))?.sensitiveNotes).toBe('')

  // Both offline; each edits the same account. (The browser edition loads its screens from its server,
  // which offline emulation cuts off too, so each rep has the map open once first, as the desktop app's
  // screens always are.)
  const aliceMap = new StakeholdersPage(a.page)
  const bobMap = new StakeholdersPage(b.page)
  const bobDossier = new DossierPage(b.page)
  await aliceMap.open(accountId)
  await bobMap.open(accountId)
  await bobDossier.open(accountId)
  await expect(bobDossier.paragraph('warehouse', WAREHOUSE_NOTE)).toBeVisible()
  await a.context.setOffline(true)
  await b.context.setOffline(true)
  await aliceApp.openAccountById(accountId)
  await expect(alice.badge).toContainText('离线')
  await aliceMap.open(accountId)
  await aliceMap.openPerson('李总')
  await aliceMap.fillPerson({ title: '总经理', influence: '高' })
  await aliceMap.savePerson('李总')
  await aliceMap.deleteFromKeyboard('王工')
  await aliceApp.confirm('删除')

  await bobMap.open(accountId)
  await bobMap.openPerson('李总')
  await bobMap.fillPerson({ department: '采购部', influence: '低' })
  await bobMap.savePerson('李总')
  await bobMap.openPerson('王工')
  await bobMap.fillPerson({ title: '高级工程师' })
  await bobMap.savePerson('王工')
  await expect(bob.badge).toContainText(/离线.*待同步/)

  // And both type in the same paragraph of the dossier: Alice at its start, Bob at its end.
  await aliceDossier.open(accountId)
  await aliceDossier.typeAtStart('warehouse', '紧急：')
  await aliceDossier.waitSaved()
  await bobDossier.open(accountId)
  await bobDossier.type('warehouse', '（王经理已确认）')
  await bobDossier.waitSaved()
  const merged = `紧急：${WAREHOUSE_NOTE}（王经理已确认）`

  // Back online: one digest on both within 5 s, by the rules of docs/sync.md.
  await a.context.setOffline(false)
  await b.context.setOffline(false)
  const started = Date.now()
  await converged([a.page, b.page], accountId, 5_000)
  console.log(`[team sync e2e] two profiles converged ${Date.now() - started} ms after coming back online`)
  for (const page of [a.page, b.page]) {
    expect(await person(page, '李总')).toMatchObject({ title: '总经理', department: '采购部' })
    expect(await person(page, '王工')).toMatchObject({ title: '高级工程师', deletedAt: expect.any(Number) })
  }
  expect((await person(a.page, '李总'))?.influence).toBe((await person(b.page, '李总'))?.influence)
  expect((await person(a.page, '李总'))?.sensitiveNotes).toBe(CANARY)
  // The paragraph holds both reps' typing, in the open editors too.
  await expect(aliceDossier.paragraph('warehouse', merged)).toBeVisible()
  await expect(bobDossier.paragraph('warehouse', merged)).toBeVisible()
  await expect(aliceDossier.editor('warehouse').locator('p')).toHaveCount(1)

  // Bob's instance is killed while he keeps editing; restarted, nothing is lost.
  await bobApp.openAccountById(accountId)
  const lines = ['轴承', '齿轮箱', '液压泵', '阀门']
  for (const [i, value] of lines.entries()) {
    if (i === 1) await world.cluster.instances[1]!.stop('SIGKILL')
    await bobApp.fill({ 主要产品: value })
    await bobApp.save('保存')
    await expect(bobApp.field('主要产品')).toHaveValue(value)
  }
  await world.cluster.instances[1]!.start()
  const finalDigest = await converged([a.page, b.page], accountId, 30_000)
  await aliceApp.openAccountById(accountId)
  await aliceApp.openDetails()
  await expect(aliceApp.field('主要产品')).toHaveValue(lines.at(-1)!)

  // Carol joins later, after Alice and Bob have gone: the server's store gives her everything.
  await a.context.close()
  await b.context.close()
  await teamApi(serverA, tokens.alice!).addMember(accountId, 'carol')
  const c = await openProfile(browser, world.appUrl, servers)
  const carolApp = new AccountsApp(c.page)
  await carolApp.open()
  await new TeamPage(c.page).connect(serverA, tokens.carol!)
  await expect(carolApp.row(ACCOUNT)).toBeVisible({ timeout: 15_000 })
  await expect.poll(() => digestOf(c.page, accountId), { timeout: 15_000 }).toBe(finalDigest)

  // Mallory has a token but is not a member: the account never reaches her.
  const m = await openProfile(browser, world.appUrl, servers)
  const malloryApp = new AccountsApp(m.page)
  await malloryApp.open()
  await new TeamPage(m.page).connect(serverB, tokens.mallory!)
  await expect(m.page.getByRole('dialog', { name: '设置' })).toBeHidden()
  await expect(malloryApp.rows).toHaveCount(0)
  await expect(teamApi(serverB, tokens.mallory!).members(accountId)).rejects.toMatchObject({ code: 'forbidden' })

  // A token the server never issued: Settings says it is refused, not "connected".
  const stranger = new TeamPage(m.page)
  await stranger.connect(serverB, `atl_${'A'.repeat(43)}`)
  await m.page.getByRole('button', { name: '设置' }).click()
  await expect(stranger.settings.getByTestId('team-connection')).toHaveText('令牌被拒绝')
  await m.page.keyboard.press('Escape')

  // The sensitive note is in no frame any profile sent or received, nor in the server's file.
  const wire = Buffer.concat([a, b, c, m].flatMap((profile) => profile.frames))
  expect(wire.includes(Buffer.from('高级工程师')), 'the frames were recorded').toBe(true)
  expect(wire.includes(Buffer.from(CANARY))).toBe(false)
  for (const instance of world.cluster.instances) await instance.stop('SIGTERM')
  const { dbFile } = world.cluster
  const stored = Buffer.concat([dbFile, `${dbFile}-wal`].filter(existsSync).map((file) => readFileSync(file)))
  expect(stored.includes(Buffer.from('高级工程师'))).toBe(true)
  expect(stored.includes(Buffer.from(CANARY))).toBe(false)
  for (const profile of [a, b, c, m]) expect(profile.policy.breaches, 'CSP violations and requests to anything but the app and its team servers').toEqual([])
})
