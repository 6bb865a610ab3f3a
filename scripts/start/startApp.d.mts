type Binary = { path: string; overridden: boolean }
export declare function fallbackExplanation(options: { reason: string; version: string }): string[]
export declare function startApp(deps: {
  electronVersion: string
  forceBrowser?: boolean
  findElectron(): Binary | { missing: string }
  installElectron(): Promise<{ ok: true } | { ok: false; reason: string }>
  startElectron(binary: Binary): Promise<number>
  startBrowser(): Promise<number>
  print(line: string): void
}): Promise<{ edition: 'electron' | 'browser'; exitCode: number }>
