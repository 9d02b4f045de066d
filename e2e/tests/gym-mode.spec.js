// Gym mode on common phones: the sets come first, the next set is marked and comes into view
// after each tick, the timer bar stays slim and never hides the set or the focus, the session
// ends cleanly, and fields help rather than scold.
import AxeBuilder from '@axe-core/playwright';
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
  { width: 768, height: 1024 },
];
const SQUAT = './?v=1&e=Squat~140~goto';
// Two exercises, one from a set done on dumbbells, one 5/3/1 week.
const TWO = './?v=1&e=Bench+press~100x5@8~strength~~f2:2:60&e=Squat~140~531w3';

for (const size of PHONES) {
  test.describe(`${size.width} x ${size.height}`, () => {
    test.use({ viewport: size });

    test('a bookmarked plan shows a whole set above the bar on the first screen', async ({ page }) => {
      const { layout, plan } = backoff(page);
      await page.goto(SQUAT);
      await expect(plan.summary(1)).toHaveText('1RM 140 kg · Goto back-off · Barbell');
      await expect(plan.maxField()).toHaveCount(0);
      expect(await layout.fullyAboveTheBar(plan.firstSet().row)).toBe(true);
      await expect(plan.firstSet().upNext()).toBeVisible();
      expect((await layout.bar()).height).toBeLessThanOrEqual(64);
    });

    test('each tick brings the next set fully into view above the running bar', async ({ page }) => {
      const { layout, plan, timer } = backoff(page);
      // With motion: the page scrolls smoothly, and the check waits for it to arrive.
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.goto(TWO);
      const count = await plan.setCount();
      // Bench press's 8 sets, then 5/3/1's 11.
      expect(count).toBe(19);
      for (let n = 1; n < count; n += 1) {
        await plan.set(n).tick();
        await expect(timer.clock()).toBeVisible();
        await expect(plan.set(n + 1).upNext()).toBeVisible();
        await expect.poll(() => layout.fullyAboveTheBar(plan.set(n + 1).row)).toBe(true);
      }
      const bar = await layout.bar();
      expect(bar.height).toBeLessThanOrEqual(128);
    });

    test('the focus never lands behind the bar', async ({ page }) => {
      const { layout, plan } = backoff(page);
      await page.goto(TWO);
      await plan.set(1).tick();
      const count = await plan.setCount();
      for (let n = 2; n <= count; n += 1) {
        await plan.set(n).checkButton().focus();
        expect(await layout.fullyAboveTheBar(plan.set(n).checkButton()), `set ${n}`).toBe(true);
      }
    });
  });
}

