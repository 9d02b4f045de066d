// Two tabs of the app in one browser: what one changes (a new max, a setting, a plan renamed)
// shows in the other, and using the other next neither loses it nor writes over it.
import { test, expect } from './fixtures.js';
import { backoff, SetRow } from '../pages/index.js';

const MINE = './?v=1&e=Bench+press~100~strength&e=Squat~140~goto';

/** A second tab of the same browser, on the plan page as the home-screen icon opens it. */
async function secondTab(page, path = './') {
  const other = await page.context().newPage();
  await other.goto(path);
  return other;
}

test('a new max in one tab shows in the other, and a set ticked there keeps it', async ({ page }) => {
  const mine = backoff(page);
  await page.goto(MINE);
  await mine.plans.stored('Bench press + Squat');
  const tab = await secondTab(page);
  const other = backoff(tab);
  await expect(other.plan.summary(1)).toContainText('1RM 100 kg');

  // At home on the phone's other tab: the bench max goes up.
  await mine.plan.typeMax('120');
  await mine.plan.closeSetup();
  await expect(other.plan.summary(1)).toContainText('1RM 120 kg');

  // At the rack, on the tab left open: the squat's first set.
  await new SetRow(other.plan.setsOf(2).first()).tick();
  await expect(new SetRow(mine.plan.setsOf(2).first()).doneButton()).toBeVisible();

  // Both are stored: a reload of either shows the new max and the tick.
  for (const p of [page, tab]) {
    await p.reload();
    const { plan } = backoff(p);
    await expect(plan.summary(1)).toContainText('1RM 120 kg');
    await expect(new SetRow(plan.setsOf(2).first()).doneButton()).toBeVisible();
  }
  await tab.close();
});

test('a setting and a new plan name from the setup page in another tab survive the plan tab\'s next tick', async ({ page }) => {
  const mine = backoff(page);
  await page.goto(MINE);
  await mine.plans.stored('Bench press + Squat');
  const tab = await secondTab(page, './setup/');
  const setup = backoff(tab);
  await setup.settings.setBar('15');
  await setup.plans.rename('Day A');
  await mine.plans.stored('Day A');

  // The plan tab shows both without a reload.
  await expect(mine.plans.title()).toHaveText('Plan: Day A');
  await expect(page).toHaveURL(/bar=15/);

  // Used next, it writes over neither.
  await mine.plan.firstSet().tick();
  await page.reload();
  await expect(mine.plans.title()).toHaveText('Plan: Day A');
  await expect(page).toHaveURL(/bar=15/);
  await expect(mine.plan.firstSet().doneButton()).toBeVisible();
  await tab.reload();
  await expect(setup.settings.barField()).toHaveValue('15');
  await tab.close();
});
