// A named logger per module (architecture habit 10) instead of bare `console` calls; used by main and renderer.
export interface Logger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}

export function createLogger(name: string): Logger {
  const prefix = `[${name}]`
  return {
    info: (message, ...details) => console.info(prefix, message, ...details),
    warn: (message, ...details) => console.warn(prefix, message, ...details),
    error: (message, ...details) => console.error(prefix, message, ...details)
  }
}
