import { useEffect } from 'react'
import { useTeamSync } from '#data'
import { createLogger } from '#shared/log'
import { useHost } from './host'

const log = createLogger('SyncServerPolicy')

/**
 * Tells the desktop host which team server the Content-Security-Policy must let through: the saved one
 * while sync is on, none while it is off. When that changes, main reloads the window under the new policy.
 */
export function SyncServerPolicy() {
  const host = useHost()
  const { config } = useTeamSync()
  const serverUrl = config?.enabled ? config.serverUrl : null
  const known = config !== null
  useEffect(() => {
    if (!known && serverUrl === null) return
    host.setSyncServer({ serverUrl }).catch((error: unknown) => log.error('setSyncServer failed', error))
  }, [host, known, serverUrl])
  return null
}
