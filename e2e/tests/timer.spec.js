// The rest timer, driven by Playwright's fake clock: right after time passes, a reload, a pause,
// +15 s, and a page frozen and resumed; alerts observed through spies.
import { backoff } from '../pages/index.js';
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

test('counts down from a stored end time, survives a reload, and says when rest is over', async ({ page }) => {
  const { timer } = backoff(page);
  await open(page);
  await timer.startRest('1:30');
  await expect(timer.clock()).toHaveText('1:30');
  await expect(timer.status()).toHaveText('Next set at 10:01');
  await expect(timer.announcement()).toHaveText('Rest of 1:30 started.');
  await page.clock.runFor(60_000);
  await expect(timer.clock()).toHaveText('0:30');
  await page.reload();
  await expect(timer.clock()).toHaveText('0:30');
  await page.clock.runFor(21_000);
  await expect(timer.announcement()).toHaveText('10 seconds left.');
  await page.clock.runFor(14_000);
  await expect(timer.status()).toHaveText('Rest over');
  await expect(timer.clock()).toHaveText('+0:05');
  await expect(timer.announcement()).toHaveText('Rest over.');
  await page.clock.runFor(7_000);
  await expect(timer.clock()).toHaveText('+0:12');
  expect(await page.evaluate(() => window.__vibrations.length)).toBe(1);
});

test('pause freezes the countdown, resume and +/-15 s adjust it', async ({ page }) => {
  const { timer } = backoff(page);
  await open(page);
  await timer.startRest('1:30');
  await page.clock.runFor(10_000);
  await expect(timer.clock()).toHaveText('1:20');
  await timer.pause();
  await page.clock.runFor(30_000);
  await expect(timer.clock()).toHaveText('1:20');
  await expect(timer.status()).toHaveText('Paused');
  await timer.resume();
  await timer.fifteenSecondsMore();
  await expect(timer.clock()).toHaveText('1:35');
  await timer.fifteenSecondsLess();
  await timer.fifteenSecondsLess();
  await expect(timer.clock()).toHaveText('1:05');
  await timer.skip();
  await expect(timer.status()).toHaveText('Rest over');
  await timer.close();
  await expect(timer.preset('1:30')).toBeVisible();
});

test('checking off the set before a back-off set starts its 0:30 rest, with the beep scheduled ahead', async ({ page }) => {
  const { plan, timer } = backoff(page);
  await open(page);
  await plan.pickScheme('Goto back-off');
  await plan.typeMax('120');
  // Goto comes with the ramp: four warm-ups (1:00 apart), then the singles 3:00 apart.
  await plan.set(1).tick();
  await expect(timer.clock()).toHaveText('1:00');
  await plan.set(5).tick();
  await expect(timer.clock()).toHaveText('3:00');
  await plan.set(9).tick();
  await expect(timer.clock()).toHaveText('0:30');
  await expect(timer.nextSet()).toHaveText(
    '60 kg × AMRAP, 20 a side · Bench press, set 10',
  );
  // The end beep sits on the audio clock about 30 s ahead of when it was scheduled.
  const beeps = await page.evaluate(() => window.__beeps);
  const last = beeps[beeps.length - 1];
  expect(last.when - last.now).toBeGreaterThan(29);
  expect(last.when - last.now).toBeLessThan(31);
  // +15 s schedules it again, 15 s later.
  await timer.fifteenSecondsMore();
  const again = await page.evaluate(() => window.__beeps[window.__beeps.length - 1]);
  expect(again.when - again.now).toBeGreaterThan(44);
});

test('the custom rest takes m:ss', async ({ page }) => {
  const { timer } = backoff(page);
  await open(page);
  await timer.startCustomRest('2:15');
  await expect(timer.clock()).toHaveText('2:15');
});

test('a rest that ended long ago is not brought back (or announced) when the page opens again', async ({ page }) => {
  const { timer } = backoff(page);
  await open(page);
  await timer.startRest('0:30');
  await page.clock.runFor(31_000);
  await expect(timer.status()).toHaveText('Rest over');
  expect(await page.evaluate(() => window.__vibrations.length)).toBe(1);
  await page.clock.runFor(11 * 60_000);
  await page.reload();
  await expect(timer.preset('0:30')).toBeVisible();
  await expect(timer.clock()).toHaveCount(0);
  expect(await page.evaluate(() => window.__vibrations.length)).toBe(0);
});

test('skipping a rest silences the beep that was scheduled for its end', async ({ page }) => {
  const { timer } = backoff(page);
  await open(page);
  await timer.startRest('1:30');
  await expect.poll(() => page.evaluate(() => window.__beeps.length)).toBeGreaterThan(0);
  const before = await page.evaluate(() => window.__silenced ?? 0);
  await timer.skip();
  await expect(timer.status()).toHaveText('Rest over');
  await expect.poll(() => page.evaluate(() => window.__silenced ?? 0)).toBeGreaterThan(before);
});

test('un-checking the set that started a rest (a mis-tap) takes the rest back', async ({ page }) => {
  const { plan, timer } = backoff(page);
  await open(page);
  const first = plan.firstSet();
  await first.tick();
  await expect(timer.clock()).toHaveText('1:00');
  await first.untick();
  await expect(first.doneButton()).toHaveCount(0);
  await expect(timer.clock()).toHaveCount(0);
});
