// A named logger per module (architecture habit 10) instead of bare `console` calls; used by main and renderer.
export interface Logger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}

type ConsoleLike = Pick<Logger, 'info' | 'warn' | 'error'>

// shared/ is type-checked without DOM or Node types (tsconfig.shared.json); every process has a console.
const console = (globalThis as unknown as { console: ConsoleLike }).console

export function createLogger(name: string): Logger {
  const prefix = `[${name}]`
  return {
    info: (message, ...details) => console.info(prefix, message, ...details),
    warn: (message, ...details) => console.warn(prefix, message, ...details),
    error: (message, ...details) => console.error(prefix, message, ...details)
  }
}
