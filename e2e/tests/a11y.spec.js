// Accessibility: an axe-core scan of the plan page with every panel open, and of the setup page,
// finds nothing, in both themes, and every control is big enough for a thumb.
import AxeBuilder from '@axe-core/playwright';
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

// Opens every setup and panel. The page draws after the load event (the wasm starts then), so
// it is counted once it has.
const openAll = async (page) => {
  const { app, plan } = backoff(page);
  await expect(plan.exercises().first()).toBeVisible();
  await app.openEverything();
  await expect(plan.maxField()).toBeVisible();
};

/** The setup page, from the plan page, with two plans listed and a plate about to be added. */
const openSetup = async (page) => {
  const { plan, plans, settings } = backoff(page);
  await page.goto('./?v=1&e=Deadlift~200~goto');
  await plans.stored('Deadlift');
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plans.stored('Bench press');
  await settings.open();
  await page.getByLabel('Plate weight to add').fill('0.25');
  // A scheme of the lifter's own in the list, and a name refused beside its box.
  await plan.setGroupSets(3, '3');
  await plan.saveSetsAs('Heavy triples');
  await expect(plan.ownSchemes()).toHaveCount(1);
  await plan.saveSetsAs('');
  await expect(plan.saveSchemeError()).toHaveText('Give it a name.');
};

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations (${scheme})`, async ({ page }) => {
    const { plan } = backoff(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await plan.lastSet().tick();
    await openAll(page);
    await plan.estimateFromASet();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('touch targets are at least 44 px', async ({ page }) => {
  const { app } = backoff(page);
  await page.goto('./');
  await openAll(page);
  const small = (await app.tapTargets()).filter((r) => r.height < 44 || r.width < 44);
  expect(small).toEqual([]);
});

test('the page works with a keyboard', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.openSetup();
  await plan.maxField().focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('120');
  const backOff = plan.backOffSet();
  await backOff.checkButton().focus();
  await page.keyboard.press('Enter');
  await expect(backOff.doneButton()).toBeVisible();
});

test('nothing overflows sideways on a 360 px phone, with every panel open and the timer running', async ({ page }) => {
  const { plan } = backoff(page);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./');
  await openAll(page);
  await plan.estimateFromASet();
  await plan.firstSet().tick();
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(360);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations on the setup page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSetup(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('on the setup page, touch targets are at least 44 px and nothing overflows at 360 px', async ({ page }) => {
  const { app } = backoff(page);
  await page.setViewportSize({ width: 360, height: 640 });
  await openSetup(page);
  const small = (await app.tapTargets()).filter((r) => r.height < 44 || r.width < 44);
  expect(small).toEqual([]);
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(360);
});
