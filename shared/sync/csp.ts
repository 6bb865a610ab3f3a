// The one rule for letting team sync through the Content-Security-Policy: exactly the configured
// server (its http(s) origin for the API, its ws(s) origin for the documents), and only while sync is on.

// scheme://host[:port] of an http(s) address; shared/ has no URL class, and a host may hold only these characters.
const HTTP_ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?(?=[/?#]|$)/i

/** The origins a team server at `serverUrl` needs in connect-src, or [] for an address that is not http(s). */
export function syncConnectSources(serverUrl: string): string[] {
  const match = HTTP_ORIGIN.exec(serverUrl.trim())
  if (!match) return []
  const [, scheme, host, port = ''] = match
  const secure = scheme!.toLowerCase() === 'https'
  const defaultPort = secure ? ':443' : ':80'
  const hostPort = `${host!.toLowerCase()}${port === defaultPort ? '' : port}`
  return [`${secure ? 'https' : 'http'}://${hostPort}`, `${secure ? 'wss' : 'ws'}://${hostPort}`]
}

/** `policy` with connect-src widened to the given team servers; unchanged when there are none. */
export function withSyncServers(policy: string, serverUrls: readonly string[]): string {
  const sources = [...new Set(serverUrls.flatMap(syncConnectSources))]
  if (sources.length === 0) return policy
  return policy.replace(/connect-src ([^;]*)/, (_, existing: string) => `connect-src ${existing} ${sources.join(' ')}`)
}
