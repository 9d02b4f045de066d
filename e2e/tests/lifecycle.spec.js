// A page the browser froze (as Chrome does to hidden tabs) shows the right time as soon as it
// is resumed: the countdown comes from the stored end time, not from counting ticks.
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

test('a frozen and resumed page shows the right remaining time at once', async ({ page }) => {
  const { timer } = backoff(page);
  await page.goto('./');
  await timer.startRest('1:00');
  await expect(timer.clock()).toHaveText(/^(1:00|0:59)$/);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, 4_000));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  // Within 300 ms of resuming: 60 - 4 s (give or take the test's own latency).
  await expect(timer.clock()).toHaveText(/^0:5[4-6]$/, { timeout: 300 });
});
