// Shared test setup: every test fails on a console error, a page error, a Content-Security-Policy
// violation, or a request that leaves the page's own origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await use(page);
    if (!page.isClosed()) {
      const csp = await page.evaluate(() => window.__csp ?? []).catch(() => []);
      problems.push(...csp.map((v) => `CSP violation: ${v}`));
    }
    expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
  },
});

export { expect };

/** Waits until the service worker controls the page. On a loaded machine the first load may not
 * be claimed in time, so it reloads once and waits again. */
export async function untilOffline(page) {
  const controlled = () =>
    page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10_000 });
  await controlled().catch(async () => {
    await page.reload();
    await controlled();
  });
}
