import { Dexie } from 'dexie'

/**
 * The middlewares below ours (Dexie's cache and hooks) read the current transaction from Dexie's zone
 * when they are called, and a native `await` leaves that zone; so a middleware that awaits before calling
 * down makes that call inside the zone the write arrived in.
 */
export type Zone = unknown
const zones = Dexie.Promise as unknown as { PSD: Zone }

export const currentZone = (): Zone => zones.PSD

export function inZone<R>(zone: Zone, call: () => R): R {
  const outer = zones.PSD
  zones.PSD = zone
  try {
    return call()
  } finally {
    zones.PSD = outer
  }
}
