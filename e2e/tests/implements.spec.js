// Every lift on its real implement: the article's curl on an EZ bar, the Goto study's leg press
// on a plate-loaded machine, a weighted dip and an assisted pull-up, and a link that carries them.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { backoff } from '../pages/index.js';

test("the article's biceps curl goes on an EZ bar by its name, and every set loads", async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.nameExercise(1, 'Biceps curl');
  await plan.typeMax('40');
  await plan.pickScheme('Accessory + back-off');
  await plan.closeSetup();
  await expect(plan.summary(1)).toContainText('EZ curl bar');
  for (const text of await plan.page.getByTestId('plates').allTextContents()) {
    expect(text).not.toMatch(/Lighter|More than/);
  }
  // Its bar weighs what the lifter's does: set once, at home, on the setup page.
  await plan.setBarWeight('8');
  await expect(page).toHaveURL(/zez%3A8|zez:8/);
});

test('the Goto leg press at 250 kg loads on a plate-loaded machine, its sled counted or not', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Squat~140~goto');
  await plan.addExercise();
  await plan.nameExercise(2, 'Leg press');
  await plan.typeMax('250', { exercise: 2 });
  await plan.closeSetup(2);
  await expect(plan.summary(2)).toContainText('Plate-loaded machine');
  const firstWork = plan.exercise(2).locator('[data-testid="set-row"][data-kind="work"]').first();
  await expect(firstWork.getByTestId('load')).toHaveText('225 kg');
  await expect(firstWork.getByTestId('plates')).toHaveText('4×25 + 10 + 2.5 a side');
  // A 50 kg sled, set on the setup page: the plates carry the rest.
  await plan.setSled('50', 'kg', 2);
  await expect(firstWork.getByTestId('plates')).toHaveText('3×25 + 10 + 2.5 a side');
  // A sled of less than nothing is refused beside its box; the plan keeps the last good one.
  await plan.openSetEditor(2);
  await plan.fillGear(plan.sledField('kg', 2), '-5');
  await expect(plan.gearError(plan.sledField('kg', 2))).toHaveText('Use a value from 0 to 500.');
  await plan.doneEditingSets();
  await expect(firstWork.getByTestId('plates')).toHaveText('3×25 + 10 + 2.5 a side');
});

test('a weighted dip and an assisted pull-up plan on bodyweight, added or assisted', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Dip~40~goto~~w5&e=Pull-up~-15~goto~~w5');
  await expect(plan.noPlan(1)).toHaveText('No plan yet: type your bodyweight.');
  await plan.openSetup(1);
  await plan.setBodyweight('80');
  await plan.closeSetup(1);
  await expect(plan.summary(1)).toContainText('1RM bodyweight + 40 kg');
  const dipWork = plan.exercise(1).locator('[data-testid="set-row"][data-kind="work"]').first();
  // "BW" on the row, as lifters write it; the row's button says it whole.
  await expect(dipWork.getByTestId('load')).toHaveText('BW + 27.5 kg');
  await expect(dipWork.getByRole('button', { name: /^Mark set \d+ done: \d+ reps? at bodyweight \+ 27\.5 kg, 25 \+ 2\.5 on the belt/ })).toBeVisible();
  await expect(dipWork.getByTestId('plates')).toHaveText('25 + 2.5 on the belt');
  const pullBackOff = plan.exercise(2).locator('[data-testid="set-row"][data-kind="back-off"]');
  await expect(pullBackOff.getByTestId('load')).toHaveText('BW − 50 kg');
  await expect(pullBackOff.getByTestId('plates')).toHaveText('50 kg of assistance');
  await expect(page).toHaveURL(/bw=80/);
});

test('a link with implements plans the same in a fresh browser', async ({ page, browser, baseURL }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Biceps+curl~40~accessory~~zez:8&e=Leg+press~250~goto~~s50&e=Lateral+raise~14~accessory~~d1-10:1,12-30:2&e=Dip~40~goto~~w5&bw=80');
  const loads = await plan.allLoads();
  expect(loads.some((l) => l.includes('each hand'))).toBe(true);
  const link = page.url();
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect.poll(() => backoff(other).plan.allLoads()).toEqual(loads);
  await fresh.close();
});

