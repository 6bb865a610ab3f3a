import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'
import { BREACH_ANNOTATION } from './policyGuard'

/** Prints the run's totals of CSP violations and external requests, as recorded by fixtures.ts. */
export default class PolicyReporter implements Reporter {
  private csp = 0
  private external = 0

  onTestEnd(test: TestCase, result: TestResult): void {
    // The guard's own self-test provokes a breach on purpose and is expected to fail.
    if (test.expectedStatus === 'failed') return
    for (const { type, description } of result.annotations) {
      if (type === BREACH_ANNOTATION.csp) this.csp += Number(description)
      if (type === BREACH_ANNOTATION.external) this.external += Number(description)
    }
  }

  onEnd(): void {
    console.log(`\n${this.csp} CSP violations, ${this.external} external requests`)
  }

  printsToStdio(): boolean {
    return false
  }
}
