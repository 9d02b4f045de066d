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
  await expect.poll(() => plan.exerciseNames()).toEqual(['Deadlift']);
  // An installed app opens its bare start address: the plan used last, both listed.
  await page.goto('./');
  await expect.poll(() => plan.exerciseNames()).toEqual(['Deadlift']);
  await plans.open();
  expect(await plans.names()).toEqual(['Bench press + Squat', 'Deadlift']);
  await plans.openPlan('Bench press + Squat');
  await expect.poll(() => plan.exerciseNames()).toEqual(['Bench press', 'Squat']);
  await expect.poll(() => plan.allLoads()).toEqual(myLoads);
  await expect(page).toHaveURL(/Bench\+press~100~strength/);
});

test("\"Don't keep it\" takes the link's plan away again", async ({ page }) => {
  const { plan, plans, notice } = backoff(page);
  await page.goto(MINE);
  await plans.stored('Bench press + Squat');
  await page.goto(FRIEND);
  await notice.dontKeepIt();
  await expect.poll(() => plan.exerciseNames()).toEqual(['Bench press', 'Squat']);
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
  await expect.poll(() => plan.exerciseNames()).toEqual(['Bench press', 'Squat']);
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

test('sets edited and saved under a name are picked in another plan, and a deleted scheme comes back', async ({ page }) => {
  const { plan, notice } = backoff(page);
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plan.openSetEditor();
  // The work sets cut to 3 x 3.
  await plan.setGroupSets(3, '3');
  await plan.saveSetsAs('');
  await expect(plan.saveSchemeError()).toHaveText('Give it a name.');
  await plan.saveSetsAs('Heavy triples');
  await expect(notice.message()).toContainText('Saved "Heavy triples"');
  await expect(plan.saveSchemeError()).toHaveText('');
  await expect(plan.ownSchemes()).toHaveText([/Heavy triples · 6 sets, from Strength \+ back-off/]);
  await plan.doneEditingSets();
  await expect(plan.summary()).toContainText('Heavy triples');

  // A friend's deadlift plan, from a link: a plan of its own, and the scheme is in its list.
  await page.goto('./?v=1&e=Deadlift~200~goto');
  await plan.pickScheme('Heavy triples');
  await expect(plan.workSets()).toHaveCount(3);
  await expect(plan.loads()).toHaveCount(6);
  await expect(plan.summary()).toContainText('Heavy triples');

  // Deleted, the deadlift keeps its sets; Undo brings the scheme back.
  await plan.openSetEditor();
  await plan.deleteScheme('Heavy triples');
  await expect(plan.ownSchemes()).toHaveCount(0);
  await notice.undo();
  await expect(plan.ownSchemes()).toHaveCount(1);
  await plan.doneEditingSets();
  await expect(plan.loads()).toHaveCount(6);
});
