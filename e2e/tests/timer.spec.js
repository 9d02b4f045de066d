// The rest timer, driven by Playwright's fake clock: right after time passes, a reload, a pause,
// +15 s, and a page frozen and resumed; alerts observed through spies.
import { test, expect } from './fixtures.js';

const START = new Date('2026-11-29T10:00:00');

// Spies on vibration and Web Audio, installed before the page's own scripts.
const spies = () => {
  window.__vibrations = [];
  Object.defineProperty(Navigator.prototype, 'vibrate', {
    configurable: true,
    value(pattern) {
      window.__vibrations.push(pattern);
      return true;
    },
  });
  window.__beeps = [];
  const create = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    const osc = create.call(this);
    const start = osc.start.bind(osc);
    osc.start = (when) => {
      window.__beeps.push({ when, now: this.currentTime });
      return start(when);
    };
    const stop = osc.stop.bind(osc);
    osc.stop = (when) => {
      if (when === undefined) window.__silenced = (window.__silenced ?? 0) + 1;
      return stop(when);
    };
    return osc;
  };
};

test.beforeEach(async ({ page }) => {
  await page.addInitScript(spies);
  await page.clock.install({ time: START });
});

// Loads the page and stops the fake clock, so only runFor moves time (not a slow machine).
const open = async (page) => {
  await page.goto('./');
  await page.clock.pauseAt(new Date(START.getTime() + 5_000));
};

const clock = (page) => page.getByTestId('timer-clock');

test('counts down from a stored end time, survives a reload, and says when rest is over', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '1:30', exact: true }).click();
  await expect(clock(page)).toHaveText('1:30');
  await expect(page.getByTestId('timer-sub')).toHaveText('next set at 10:01');
  await expect(page.getByTestId('timer-announce')).toHaveText('Rest of 1:30 started.');
  await page.clock.runFor(60_000);
  await expect(clock(page)).toHaveText('0:30');
  await page.reload();
  await expect(clock(page)).toHaveText('0:30');
  await page.clock.runFor(21_000);
  await expect(page.getByTestId('timer-announce')).toHaveText('10 seconds left.');
  await page.clock.runFor(14_000);
  await expect(page.getByTestId('timer-sub')).toHaveText('Rest over: next set');
  await expect(clock(page)).toHaveText('+0:05');
  await expect(page.getByTestId('timer-announce')).toHaveText('Rest over.');
  await page.clock.runFor(7_000);
  await expect(clock(page)).toHaveText('+0:12');
  expect(await page.evaluate(() => window.__vibrations.length)).toBe(1);
});

test('pause freezes the countdown, resume and +/-15 s adjust it', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '1:30', exact: true }).click();
  await page.clock.runFor(10_000);
  await expect(clock(page)).toHaveText('1:20');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(clock(page)).toHaveText('1:20');
  await expect(page.getByTestId('timer-sub')).toHaveText('paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: '15 seconds more' }).click();
  await expect(clock(page)).toHaveText('1:35');
  await page.getByRole('button', { name: '15 seconds less' }).click();
  await page.getByRole('button', { name: '15 seconds less' }).click();
  await expect(clock(page)).toHaveText('1:05');
  await page.getByRole('button', { name: 'Skip the rest' }).click();
  await expect(page.getByTestId('timer-sub')).toHaveText('Rest over: next set');
  await page.getByRole('button', { name: 'Close the timer' }).click();
  await expect(page.getByRole('button', { name: '1:30', exact: true })).toBeVisible();
});

test('checking off the set before a back-off set starts its 0:30 rest, with the beep scheduled ahead', async ({ page }) => {
  await open(page);
  await page.getByLabel('Scheme').selectOption({ label: 'Goto back-off' });
  await page.getByLabel('1RM (kg)').fill('120');
  const rows = page.getByTestId('set-row');
  await rows.nth(0).getByRole('button').click();
  await expect(clock(page)).toHaveText('3:00');
  await rows.nth(4).getByRole('button').click();
  await expect(clock(page)).toHaveText('0:30');
  await expect(page.getByTestId('timer-next')).toHaveText(
    'Bench press, set 6: as many reps as you can at 60 kg, 20 a side',
  );
  // The end beep sits on the audio clock about 30 s ahead of when it was scheduled.
  const beeps = await page.evaluate(() => window.__beeps);
  const last = beeps[beeps.length - 1];
  expect(last.when - last.now).toBeGreaterThan(29);
  expect(last.when - last.now).toBeLessThan(31);
  // +15 s schedules it again, 15 s later.
  await page.getByRole('button', { name: '15 seconds more' }).click();
  const again = await page.evaluate(() => window.__beeps[window.__beeps.length - 1]);
  expect(again.when - again.now).toBeGreaterThan(44);
});

test('the custom rest takes m:ss', async ({ page }) => {
  await open(page);
  const custom = page.getByLabel('Custom rest, seconds or m:ss');
  await custom.fill('2:15');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(clock(page)).toHaveText('2:15');
});

test('a rest that ended long ago is not brought back (or announced) when the page opens again', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '0:30', exact: true }).click();
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('timer-sub')).toHaveText('Rest over: next set');
  expect(await page.evaluate(() => window.__vibrations.length)).toBe(1);
  await page.clock.runFor(11 * 60_000);
  await page.reload();
  await expect(page.getByRole('button', { name: '0:30', exact: true })).toBeVisible();
  await expect(page.getByTestId('timer-clock')).toHaveCount(0);
  expect(await page.evaluate(() => window.__vibrations.length)).toBe(0);
});

test('skipping a rest silences the beep that was scheduled for its end', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '1:30', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__beeps.length)).toBeGreaterThan(0);
  const before = await page.evaluate(() => window.__silenced ?? 0);
  await page.getByRole('button', { name: 'Skip the rest' }).click();
  await expect(page.getByTestId('timer-sub')).toHaveText('Rest over: next set');
  await expect.poll(() => page.evaluate(() => window.__silenced ?? 0)).toBeGreaterThan(before);
});

test('un-checking the set that started a rest (a mis-tap) takes the rest back', async ({ page }) => {
  await open(page);
  const first = page.getByTestId('set-row').first().getByRole('button');
  await first.click();
  await expect(clock(page)).toHaveText('1:00');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  await expect(clock(page)).toHaveCount(0);
});

test('text being typed into a scheme cell survives the redraw when a rest ends', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '0:30', exact: true }).click();
  await page.getByText('Edit sets').click();
  const sets = page.getByLabel('Group 3 sets');
  await sets.click();
  await sets.press('End');
  await sets.press('Backspace');
  await sets.pressSequentially('3');
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('timer-sub')).toHaveText('Rest over: next set');
  await expect(sets).toHaveValue('3');
  await expect(sets).toBeFocused();
  await sets.press('Tab');
  await expect(page.locator('[data-testid="set-row"][data-kind="work"]')).toHaveCount(3);
});
