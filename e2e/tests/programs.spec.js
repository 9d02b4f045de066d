// Programs: a lifter starts a built-in program once, then opens the page on each training day and
// finds that day, its lifts at the loads their rules offered; a program's link brings the whole
// program into a fresh browser.
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

/** Ticks every set the page shows. */
async function tickAll(page) {
  const { plan } = backoff(page);
  const count = await plan.setCount();
  for (let n = 1; n <= count; n += 1) await plan.set(n).tick();
}

test('5×5 A/B: three sessions on three days open Day A, Day B, Day A, the squat moving on', async ({ page }) => {
  const { notice, plan, programs } = backoff(page);
  await page.clock.install({ time: new Date('2026-11-30T18:00:00') });
  await page.goto('./');
  await programs.start('5×5 A/B');
  await expect(programs.line()).toHaveText('5×5 A/B · Day A');
  await expect(programs.today()).toHaveText('Day A');
  await expect(programs.days()).toHaveText(['Day A', 'Day B']);
  // Each lift asks for its max; the squat's is typed.
  await plan.typeMax('125', { exercise: 1 });
  await plan.closeSetup(1);
  // The card's line says the sets, not the scheme they were edited from.
  await expect(plan.summary(1)).toHaveText('1RM 125 kg · 5×5 · Barbell');
  const squat = plan.within(1).locator('[data-testid="set-row"][data-kind="work"]').first().getByTestId('load');
  await expect(squat).toHaveText('100 kg');
  await tickAll(page);
  // Tuesday: Day B, its squat at Monday's max, the step offered to apply (with Undo) or keep.
  await page.clock.setSystemTime(new Date('2026-12-01T18:00:00'));
  await page.reload();
  await expect(programs.today()).toHaveText('Day B');
  await expect(programs.line()).toHaveText('5×5 A/B · Day B');
  await expect(await plan.exerciseNames()).toEqual(['Squat', 'Overhead press', 'Deadlift']);
  await expect(squat).toHaveText('100 kg');
  await expect(plan.offer()).toContainText('105 kg next (+5 kg: every set done last time)');
  await plan.applyOffer();
  await expect(squat).toHaveText('105 kg');
  await notice.undo();
  await expect(squat).toHaveText('100 kg');
  await plan.applyOffer();
  await expect(squat).toHaveText('105 kg');
  await tickAll(page);
  // Wednesday: Day A again, the squat at what Tuesday applied.
  await page.clock.setSystemTime(new Date('2026-12-02T18:00:00'));
  await page.reload();
  await expect(programs.today()).toHaveText('Day A');
  await expect(squat).toHaveText('105 kg');
  // Another day is one tap away.
  await programs.openDay('Day B');
  await expect(await plan.exerciseNames()).toEqual(['Squat', 'Overhead press', 'Deadlift']);
});

test("a program's link opens the same program in a fresh browser", async ({ page, browser, baseURL }) => {
  const { plan, programs } = backoff(page);
  await page.goto('./');
  await programs.start('5/3/1 + BBB');
  await plan.typeMax('60', { exercise: 1 });
  await plan.closeSetup(1);
  const loads = await plan.allLoads();
  await programs.openOnSetupPage();
  const link = await programs.link('5/3/1 + BBB');
  expect(link).toContain('/setup/?v=1');
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const there = backoff(other);
  await other.goto(link);
  await expect(there.notice.message()).toContainText('"5/3/1 + BBB" is now in your programs: Press day today.');
  expect(await there.programs.dayNames('5/3/1 + BBB')).toEqual(['Press day', 'Deadlift day', 'Bench day', 'Squat day']);
  // The address forgets the link: a reload adds nothing twice.
  await expect(other).toHaveURL(/\/setup\/(#.*)?$/);
  await there.plans.done();
  await expect(there.programs.line()).toHaveText('5/3/1 + BBB · Press day');
  await expect.poll(() => there.plan.allLoads()).toEqual(loads);
  await fresh.close();
});

test("a program's link cut short adds nothing and says so", async ({ page }) => {
  const { notice, programs } = backoff(page);
  await page.goto('./?v=1&e=Press~60~strength');
  await expect(programs.line()).toHaveText('Plan: Press');
  await page.goto('./setup/?v=1&prog=5x5&at=0&day=Day+A&e=Squat~100~strength&day=Day+B&e=Sq');
  await expect(notice.message()).toContainText("This program's link is cut short or damaged, so nothing was added");
  await expect(programs.program('5x5')).toHaveCount(0);
  await page.goto('./');
  await expect(programs.line()).toHaveText('Plan: Press');
  await expect(programs.days()).toHaveCount(0);
});

test('a program started from a built-in is renamed on the setup page; an empty name is refused beside its box', async ({ page }) => {
  const { programs } = backoff(page);
  await page.goto('./');
  await programs.start('5×5 A/B');
  await programs.openOnSetupPage();
  await programs.rename('5×5 A/B', '   ');
  await expect(programs.nameField('5×5 A/B')).toHaveAttribute('aria-invalid', 'true');
  await expect(programs.nameError('5×5 A/B')).toHaveText('Give it a name.');
  await programs.rename('5×5 A/B', 'My 5×5');
  await expect(programs.program('My 5×5')).toBeVisible();
  await page.goto('./');
  await expect(programs.line()).toHaveText('My 5×5 · Day A');
});
