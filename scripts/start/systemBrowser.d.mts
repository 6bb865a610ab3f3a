interface PlatformOptions {
  platform?: string
  env?: NodeJS.ProcessEnv
  home?: string
}
export declare function userDataDir(options?: PlatformOptions): string
export declare function browserCandidates(options?: PlatformOptions): string[]
export declare function findBrowser(options?: PlatformOptions, exists?: (path: string) => boolean): string | null
export declare function hasDisplay(options?: { platform?: string; env?: NodeJS.ProcessEnv }): boolean
export declare function appWindowArgs(options: { url: string; profileDir: string; isRoot?: boolean }): string[]
