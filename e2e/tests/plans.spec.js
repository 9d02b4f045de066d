// The plan library: a friend's link never costs the lifter a plan; plans can be renamed,
// duplicated, deleted (with Undo) and opened.
import { test, expect } from '@playwright/test';
import { backoff } from '../pages/index.js';

const MINE = './?v=1&e=Bench+press~100~strength&e=Squat~140~goto';
const FRIEND = './?v=1&e=Deadlift~200~goto';

test("my plan, a friend's link, then the bare address: both plans are kept and mine opens intact", async ({ page }) => {
  const { plan, plans, notice } = backoff(page);
  await page.goto(MINE);
  await expect(plans.title()).toHaveText('Plan: Bench press + Squat');
  await plans.stored('Bench press + Squat');
  const myLoads = await plan.allLoads();
  await page.goto(FRIEND);
  await expect(notice.message()).toContainText('"Deadlift" is now in your plans');
  expect(await plan.exerciseNames()).toEqual(['Deadlift']);
  // An installed app opens its bare start address: the plan used last, both listed.
  await page.goto('./');
  expect(await plan.exerciseNames()).toEqual(['Deadlift']);
  await plans.open();
  expect(await plans.names()).toEqual(['Bench press + Squat', 'Deadlift']);
  await plans.openPlan('Bench press + Squat');
  expect(await plan.exerciseNames()).toEqual(['Bench press', 'Squat']);
  expect(await plan.allLoads()).toEqual(myLoads);
  await expect(page).toHaveURL(/Bench\+press~100~strength/);
});

test("\"Don't keep it\" takes the link's plan away again", async ({ page }) => {
  const { plan, plans, notice } = backoff(page);
  await page.goto(MINE);
  await plans.stored('Bench press + Squat');
  await page.goto(FRIEND);
  await notice.dontKeepIt();
  expect(await plan.exerciseNames()).toEqual(['Bench press', 'Squat']);
  await expect(plans.title()).toHaveText('Plan: Bench press + Squat');
  await plans.open();
  await expect(page.getByRole('list', { name: 'Your plans' })).toHaveCount(0);
});

test('a plan opened from the library is the plan page\'s, and the back button keeps it', async ({ page }) => {
  const { plan, plans, settings } = backoff(page);
  await page.goto(MINE);
  await plans.stored('Bench press + Squat');
  await page.goto(FRIEND);
  await plans.stored('Deadlift');
  await plans.open();
  await plans.openPlan('Bench press + Squat');
  expect(await plan.exerciseNames()).toEqual(['Bench press', 'Squat']);
  // A setting changed on the setup page, then the phone's back button: the plan page's older
  // address does not bring the old bar back, nor add a plan.
  await settings.open();
  await settings.setBar('15');
  await page.goBack();
  await expect(plans.title()).toHaveText('Plan: Bench press + Squat');
  await expect(page).toHaveURL(/bar=15/);
  await plans.open();
  expect(await plans.names()).toEqual(['Bench press + Squat', 'Deadlift']);
});

test('a plan renamed, duplicated, deleted and brought back', async ({ page }) => {
  const { plans, notice } = backoff(page);
  await page.goto(MINE);
  await plans.open();
  await plans.rename('Day A');
  await expect(plans.title()).toHaveText('Plan: Day A');
  await plans.rename(' ');
  await expect(plans.nameError()).toHaveText('Give it a name.');
  await expect(plans.title()).toHaveText('Plan: Day A');
  await plans.rename('Day A');
  await plans.duplicate();
  await expect(plans.title()).toHaveText('Plan: Day A (copy)');
  await plans.rename('Day B');
  expect(await plans.names()).toEqual(['Day A', 'Day B']);
  await plans.deleteThisPlan();
  await expect(notice.message()).toContainText('Deleted the plan "Day B"');
  await expect(plans.title()).toHaveText('Plan: Day A');
  await notice.undo();
  await expect(plans.title()).toHaveText('Plan: Day B');
  // A reload keeps the library.
  await page.reload();
  await plans.open();
  expect(await plans.names()).toEqual(['Day A', 'Day B']);
});
