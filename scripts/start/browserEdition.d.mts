export declare const DEFAULT_PORT: number
export declare function webBuildIsStale(repoRoot: string): boolean
export declare function startBrowserEdition(options: {
  repoRoot: string
  env?: NodeJS.ProcessEnv
  print?: (line: string) => void
  openWindow?: boolean
}): Promise<{ url: string; reused: boolean; stop(): Promise<void>; finished: Promise<unknown> }>
