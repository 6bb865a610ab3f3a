export declare function findElectronBinary(
  electronDir: string,
  options?: { env?: NodeJS.ProcessEnv; platform?: string }
): { path: string; overridden: boolean } | { missing: string }
