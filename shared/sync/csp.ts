// The one rule for letting team sync through the Content-Security-Policy: exactly the configured
// server (its http(s) origin for the API, its ws(s) origin for the documents), and only while sync is on.

/** The origins a team server at `serverUrl` needs in connect-src, or [] for an address that is not http(s). */
export function syncConnectSources(serverUrl: string): string[] {
  let url: URL
  try {
    url = new URL(serverUrl)
  } catch {
    return []
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return []
  return [url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`]
}

/** `policy` with connect-src widened to the given team servers; unchanged when there are none. */
export function withSyncServers(policy: string, serverUrls: readonly string[]): string {
  const sources = [...new Set(serverUrls.flatMap(syncConnectSources))]
  if (sources.length === 0) return policy
  return policy.replace(/connect-src ([^;]*)/, (_, existing: string) => `connect-src ${existing} ${sources.join(' ')}`)
}
