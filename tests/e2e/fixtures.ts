import { test as base, expect } from '@playwright/test'
import { BREACH_ANNOTATION, recordPolicyBreaches } from './policyGuard'

export { expect }

/**
 * Every e2e test runs under this guard: a CSP violation or a request leaving the app's origin fails the
 * test, and the counts go to policyReporter, which prints the run's totals.
 */
export const test = base.extend<{ policy: Awaited<ReturnType<typeof recordPolicyBreaches>> }>({
  policy: [
    async ({ context, baseURL }, use, testInfo) => {
      const policy = await recordPolicyBreaches(context, baseURL ? [new URL(baseURL).origin] : [])
      await use(policy)
      const count = (kind: string) => policy.breaches.filter((b) => b.kind === kind).length
      testInfo.annotations.push(
        { type: BREACH_ANNOTATION.csp, description: String(count('csp')) },
        { type: BREACH_ANNOTATION.external, description: String(count('external')) }
      )
      expect(policy.breaches, 'CSP violations and requests that left the app').toEqual([])
    },
    { auto: true }
  ]
})
