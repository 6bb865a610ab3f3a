import { createContext, useContext, type ReactNode } from 'react'
import type { HostApi } from '#host/HostApi'

const HostContext = createContext<HostApi | null>(null)

export function HostProvider({ host, children }: { host: HostApi; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>
}

export function useHost(): HostApi {
  const host = useContext(HostContext)
  if (!host) throw new Error('useHost outside HostProvider')
  return host
}