test.describe('every width, both themes, every panel open, the timer idle, running and over', () => {
  test.skip(({ baseURL }) => baseURL.includes('/backoff/'), 'the layout does not depend on the path');
  for (const width of [320, 360, 390, 412, 768, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${width} px, ${colorScheme}`, async ({ page }) => {
        const { app, layout, notice, plan, timer } = backoff(page);
        await page.clock.install({ time: new Date('2026-12-02T10:00:00') });
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(TWO);
        await expect(plan.exercises()).toHaveCount(2);
        await app.openEverything();
        // The link reads whole.
        await expect(notice.message()).toHaveCount(0);
        const check = async (state) => {
          expect(await layout.sidewaysScroll(), `${state}: sideways scroll`).toBe(0);
          expect(await layout.cutOff(), `${state}: cut off`).toEqual([]);
          expect(await layout.overlaps(), `${state}: drawn over`).toEqual([]);
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        };
        await check('idle');
        await plan.set(1).tick();
        await expect(timer.clock()).toBeVisible();
        await check('running');
        await page.clock.runFor(4 * 60_000);
        await expect(timer.status()).toHaveText('Rest over');
        await check('over');
      });
    }
  }
});

test('Enter saves the back-off result, and the last tick ends the session with no rest to nowhere', async ({ page }) => {
  const { plan, timer } = backoff(page);
  await page.goto(SQUAT);
  const count = await plan.setCount();
  for (let n = 1; n < count; n += 1) await plan.set(n).tick();
  await expect(timer.clock()).toBeVisible();
  await plan.lastSet().tick();
  await expect(timer.sessionDone()).toContainText('Session done');
  await expect(timer.clock()).toHaveCount(0);
  await expect(timer.announcement()).toHaveText('Session done.');
  await plan.backOffRepsField('70 kg').fill('18');
  await plan.backOffRepsField('70 kg').press('Enter');
  await expect(plan.logged()).toBeFocused();
  expect(await timer.startOverFromTheBar()).toContain('go to your history');
  await expect(timer.sessionDone()).toHaveCount(0);
  await expect(plan.firstSet().upNext()).toBeVisible();
  await expect(plan.lastTime()).toContainText('18 reps at 70 kg');
});

test('a back-off result the form refuses says why once the lifter tries to save it', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto(SQUAT);
  await plan.lastSet().tick();
  const reps = plan.backOffRepsField('70 kg');
  await reps.fill('0');
  await expect(plan.backOffRepsError()).toHaveText('');
  await reps.press('Enter');
  await expect(plan.backOffRepsError()).not.toHaveText('');
  await expect(plan.logged()).toHaveCount(0);
});

test('Enter starts a custom rest; a bad one says why', async ({ page }) => {
  const { timer } = backoff(page);
  await page.goto(SQUAT);
  await timer.startCustomRestWithEnter('1:3x');
  await expect(timer.customRestError()).not.toHaveText('');
  await expect(timer.clock()).toHaveCount(0);
  await timer.startCustomRestWithEnter('1:30');
  await expect(timer.clock()).toHaveText(/1:(30|29)/);
});

test('the first visit says what to type and marks the example until it is changed', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await expect(plan.firstVisitHint()).toContainText('type your max, or a set you just did');
  await expect(plan.exampleMark()).toBeVisible();
  await page.reload();
  await expect(plan.exampleMark()).toBeVisible();
  await plan.typeYourMax();
  await expect(plan.maxField()).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('120');
  await expect(plan.exampleMark()).toHaveCount(0);
  await expect(plan.firstVisitHint()).toHaveCount(0);
  await page.reload();
  await expect(plan.exampleMark()).toHaveCount(0);
});

test('a card closes to one line, but not over a bad value; a new exercise opens with its name focused', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto(SQUAT);
  await plan.typeMax('15x');
  await plan.closeSetup();
  await expect(plan.maxError()).toHaveText('That is not a number.');
  await expect(plan.maxField()).toHaveValue('15x');
  await plan.typeMax('150');
  await plan.closeSetup();
  await expect(plan.maxField()).toHaveCount(0);
  await expect(plan.summary(1)).toHaveText('1RM 150 kg · Goto back-off · Barbell');
  await plan.addExercise();
  await expect(plan.nameField(2)).toBeFocused();
  await expect(plan.setupButton(2)).toHaveAttribute('aria-expanded', 'true');
});

test('from a set: no stale estimate and no message before the set is typed; labels stay in line', async ({ page }) => {
  const { plan, settings } = backoff(page);
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto(SQUAT);
  await plan.estimateFromASet();
  await expect(plan.estimate()).toHaveCount(0);
  await expect(plan.setLoadError()).toHaveText('');
  await expect(plan.setRepsError()).toHaveText('');
  const tops = await plan.setFieldTops();
  expect(new Set(tops).size).toBe(1);
  await plan.typeSetLoad('100');
  await plan.typeSetReps('5');
  await expect(plan.estimate()).toContainText('Estimated 1RM');
  // A label that wraps (the default rests at 320 px) keeps its box in line with its row.
  await page.setViewportSize({ width: 320, height: 640 });
  await settings.open();
  const [warmUp, work] = await settings.restFieldTops();
  expect(warmUp).toBe(work);
});

test('rounding stays quiet under a point; 5/3/1 sets show their % of the training max', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Squat~101~goto');
  // 90% of 101 is 90.9, loaded as 90 kg: 89.1%, under a point off.
  await expect(plan.firstSet().percent()).toHaveText('89.1%');
  await expect(plan.firstSet().asked()).toHaveCount(0);
  await page.goto('./?v=1&e=Press~100~531w3');
  // Training max 90; the top set is 95% of it, 85.5 loaded as 85 kg.
  await expect(plan.set(6).percent()).toHaveText('94.4% TM');
  await expect(plan.set(6).asked()).toHaveCount(0);
});

test('screen readers hear what a tap does, and the new length after +15 s', async ({ page }) => {
  const { plan, timer } = backoff(page);
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await expect(plan.set(2).checkButton()).toHaveAccessibleName('Mark set 2 done: 4 reps at 60 kg, 20 a side (warm-up)');
  await expect(timer.preset('1:30')).toHaveAccessibleName('Start a 1:30 rest');
  await timer.startRest('1:30');
  await expect(timer.announcement()).toHaveText('Rest of 1:30 started.');
  await timer.fifteenSecondsMore();
  await expect(timer.announcement()).toHaveText(/^1:4[45] left\.$/);
  await plan.set(1).tick();
  await expect(plan.set(1).checkButton()).toHaveAccessibleName(/^Undo set 1: /);
});

test('a mis-tap on the last set is taken back without losing the rest before it', async ({ page }) => {
  const { plan, timer } = backoff(page);
  await page.goto(SQUAT);
  const count = await plan.setCount();
  for (let n = 1; n < count; n += 1) await plan.set(n).tick();
  await expect(timer.clock()).toHaveText(/^0:(30|29)$/);
  await plan.lastSet().tick();
  await expect(timer.sessionDone()).toBeVisible();
  await plan.lastSet().untick();
  await expect(timer.sessionDone()).toHaveCount(0);
  await expect(timer.clock()).toHaveText(/^0:[12][0-9]$/);
  await expect(plan.lastSet().upNext()).toBeVisible();
});

test('the keyboard stays in the bar: Enter starts a custom rest and the focus moves to Pause', async ({ page }) => {
  const { timer } = backoff(page);
  await page.goto(SQUAT);
  await timer.startCustomRestWithEnter('45');
  await expect(timer.pauseButton()).toBeFocused();
  await timer.pause();
  await expect(timer.resumeButton()).toBeFocused();
  await timer.close();
  await expect(timer.preset('0:30')).toBeFocused();
});
