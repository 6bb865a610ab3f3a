import { existsSync } from 'node:fs'
import { parseCommand, UsageError, USAGE, type Command } from './cli'
import { errorMessage } from './log'
import { openStore } from './store'
import { createSyncServer } from './syncServer'

// A document that cannot be stored keeps Hocuspocus from finishing; exit anyway rather than hang forever.
const SHUTDOWN_LIMIT_MS = 20_000

async function serve(command: Extract<Command, { command: 'serve' }>): Promise<void> {
  const server = createSyncServer({
    port: command.port,
    host: command.host,
    dbFile: command.dbFile,
    instance: command.instance,
    debounceMs: command.debounceMs,
    ...(command.redis ? { redis: command.redis } : {})
  })
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    server.log.info('shuttingDown', { signal })
    const limit = setTimeout(() => {
      server.log.error('shutdown', { signal, stored: false, message: `documents not stored within ${SHUTDOWN_LIMIT_MS} ms` })
      process.exit(1)
    }, SHUTDOWN_LIMIT_MS)
    server.destroy().then(
      () => {
        clearTimeout(limit)
        server.log.info('shutdown', { signal, stored: true })
        process.exit(0)
      },
      (error: unknown) => {
        server.log.error('shutdown', { signal, stored: false, message: errorMessage(error) })
        process.exit(1)
      }
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  await server.listen()
}

function withStore<T>(dbFile: string, run: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(dbFile)
  try {
    return run(store)
  } finally {
    store.close()
  }
}

async function main(argv: string[]): Promise<number> {
  let command: Command
  try {
    command = parseCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`${error.message}\n\n${USAGE}\n`)
    return 2
  }

  switch (command.command) {
    case 'serve':
      await serve(command)
      return -1
    case 'add-user':
      return withStore(command.dbFile, (store) => {
        if (store.getUser(command.id)) {
          process.stderr.write(`A user "${command.id}" already exists; remove-user it first to issue a new token.\n`)
          return 2
        }
        const token = store.addUser(command.id, command.name)
        process.stdout.write(`Added ${command.id} (${command.name}). Their token, shown only this once:\n${token}\n`)
        return 0
      })
    case 'remove-user':
      if (!existsSync(command.dbFile)) {
        process.stderr.write(`There is no database at ${command.dbFile}.\n`)
        return 2
      }
      return withStore(command.dbFile, (store) => {
        if (!store.removeUser(command.id)) {
          process.stderr.write(`There is no user "${command.id}".\n`)
          return 2
        }
        process.stdout.write(`Removed ${command.id}; their token no longer works.\n`)
        return 0
      })
    case 'list-users':
      return withStore(command.dbFile, (store) => {
        for (const user of store.listUsers()) process.stdout.write(`${user.id}\t${user.name}\n`)
        return 0
      })
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`The sync server stopped: ${errorMessage(error)}\n`)
    process.exit(1)
  }
)
