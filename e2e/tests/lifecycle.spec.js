// A page the browser froze (as Chrome does to hidden tabs) shows the right time as soon as it
// is resumed: the countdown comes from the stored end time, not from counting ticks.
import { test, expect } from './fixtures.js';

test('a frozen and resumed page shows the right remaining time at once', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '1:00', exact: true }).click();
  await expect(page.getByTestId('timer-clock')).toHaveText(/^(1:00|0:59)$/);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, 4_000));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  // Within 300 ms of resuming: 60 - 4 s (give or take the test's own latency).
  await expect(page.getByTestId('timer-clock')).toHaveText(/^0:5[4-6]$/, { timeout: 300 });
});
