import { expect as baseExpect, test as baseTest } from '@playwright/test'
import { expect, test } from './fixtures'
import { recordPolicyBreaches } from './policyGuard'

// The guard itself: it must see what it is there to catch, and a test that provokes either fails.

/** An inline script, which the app's CSP (script-src 'self') refuses. (Playwright's own evaluate is exempt.) */
function injectInlineScript() {
  const script = document.createElement('script')
  script.textContent = 'window.__inlineRan = true'
  document.body.append(script)
}

baseTest('the guard records a CSP violation and a request to another origin', async ({ browser, baseURL }) => {
  const context = await browser.newContext()
  const policy = await recordPolicyBreaches(context, [new URL(baseURL!).origin])
  const page = await context.newPage()
  // Nothing may leave the machine, even from this test: the outside request is answered here.
  await page.route('https://outside.example/**', (route) => route.fulfill({ body: 'outside' }))
  await page.goto('./')
  await page.evaluate(injectInlineScript)
  await baseExpect.poll(() => policy.breaches.filter((b) => b.kind === 'csp').length).toBe(1)
  await page.goto('https://outside.example/page')
  baseExpect(policy.breaches.filter((b) => b.kind === 'external').map((b) => b.detail)).toEqual(['GET https://outside.example/page'])
  await context.close()
})

test('a test that breaks the CSP fails', async ({ page }) => {
  test.fail()
  await page.goto('./')
  await expect(page.getByTestId('app-shell')).toBeVisible()
  await page.evaluate(injectInlineScript)
  await page.waitForTimeout(200)
})
