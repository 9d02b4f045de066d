// State that survives: the URL is the plan, storage keeps settings and the back-off log, and
// nothing unreadable breaks the page.
import { devices } from '@playwright/test';
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

test('a bookmark reloaded in a fresh browser restores the plan exactly', async ({ page, browser }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./');
  await plan.typeMax('110');
  await plan.addExercise();
  await plan.nameExercise(2, 'Squat');
  await plan.typeMax('140', { exercise: 2 });
  await settings.open();
  await settings.roundTo('Nearest');
  await settings.done();
  await expect(page).toHaveURL(/round=nearest/);
  await expect(page).toHaveURL(/e=Squat~140~goto/);
  const before = await plan.loads().allTextContents();
  const url = page.url();

  const fresh = await browser.newContext({ ...devices['Pixel 7'] });
  const other = await fresh.newPage();
  const there = backoff(other);
  await other.goto(url);
  await expect(there.plan.loads()).toHaveText(before);
  await expect(there.plan.exerciseTitle(2)).toHaveText('Squat');
  await there.settings.open();
  await expect(there.settings.roundingChoice('Nearest')).toBeChecked();
  await fresh.close();
});

test('garbage in the URL: the page loads, says so, and keeps what it can', async ({ page }) => {
  const { plan, notice } = backoff(page);
  await page.goto('./?v=1&bar=banana&e=Bench+press~100~strength&e=%ZZ&e=Squat~~goto');
  await expect(notice.message()).toContainText('could not be read');
  // The broken exercise is dropped; one with no max asks for it.
  await expect(plan.exercises()).toHaveCount(2);
  await expect(plan.loads().nth(2)).toHaveText('85 kg');
  await expect(plan.noPlan(2)).toContainText('type your max');
  await expect(plan.setsOf(2)).toHaveCount(0);
});

for (const [what, link] of [
  ['a 1500 kg max', 'Bench~1500~goto'],
  ['an RPE of 8.3', 'Bench~140x5@8.3~goto'],
]) {
  test(`a link with ${what}, which the form would refuse, says so and asks for the max`, async ({ page }) => {
    const { plan, notice } = backoff(page);
    await page.goto(`./?v=1&e=${link}`);
    await expect(notice.message()).toContainText('Part of this link could not be read');
    await expect(plan.exerciseTitle(1)).toHaveText('Bench');
    await expect(plan.noPlan(1)).toContainText('type your max');
    await expect(plan.setsOf(1)).toHaveCount(0);
    // Typing a max the form takes plans it.
    await plan.typeMax('100');
    await expect(plan.setsOf(1)).toHaveCount(6);
  });
}

test('garbage in local storage: the page loads, says so, and keeps the old value aside', async ({ page }) => {
  const { plan, notice } = backoff(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('backoff.v1', '{"not": "ours"');
    }
  });
  await page.goto('./');
  await expect(notice.message()).toContainText('could not be read');
  await expect(plan.loads().first()).toHaveText('50 kg');
  expect(await page.evaluate(() => localStorage.getItem('backoff.unreadable'))).toBe('{"not": "ours"');
  await page.reload();
  await expect(notice.message()).toHaveCount(0);
});

test('the back-off result is logged and shown next time', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  const backOff = plan.backOffSet();
  await backOff.tick();
  await expect(backOff.doneButton()).toBeVisible();
  await plan.typeBackOffReps('50 kg', '28');
  await plan.saveResult();
  await expect(plan.logged()).toBeVisible();
  await page.reload();
  await expect(plan.lastTime()).toContainText('Last back-off: 28 reps at 50 kg');
});

test('light and dark themes at phone size (screenshots saved as artefacts)', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.typeMax('100');
  await plan.set(3).tick();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `artifacts/phone-${scheme}.png` });
    await page.screenshot({ path: `artifacts/phone-${scheme}-full.png`, fullPage: true });
  }
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 17, 20)');
});

test('opened with no plan in the address (an installed app), the last plan comes back', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Squat~140~goto');
  await expect(plan.exerciseTitle(1)).toHaveText('Squat');
  await page.goto('./');
  await expect(plan.exerciseTitle(1)).toHaveText('Squat');
  await expect(plan.firstSet().load()).toHaveText('125 kg');
});

test('checked sets and a logged result survive a reload; editing the set count clears the checks', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.firstSet().tick();
  await plan.backOffSet().tick();
  await plan.typeBackOffReps('50 kg', '25');
  await plan.saveResult();
  await page.reload();
  await expect(plan.firstSet().doneButton()).toBeVisible();
  await expect(plan.logged()).toBeVisible();
  await plan.openSetEditor();
  await plan.setGroupSets(3, '4');
  await plan.doneEditingSets();
  await expect(plan.firstSet().doneButton()).toHaveCount(0);
});

test('storage that refuses writes (full or blocked): the page still works and says settings are not saved', async ({ page }) => {
  const { plan, notice } = backoff(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await expect(notice.message()).toContainText('could not be saved');
  await plan.typeMax('120');
  await expect(plan.backOffSet().load()).toHaveText('60 kg');
});

test("a friend's link does not carry my checks, and stray parameters do not hide my plan", async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Squat~140~goto');
  await plan.firstSet().tick();
  await page.goto('./?fbclid=abc');
  await expect(plan.exerciseTitle(1)).toHaveText('Squat');
  await expect(plan.firstSet().doneButton()).toBeVisible();
  await page.goto('./?v=1&e=Bench+press~100~goto');
  await expect(plan.exerciseTitle(1)).toHaveText('Bench press');
  await expect(plan.firstSet().doneButton()).toHaveCount(0);
});
