import { hostname } from 'node:os'
import { parseArgs } from 'node:util'
import { teamUserSchema } from '#shared/sync/api'
import { z } from '#shared/schemas/zod'

export const USAGE = `Usage:
  sync-server serve [--port 1234] [--host 127.0.0.1] [--db ./atlas-sync.sqlite] [--redis redis://127.0.0.1:6379] [--instance name] [--debounce 300]
  sync-server add-user <id> "<name>" [--db ./atlas-sync.sqlite]
  sync-server remove-user <id> [--db ./atlas-sync.sqlite]
  sync-server list-users [--db ./atlas-sync.sqlite]`

export type Command =
  | { command: 'serve'; port: number; host: string; dbFile: string; redis?: { host: string; port: number }; instance: string; debounceMs: number }
  | { command: 'add-user'; id: string; name: string; dbFile: string }
  | { command: 'remove-user'; id: string; dbFile: string }
  | { command: 'list-users'; dbFile: string }

/** A sentence for the admin, printed instead of a stack trace. */
export class UsageError extends Error {}

const portSchema = z.coerce.number().int().min(0).max(65535)
const redisSchema = z
  .string()
  .regex(/^redis:\/\/[^/\s:]+(:\d{1,5})?\/?$/)
  .transform((value) => {
    const url = new URL(value)
    return { host: url.hostname, port: Number(url.port || 6379) }
  })
const instanceSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/)

function check<T>(schema: z.ZodType<T>, value: unknown, sentence: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new UsageError(sentence)
  return parsed.data
}

export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}.`)
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  const dbFile = check(z.string().min(1), values.db ?? './atlas-sync.sqlite', 'The --db option needs a file name.')
  const expect = (count: number, what: string) => {
    if (rest.length !== count) throw new UsageError(`${command} takes ${what}.`)
  }

  switch (command) {
    case 'serve':
      expect(0, 'no positional arguments, only options')
      return {
        command,
        port: check(portSchema, values.port ?? '1234', `The port must be a whole number from 0 to 65535, not "${values.port}".`),
        host: check(z.string().min(1), values.host ?? '127.0.0.1', 'The --host option needs an address.'),
        dbFile,
        ...(values.redis !== undefined
          ? { redis: check(redisSchema, values.redis, `The Redis address must look like redis://127.0.0.1:6379, not "${values.redis}".`) }
          : {}),
        instance: check(instanceSchema, values.instance ?? `${hostname()}-${process.pid}`, 'The instance name may hold only letters, digits, dots, dashes and underscores (at most 64).'),
        debounceMs: check(z.coerce.number().int().min(0).max(60_000), values.debounce ?? '300', 'The debounce must be a number of milliseconds from 0 to 60000.')
      }
    case 'add-user': {
      expect(2, 'a user id and a name, e.g. add-user anna "Anna Berg"')
      const user = check(teamUserSchema, { id: rest[0], name: rest[1] }, 'The user id must be lowercase letters, digits, dots, dashes or underscores (at most 40, starting with a letter or digit) and the name 1 to 80 characters.')
      return { command, id: user.id, name: user.name, dbFile }
    }
    case 'remove-user':
      expect(1, 'one user id')
      return { command, id: check(teamUserSchema.shape.id, rest[0], `"${rest[0]}" is not a valid user id.`), dbFile }
    case 'list-users':
      expect(0, 'no positional arguments')
      return { command, dbFile }
    case undefined:
      throw new UsageError('Say which command to run.')
    default:
      throw new UsageError(`"${command}" is not a command.`)
  }
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  redis: { type: 'string' },
  instance: { type: 'string' },
  debounce: { type: 'string' }
} as const
