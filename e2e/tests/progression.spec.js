// Programs that move forward, one rule at a time: the lifter picks a rule on the setup page, does
// every set on Monday, and on Tuesday the card offers the next load to apply (with Undo) or keep.
import { test, expect } from '@playwright/test';
import { backoff } from '../pages/index.js';

test('linear progression: every set done on Monday, Tuesday offers 2.5 kg more to apply, undo or keep', async ({ page }) => {
  const { notice, plan } = backoff(page);
  await page.clock.install({ time: new Date('2026-11-30T18:00:00') });
  await page.goto('./?v=1&e=Press~60~strength');
  // The lifter picks linear progression on the setup page; a step of 0 is refused there.
  await plan.openSetEditor(1);
  await plan.pickProgression('Linear: a step each session');
  await expect(plan.progressionStep()).toHaveValue('2.5');
  await plan.progressionStep().fill('0');
  await expect(plan.messageOf('Step')).toHaveText('Use a value from 0.25 to 25.');
  await plan.progressionStep().fill('2.5');
  await expect(plan.messageOf('Step')).toHaveText('');
  await plan.doneEditingSets();
  const work = plan.workSets().first().getByTestId('load');
  await expect(work).toHaveText('50 kg');
  const count = await plan.setCount();
  for (let n = 1; n <= count; n += 1) await plan.set(n).tick();
  // The next evening: nothing changed by itself, the card says what the rule offers.
  await page.clock.setSystemTime(new Date('2026-12-01T18:00:00'));
  await page.reload();
  await expect(plan.offer()).toContainText('52.5 kg next (+2.5 kg: every set done last time)');
  await expect(work).toHaveText('50 kg');
  await plan.applyOffer();
  await expect(work).toHaveText('52.5 kg');
  await expect(plan.offer()).toHaveCount(0);
  await notice.undo();
  await expect(plan.offer()).toBeVisible();
  await expect(work).toHaveText('50 kg');
  await plan.keepOffer();
  await expect(plan.offer()).toHaveCount(0);
  await page.reload();
  await expect(work).toHaveText('50 kg');
  await expect(plan.offer()).toHaveCount(0);
});

test('a double progression over a range typed upside down says how to write it', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./?v=1&e=Curl~30~accessory');
  await plan.openSetEditor(1);
  await plan.pickProgression('Double: reps, then a step');
  await expect(plan.progressionRange()).toHaveValue('8-12');
  await plan.progressionRange().fill('12-8');
  await expect(plan.messageOf('Rep range')).toHaveText('Type a range of reps, lower first: 8-12.');
  await plan.progressionRange().fill('10-15');
  await plan.doneEditingSets();
  await expect(plan.workSets().first().getByTestId('reps')).toHaveText('× 10');
  await expect(page).toHaveURL(/~d10-15:2\.5@10/);
});

/** Every set of the plan's first exercise ticked, and `reps` saved for its back-off set. */
async function everySetAndBackOff(plan, reps) {
  await expect(plan.sets().first()).toBeVisible();
  const count = await plan.setCount();
  for (let n = 1; n <= count; n += 1) await plan.set(n).tick();
  await plan.typeBackOffReps(undefined, reps);
  await plan.saveResult();
  await expect(plan.logged()).toBeVisible();
}

test('back-off reps fallen by more than a third hold the step, and the history says each change and why', async ({ page }) => {
  const { history, notice, plan } = backoff(page);
  await page.clock.install({ time: new Date('2026-11-30T18:00:00') });
  await page.goto('./?v=1&e=Squat~100~goto~~~~~l5');
  // Monday: every set done, 15 reps on the back-off set.
  await everySetAndBackOff(plan, '15');
  // Tuesday: the step is offered and applied; every set done again, but 9 back-off reps.
  await page.clock.setSystemTime(new Date('2026-12-01T18:00:00'));
  await page.reload();
  await expect(plan.offer()).toContainText('+5 kg: every set done last time');
  await plan.applyOffer();
  await everySetAndBackOff(plan, '9');
  // Wednesday: the rule holds the step, and says why.
  await page.clock.setSystemTime(new Date('2026-12-02T18:00:00'));
  await page.reload();
  await expect(notice.message()).toContainText('Squat: held: back-off 9 reps, 15 last time.');
  await expect(plan.offer()).toHaveCount(0);
  // The history page says both, newest first, each dated by the session that earned it.
  await history.openFromPlan();
  const changes = history.changes('Squat');
  await expect(changes).toHaveCount(2);
  await expect(changes.first()).toHaveText(/^1 Dec 2026: held: back-off 9 reps, 15 last time$/);
  await expect(changes.last()).toContainText('30 Nov 2026: ');
  await expect(changes.last()).toContainText('+5 kg: every set done last time');
  await expect(history.sessions('Squat').first()).toContainText('9 reps at');
  await expect(history.sessions('Squat').first()).toContainText('(-6 reps: down more than a third)');
});
