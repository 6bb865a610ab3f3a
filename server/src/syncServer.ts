import { Server, type Document } from '@hocuspocus/server'
import { Redis } from '@hocuspocus/extension-redis'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { MAX_ACCOUNT_DOC_BYTES, SYNC_REFUSALS, SYNC_TOKEN_PATTERN, type TeamUser } from '#shared/sync/api'
import { parseDocName, type SyncDocRef } from '#shared/sync/docName'
import { createHttpApi } from './httpApi'
import { createLogger, errorMessage, type LogSink, type Logger } from './log'
import { openStore, type Store } from './store'
import { DocSizeTracker, inspectMessage } from './updateGuard'

export interface SyncServerOptions {
  port: number
  host?: string
  dbFile: string
  redis?: { host: string; port: number }
  instance: string
  /** Delay before a changed document is stored (ms); stores happen at least every maxDebounceMs while it keeps changing. */
  debounceMs?: number
  maxDebounceMs?: number
  /** Where the JSON log lines go; stdout by default. */
  logSink?: LogSink
  /** How often open connections are checked against users and memberships changed elsewhere (ms). */
  accessRecheckMs?: number
}

export interface SyncServer {
  readonly instance: string
  /** The bound port (the real one once listen() resolved, also when asked for port 0). */
  readonly port: number
  readonly store: Store
  readonly log: Logger
  listen(): Promise<void>
  /** Stops accepting, stores every open document, closes Redis and the database. */
  destroy(): Promise<void>
}

interface ConnectionContext {
  user: TeamUser
  ref: SyncDocRef
}

// Refusals travel to the provider as the reason of a permission-denied (auth) or close message.
const refusal = (reason: string, code = 4403) => ({ code, reason })

// The largest legitimate frame is a whole account document's first sync, plus framing.
const MAX_FRAME_BYTES = MAX_ACCOUNT_DOC_BYTES + 64 * 1024

export function createSyncServer(options: SyncServerOptions): SyncServer {
  const log = createLogger(options.instance, options.logSink)
  const store = openStore(options.dbFile)
  const sizes = new DocSizeTracker()
  const startedAt = Date.now()
  let destroyed: Promise<void> | undefined

  const extensions = [
    new SQLite({
      database: options.dbFile,
      fetch: async ({ documentName }) => store.fetchDocument(documentName),
      store: async ({ documentName, state }) => store.storeDocument(documentName, state)
    })
  ]
  if (options.redis) {
    const redis = new Redis({ host: options.redis.host, port: options.redis.port, identifier: options.instance })
    for (const client of [redis.pub, redis.sub])
      client.on('error', (error: unknown) => log.error('redisError', { message: errorMessage(error) }))
    extensions.unshift(redis as never)
  }

  const server: Server<ConnectionContext> = new Server<ConnectionContext>({
    port: options.port,
    address: options.host ?? '127.0.0.1',
    name: options.instance,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounceMs ?? 300,
    maxDebounce: options.maxDebounceMs ?? Math.max(2000, options.debounceMs ?? 300),
    websocketOptions: { maxPayload: MAX_FRAME_BYTES },
    extensions,

    async onAuthenticate({ token, documentName, socketId }) {
      const user = SYNC_TOKEN_PATTERN.test(token) ? store.userByToken(token) : null
      if (!user) {
        log.warn('refused', { reason: SYNC_REFUSALS.unauthorized, document: documentName, socket: socketId })
        throw refusal(SYNC_REFUSALS.unauthorized, 4401)
      }
      const ref = parseDocName(documentName)
      if (!ref || !store.roleOf(ref.accountId, user.id)) {
        log.warn('refused', { reason: SYNC_REFUSALS.notMember, document: documentName.slice(0, 120), user: user.id, socket: socketId })
        throw refusal(SYNC_REFUSALS.notMember)
      }
      log.info('authenticated', { document: documentName, user: user.id, socket: socketId })
      return { user, ref }
    },

    async beforeHandleMessage({ update, document, documentName, context, socketId }) {
      const verdict = inspectMessage(update, document, context.ref, sizes)
      if (verdict.ok) return
      log.warn('rejectedMessage', { document: documentName, user: context.user.id, socket: socketId, problem: verdict.problem, detail: verdict.detail, bytes: update.byteLength })
      throw verdict.problem === 'tooLarge' ? refusal(SYNC_REFUSALS.tooLarge, 4413) : refusal('malformed-update', 4400)
    },

    async afterStoreDocument({ documentName, document }) {
      log.info('stored', { document: documentName, clients: document.getConnectionsCount() })
    },

    async onDisconnect({ documentName, context, socketId }) {
      log.info('disconnected', { document: documentName, user: context?.user?.id, socket: socketId })
    },

    async onRequest({ request, response }) {
      await api(request, response)
      // Rejecting with nothing tells Hocuspocus the request is answered.
      throw null
    }
  })

  const closeWhere = (accountId: string | null, refuse: (context: ConnectionContext) => string | null) => {
    for (const document of server.hocuspocus.documents.values() as Iterable<Document>) {
      if (accountId && parseDocName(document.name)?.accountId !== accountId) continue
      for (const connection of document.getConnections()) {
        const context = connection.context as ConnectionContext
        const reason = refuse(context)
        if (!reason) continue
        log.warn('refused', { reason, document: document.name, user: context.user.id, socket: connection.socketId })
        connection.close(refusal(reason))
      }
    }
  }

  // onAuthenticate runs once per connection; a token revoked with remove-user, or a membership removed
  // through another instance, must also end connections that are already open.
  const recheck = setInterval(
    () =>
      closeWhere(null, ({ user, ref }) =>
        !store.getUser(user.id) ? SYNC_REFUSALS.unauthorized : !store.roleOf(ref.accountId, user.id) ? SYNC_REFUSALS.notMember : null
      ),
    options.accessRecheckMs ?? 5000
  )
  recheck.unref()

  const api = createHttpApi({
    store,
    log,
    instance: options.instance,
    startedAt,
    documentsCount: () => server.hocuspocus.getDocumentsCount(),
    onMemberRemoved: (accountId, userId) => closeWhere(accountId, ({ user }) => (user.id === userId ? SYNC_REFUSALS.notMember : null))
  })

  return {
    instance: options.instance,
    get port() {
      return server.address.port
    },
    store,
    log,
    async listen() {
      await server.listen()
      log.info('listening', { host: options.host ?? '127.0.0.1', port: server.address.port, redis: options.redis ? `${options.redis.host}:${options.redis.port}` : null })
    },
    destroy() {
      destroyed ??= (async () => {
        clearInterval(recheck)
        try {
          await server.destroy()
        } finally {
          store.close()
        }
      })()
      return destroyed
    }
  }
}
