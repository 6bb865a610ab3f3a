export declare const IDENTITY_PATH: string
export declare function cspOf(indexHtml: string): string
export declare function resolveInside(root: string, urlPath: string): string | null
export declare function startStaticServer(options: {
  root: string
  host?: string
  port: number
  identity: object
}): Promise<{ url: string; port: number; close(): Promise<void> }>
