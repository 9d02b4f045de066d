// Sessions by day: the sets ticked on Monday evening are not still ticked on Tuesday afternoon,
// and a reload within the session keeps them.
import { test, expect } from '@playwright/test';
import { backoff } from '../pages/index.js';

test('a session ticked at 18:00 shows nothing ticked at 14:00 the next day', async ({ page }) => {
  const { plan, plans } = backoff(page);
  await page.clock.install({ time: new Date('2026-11-30T18:00:00') });
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plans.stored('Bench press');
  await plan.set(1).tick();
  await plan.set(2).tick();
  // An hour later, the same session: still ticked.
  await page.clock.setSystemTime(new Date('2026-11-30T19:00:00'));
  await page.reload();
  await expect(plan.set(2).doneButton()).toBeVisible();
  // The next afternoon: a fresh session, nothing ticked.
  await page.clock.setSystemTime(new Date('2026-12-01T14:00:00'));
  await page.reload();
  await expect(plan.set(1).checkButton()).toBeVisible();
  await expect(plan.set(1).doneButton()).toHaveCount(0);
  await expect(plan.set(2).doneButton()).toHaveCount(0);
});
