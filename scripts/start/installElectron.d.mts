export declare function installElectron(
  electronDir: string,
  options?: { env?: NodeJS.ProcessEnv }
): Promise<{ ok: true } | { ok: false; reason: string }>
export declare function describeFailure(report: string): string
