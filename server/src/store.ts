import Database from 'better-sqlite3'
import { schema as documentsSchema } from '@hocuspocus/extension-sqlite'
import * as Y from 'yjs'
import type { MemberRole, SharedAccount, TeamUser } from '#shared/sync/api'
import { generateToken, hashToken } from './tokens'

export interface Member {
  user: TeamUser
  role: MemberRole
}

export type ShareOutcome = 'shared' | 'alreadyMember' | 'sharedBySomeoneElse'
export type RemoveOutcome = 'removed' | 'notMember' | 'lastOwner'

/** Users, shared accounts, memberships and the Yjs documents, in one SQLite file every instance opens. */
export interface Store {
  readonly file: string
  addUser(id: string, name: string): string
  removeUser(id: string): boolean
  listUsers(): TeamUser[]
  getUser(id: string): TeamUser | null
  userByToken(token: string): TeamUser | null
  roleOf(accountId: string, userId: string): MemberRole | null
  accountsOf(userId: string): SharedAccount[]
  share(accountId: string, userId: string, label: string): ShareOutcome
  members(accountId: string): Member[]
  addMember(accountId: string, userId: string): void
  removeMember(accountId: string, userId: string): RemoveOutcome
  fetchDocument(name: string): Uint8Array | null
  storeDocument(name: string, state: Uint8Array): void
  close(): void
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shared_accounts (
  account_id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
  account_id TEXT NOT NULL REFERENCES shared_accounts(account_id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
  PRIMARY KEY (account_id, user_id)
);
CREATE INDEX IF NOT EXISTS memberships_by_user ON memberships(user_id);
`

export function openStore(file: string): Store {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  db.exec(SCHEMA)
  db.exec(documentsSchema)

  const now = () => new Date().toISOString()
  const q = {
    insertUser: db.prepare('INSERT INTO users (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)'),
    deleteUser: db.prepare('DELETE FROM users WHERE id = ?'),
    listUsers: db.prepare('SELECT id, name FROM users ORDER BY id'),
    getUser: db.prepare('SELECT id, name FROM users WHERE id = ?'),
    userByHash: db.prepare('SELECT id, name FROM users WHERE token_hash = ?'),
    role: db.prepare('SELECT role FROM memberships WHERE account_id = ? AND user_id = ?'),
    accountsOf: db.prepare(
      'SELECT a.account_id AS accountId, a.label AS label, m.role AS role FROM memberships m JOIN shared_accounts a ON a.account_id = m.account_id WHERE m.user_id = ? ORDER BY a.created_at, a.account_id'
    ),
    account: db.prepare('SELECT account_id FROM shared_accounts WHERE account_id = ?'),
    insertAccount: db.prepare('INSERT INTO shared_accounts (account_id, label, created_at) VALUES (?, ?, ?)'),
    upsertMember: db.prepare(
      "INSERT INTO memberships (account_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT(account_id, user_id) DO UPDATE SET role = CASE WHEN role = 'owner' THEN 'owner' ELSE excluded.role END"
    ),
    members: db.prepare(
      "SELECT u.id AS id, u.name AS name, m.role AS role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.account_id = ? ORDER BY CASE m.role WHEN 'owner' THEN 0 ELSE 1 END, u.id"
    ),
    owners: db.prepare("SELECT COUNT(*) AS n FROM memberships WHERE account_id = ? AND role = 'owner'"),
    deleteMember: db.prepare('DELETE FROM memberships WHERE account_id = ? AND user_id = ?'),
    fetchDoc: db.prepare('SELECT data FROM documents WHERE name = ?'),
    upsertDoc: db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data')
  }

  const userRow = (row: unknown): TeamUser | null => (row ? { id: (row as TeamUser).id, name: (row as TeamUser).name } : null)
  const roleOf = (accountId: string, userId: string) => ((q.role.get(accountId, userId) as { role: MemberRole } | undefined)?.role ?? null)

  const share = db.transaction((accountId: string, userId: string, label: string): ShareOutcome => {
    if (!q.account.get(accountId)) {
      q.insertAccount.run(accountId, label, now())
      q.upsertMember.run(accountId, userId, 'owner')
      return 'shared'
    }
    return roleOf(accountId, userId) ? 'alreadyMember' : 'sharedBySomeoneElse'
  })

  const removeMember = db.transaction((accountId: string, userId: string): RemoveOutcome => {
    const role = roleOf(accountId, userId)
    if (!role) return 'notMember'
    if (role === 'owner' && (q.owners.get(accountId) as { n: number }).n <= 1) return 'lastOwner'
    q.deleteMember.run(accountId, userId)
    return 'removed'
  })

  // Several instances store the same document, each from its own copy; a copy that has not yet seen a
  // peer's latest update (Redis lag, a killed instance) must not overwrite it, so stores merge, never replace.
  const storeDocument = db.transaction((name: string, state: Uint8Array) => {
    const existing = (q.fetchDoc.get(name) as { data: Buffer } | undefined)?.data
    const merged = existing ? Y.mergeUpdates([new Uint8Array(existing), state]) : state
    q.upsertDoc.run(name, Buffer.from(merged))
  })

  return {
    file,
    addUser(id, name) {
      const token = generateToken()
      q.insertUser.run(id, name, hashToken(token), now())
      return token
    },
    removeUser: (id) => q.deleteUser.run(id).changes > 0,
    listUsers: () => (q.listUsers.all() as TeamUser[]).map((row) => ({ id: row.id, name: row.name })),
    getUser: (id) => userRow(q.getUser.get(id)),
    userByToken: (token) => userRow(q.userByHash.get(hashToken(token))),
    roleOf,
    accountsOf: (userId) => (q.accountsOf.all(userId) as SharedAccount[]).map((row) => ({ accountId: row.accountId, label: row.label, role: row.role })),
    share: (accountId, userId, label) => share.immediate(accountId, userId, label),
    members: (accountId) =>
      (q.members.all(accountId) as { id: string; name: string; role: MemberRole }[]).map((row) => ({ user: { id: row.id, name: row.name }, role: row.role })),
    addMember(accountId, userId) {
      q.upsertMember.run(accountId, userId, 'member')
    },
    removeMember: (accountId, userId) => removeMember.immediate(accountId, userId),
    fetchDocument(name) {
      const row = q.fetchDoc.get(name) as { data: Buffer } | undefined
      return row ? new Uint8Array(row.data) : null
    },
    storeDocument: (name, state) => storeDocument.immediate(name, state),
    close: () => db.close()
  }
}