test('what is on the bar: tap the plates on one side and read the total in both units', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plan.openSetup();
  const weigh = page.getByTestId('weigh');
  await weigh.locator('summary').click();
  await expect(weigh.getByTestId('weighed')).toHaveText(/^20 kg \(44\.1 lb\)/);
  for (const plate of ['25 kg', '10 kg', '2.5 kg']) {
    await weigh.getByRole('button', { name: `Put on ${plate}` }).click();
  }
  await expect(weigh.getByTestId('weighed')).toHaveText('95 kg (209.4 lb) · 25 + 10 + 2.5 a side');
  await weigh.getByRole('button', { name: 'Take off the last' }).click();
  await expect(weigh.getByTestId('weighed')).toHaveText('90 kg (198.4 lb) · 25 + 10 a side');
});

test('an exercise switched to another implement and back keeps its weights, after a reload too', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Leg+press~250~goto~~s50');
  await plan.pickEquipment('Barbell');
  await plan.pickEquipment('Plate-loaded machine');
  await plan.openSetEditor();
  await expect(plan.sledField()).toHaveValue('50');
  await plan.doneEditingSets();
  await plan.pickEquipment('Barbell');
  await page.reload();
  await plan.pickEquipment('Plate-loaded machine');
  await plan.openSetEditor();
  await expect(plan.sledField()).toHaveValue('50');
});

test('fewest plate changes: the same loads, fewer plates moved, and the card says how many', async ({ page }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./?v=1&e=Squat~180~strength~~~ramp');
  // The link's plan drawn, ramp and all, before its loads are read.
  await expect(plan.summary(1)).toContainText('180 kg');
  await expect(plan.loads().last()).toHaveText('90 kg');
  const loads = await plan.loads().allTextContents();
  await expect(plan.exercise(1).getByTestId('moves')).toHaveCount(0);
  await settings.open();
  await page.getByLabel('Fewest changes').check();
  await settings.done();
  await expect(plan.loads()).toHaveText(loads);
  await expect(plan.exercise(1).getByTestId('moves')).toHaveText(/^(\d+) plate moves a side; (\d+) with fewest plates$/);
  const [moved, plain] = (await plan.exercise(1).getByTestId('moves').textContent()).match(/\d+/g).map(Number);
  expect(moved).toBeLessThan(plain);
  await expect(page).toHaveURL(/goal=changes/);
});

test.describe('every implement at 360 and 412 px, both themes', () => {
  test.skip(({ baseURL }) => baseURL.includes('/backoff/'), 'the layout does not depend on the path');
  const ALL =
    './?v=1&bw=80&e=Biceps+curl~40~accessory~~zez:10&e=Leg+press~250~goto~~s0' +
    '&e=Lateral+raise~14~accessory~~d1-10:1,12-30:2&e=Leg+extension~90~accessory~~m5:5:100:1.25,2.5' +
    '&e=Pull-up~-15~goto~~w5&e=T-bar+row~80~strength~~o0';
  for (const width of [360, 412]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${width} px, ${colorScheme}: nothing cut off or drawn over, targets a thumb can tap, axe clean`, async ({ page }) => {
        const { app, layout, plan, settings } = backoff(page);
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(ALL);
        await expect(plan.exercises()).toHaveCount(6);
        await app.openEverything();
        // The plan page, then the setup page with every exercise's equipment.
        for (const where of ['plan', 'setup']) {
          if (where === 'setup') {
            await settings.open();
            await expect(plan.dumbbellsField('kg', 3)).toBeVisible();
            await expect(plan.stepsField('kg', 4)).toBeVisible();
          }
          expect(await layout.sidewaysScroll(), where).toBe(0);
          expect(await layout.cutOff(), where).toEqual([]);
          expect(await layout.overlaps(), where).toEqual([]);
          const small = (await app.tapTargets()).filter((r) => r.height < 44 || r.width < 44);
          expect(small, where).toEqual([]);
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        }
      });
    }
  }
});
