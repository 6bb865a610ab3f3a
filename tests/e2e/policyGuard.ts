import type { BrowserContext } from '@playwright/test'

/** Test annotations the guard leaves for policyReporter: the counts of each kind of breach. */
export const BREACH_ANNOTATION = { csp: 'csp-violations', external: 'external-requests' } as const

export interface PolicyBreach {
  kind: 'csp' | 'external'
  detail: string
}

declare global {
  interface Window {
    __atlasReportCspViolation?: (detail: string) => void
  }
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:', 'devtools:'])

/**
 * Records every Content-Security-Policy violation in any frame of the context and every request to an
 * origin other than the app's. Call before the first page opens.
 */
export async function recordPolicyBreaches(context: BrowserContext, appOrigins: string[]) {
  const breaches: PolicyBreach[] = []
  const allowed = new Set(appOrigins)
  await context.exposeBinding('__atlasReportCspViolation', (_source, detail: string) => {
    breaches.push({ kind: 'csp', detail })
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__atlasReportCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (LOCAL_SCHEMES.has(url.protocol) || allowed.has(url.origin)) return
    breaches.push({ kind: 'external', detail: `${request.method()} ${request.url()}` })
  })
  return {
    breaches,
    /** Another origin that serves this app (the browser edition started by `npm start`). */
    allowOrigin(url: string) {
      allowed.add(new URL(url).origin)
    }
  }
}
