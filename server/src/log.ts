export type LogLevel = 'info' | 'warn' | 'error'
export type LogFields = Record<string, string | number | boolean | null | undefined>

/** One JSON object per line. Callers pass ids, names and sizes only: never a token or document content. */
export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

export type LogSink = (line: string) => void

export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`)
}

export const quietSink: LogSink = () => {}

export function createLogger(instance: string, sink: LogSink = stdoutSink): Logger {
  const write = (level: LogLevel, event: string, fields: LogFields = {}) =>
    sink(JSON.stringify({ time: new Date().toISOString(), level, instance, event, ...fields }))
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields)
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
