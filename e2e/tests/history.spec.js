// History: a lifter's sessions, per lift, on their own page: the chart and its table, the
// back-off reps against last time, the CSV export, and all of it offline.
import AxeBuilder from '@axe-core/playwright';
import { backoff } from '../pages/index.js';
import { test, expect, untilOffline } from './fixtures.js';

const GOTO = './?v=1&e=Bench+press~100~goto';

/** Every set of the Goto plan ticked, and the back-off set's reps saved. */
async function doTheSession(page, reps) {
  const { plan } = backoff(page);
  // The page draws after it loads: count the sets once they are there.
  await expect(plan.sets().first()).toBeVisible();
  const count = await plan.sets().count();
  for (let n = 1; n <= count; n++) await plan.set(n).tick();
  await plan.typeBackOffReps('50 kg', reps);
  await plan.saveResult();
  await expect(plan.logged()).toBeVisible();
}

/** Monday 23 Nov at 18:00: the Goto plan done, 24 back-off reps saved. */
async function mondaysSession(page) {
  await page.clock.install({ time: new Date('2026-11-23T18:00:00') });
  await page.goto(GOTO);
  await backoff(page).plans.stored('Bench press');
  await doTheSession(page, '24');
}

/** Monday's session, and the page opened again on Tuesday: the session is in the stored history. */
async function mondaysSessionSeenOnTuesday(page) {
  await mondaysSession(page);
  await page.clock.setSystemTime(new Date('2026-11-24T18:00:00'));
  await page.reload();
}

test('before any session the history says how it fills', async ({ page }) => {
  const { history } = backoff(page);
  await page.goto('./');
  await history.openFromPlan();
  await expect(history.empty()).toBeVisible();
  await expect(history.lifts()).toHaveCount(0);
});

test('two weeks of back-off sets show as a chart and a table, newest first, with the change', async ({ page }) => {
  const { history } = backoff(page);
  await mondaysSession(page);
  // A week later: a fresh session.
  await page.clock.setSystemTime(new Date('2026-11-30T18:00:00'));
  await page.reload();
  await doTheSession(page, '27');
  await history.openFromPlan();
  await expect(history.lifts()).toHaveCount(1);
  await expect(history.chart('Bench press')).toBeVisible();
  await expect(history.chart('Bench press')).toHaveAttribute('aria-label', /over 2 sessions/);
  const rows = history.sessions('Bench press');
  await expect(rows).toHaveCount(2);
  // Today's session is there before the day ends.
  await expect(rows.first()).toContainText('30 Nov 2026');
  await expect(rows.first()).toContainText('27 reps at 50 kg (+3 reps)');
  await expect(rows.last()).toContainText('23 Nov 2026');
  await expect(rows.last()).toContainText('24 reps at 50 kg (first time)');
  // The first session set the record; the heavy single (90%) is the best set both times.
  await expect(rows.last()).toHaveAttribute('data-record', 'yes');
  await expect(rows.first()).toContainText('90 kg × 1');
  await history.backToPlan();
  await expect(page.getByTestId('exercise')).toHaveCount(1);
});

test('a wrong entry is put right, and a session deleted by mistake comes back', async ({ page }) => {
  const { history } = backoff(page);
  // The next day the session is in the stored history, where it can be corrected.
  await mondaysSessionSeenOnTuesday(page);
  await history.openFromPlan();
  await history.editSession('Bench press');
  const last = await history.editor().getByRole('listitem').count();
  await history.correct(last, 'Reps', 'lots');
  await expect(history.editor().getByRole('alert')).toBeVisible();
  await history.correct(last, 'Reps', '26');
  await expect(history.editor().getByRole('alert')).toHaveCount(0);
  await expect(history.sessions('Bench press').first()).toContainText('26 reps at 50 kg');
  // Still corrected after a reload.
  await page.reload();
  await expect(history.sessions('Bench press').first()).toContainText('26 reps at 50 kg');
  await history.editSession('Bench press');
  await history.deleteSession();
  await expect(history.deleted()).toContainText('Deleted a session of Bench press.');
  await expect(history.lifts()).toHaveCount(0);
  await history.undoDelete();
  await expect(history.sessions('Bench press')).toHaveCount(1);
  await expect(history.sessions('Bench press').first()).toContainText('26 reps at 50 kg');
  // The plan says the corrected result as last time's.
  await history.backToPlan();
  await expect(backoff(page).plan.lastTime()).toContainText('26 reps');
});

test('a set that fell short is put right after the tick, and the history shows what was done', async ({ page }) => {
  const { plan, plans, history } = backoff(page);
  await page.clock.install({ time: new Date('2026-11-23T18:00:00') });
  await page.goto('./?v=1&e=Bench+press~100~strength');
  await plans.stored('Bench press');
  const work = plan.set(3);
  await expect(work.load()).toHaveText('85 kg');
  await work.tick();
  // The keypad opens on the reps; a bad RPE says why beside its box and is not taken.
  await work.openCorrection();
  await expect(work.correctionBox('Reps done')).toBeFocused();
  await work.correctionBox('RPE').fill('8.3');
  await work.correctionBox('RPE').blur();
  await expect(work.correctionError('RPE')).not.toHaveText('');
  await work.correctionBox('RPE').fill('');
  await work.correction().getByRole('button', { name: 'Done' }).click();
  await work.correct({ reps: '3', rpe: '9.5' });
  await expect(work.corrected()).toHaveText('Done: 3 reps at 85 kg, RPE 9.5');
  // A reload keeps it; untick and tick again, and the set is as planned.
  await page.reload();
  await expect(work.corrected()).toHaveText('Done: 3 reps at 85 kg, RPE 9.5');
  await history.openFromPlan();
  await expect(history.sessions('Bench press').first()).toContainText('85 kg × 3 @ 9.5');
  await history.backToPlan();
  await work.untick();
  await expect(work.corrected()).toHaveCount(0);
  await work.tick();
  await expect(work.corrected()).toHaveCount(0);
});

test('reps done past the plan suggest a new max, put in the plan only on a tap', async ({ page }) => {
  const { history } = backoff(page);
  await mondaysSessionSeenOnTuesday(page);
  await history.openFromPlan();
  // Planned singles at 90% say nothing about the max: no suggestion.
  await expect(history.suggestion('Bench press')).toHaveCount(0);
  // The first single went for 5 reps: 90 kg x 5 is about 105 kg by Epley.
  await history.editSession('Bench press');
  await history.correct(1, 'Reps', '5');
  await expect(history.suggestion('Bench press')).toContainText('implies a max of 105 kg; the plan uses 100 kg.');
  await history.suggestion('Bench press').getByRole('button', { name: 'Update max to 105 kg' }).click();
  await expect(history.maxUpdated()).toHaveText(/Bench press now plans from a max of 105 kg\./);
  await expect(history.suggestion('Bench press')).toHaveCount(0);
  await history.backToPlan();
  await expect(backoff(page).plan.backOffSet().load()).toHaveText('52.5 kg');
});

test('the phone\'s back button after a new max opens the plan with it, and no second plan', async ({ page }) => {
  const { history, plans, plan, notice } = backoff(page);
  await mondaysSessionSeenOnTuesday(page);
  await history.openFromPlan();
  await history.editSession('Bench press');
  await history.correct(1, 'Reps', '5');
  await history.suggestion('Bench press').getByRole('button', { name: 'Update max to 105 kg' }).click();
  await expect(history.maxUpdated()).toBeVisible();
  await page.goBack();
  await expect(plan.backOffSet().load()).toHaveText('52.5 kg');
  await expect(notice.message()).toHaveCount(0);
  // And a reload of that address keeps it.
  await page.reload();
  await expect(plan.backOffSet().load()).toHaveText('52.5 kg');
  // One plan: the list of others shows only from two.
  await plans.open();
  expect(await plans.names()).toEqual([]);
});

test('after 5/3/1 week 3 the next cycle starts on a tap, the training max higher', async ({ page }) => {
  const { history, plans, plan } = backoff(page);
  await page.clock.install({ time: new Date('2026-11-23T18:00:00') });
  await page.goto('./?v=1&e=Bench+press~100~531w3');
  await plans.stored('Bench press');
  await expect(plan.sets().first()).toBeVisible();
  const count = await plan.sets().count();
  for (let n = 1; n <= count; n++) await plan.set(n).tick();
  await history.openFromPlan();
  await expect(history.nextCycle('Bench press')).toContainText('raises the training max by 2.5 kg (upper body)');
  await history.nextCycle('Bench press').getByRole('button', { name: 'Start the next cycle (week 1)' }).click();
  await expect(history.maxUpdated()).toContainText('starts its next cycle at week 1');
  await history.backToPlan();
  await expect(plan.summary()).toContainText('5/3/1');
  await expect(plan.summary()).toContainText('102.78 kg');
});

test('the CSV has one row per set in Strong\'s columns of today, or its older ones, and reads back in', async ({ page }) => {
  const { history } = backoff(page);
  await mondaysSession(page);
  await history.openFromPlan();
  const { name, text } = await history.exportCsv();
  expect(name).toBe('backoff-history-2026-11-23-kg.csv');
  let lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE');
  const sets = await countPlanSets(page);
  expect(lines).toHaveLength(1 + sets);
  // The workout is the plan the session was done in (named from its exercise), from its first
  // tick, as long as it took; the back-off set is a set to failure (F).
  expect(lines.at(-1)).toMatch(/^2026-11-23 18:0\d:\d\d,Bench press,\d+m,Bench press,F,50\.0,24,0,0,$/);
  await expect(history.notice()).toContainText('backoff-history-2026-11-23-kg.csv');
  await expect(history.notice()).toContainText('every load in kg');

  const older = await history.exportOlderCsv();
  expect(older.name).toBe('backoff-history-2026-11-23-with-units.csv');
  lines = older.text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps,RPE,Distance,Distance Unit,Seconds,Notes,Workout Notes',
  );
  expect(lines).toHaveLength(1 + sets);
  expect(lines.at(-1)).toMatch(/^2026-11-23 18:0\d:\d\d,Bench press,Bench press,\d+,50,kg,24,,,,,back-off,$/);

  // Either file brought back in adds nothing: every set is there already.
  await history.importFrom({ name, text });
  await history.confirmImport();
  await expect(history.notice()).toContainText(`Imported 0 sets from Strong; ${sets} already here.`);
  await history.importFrom(older);
  await history.confirmImport();
  await expect(history.notice()).toContainText(`Imported 0 sets from Backoff; ${sets} already here.`);
});

test.describe('in Berlin, with summer time', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('a session done at 18:00 in July is exported in December as done at 18:00', async ({ page }) => {
    const { history } = backoff(page);
    // 16:00 UTC is 18:00 in Berlin's summer; 17:00 UTC is 18:00 in its winter.
    await page.clock.install({ time: new Date('2026-07-06T16:00:00Z') });
    await page.goto(GOTO);
    await backoff(page).plans.stored('Bench press');
    await doTheSession(page, '24');
    await page.clock.setSystemTime(new Date('2026-12-07T17:00:00Z'));
    await page.reload();
    await history.openFromPlan();
    const { text } = await history.exportCsv();
    const lines = text.trim().split('\r\n');
    expect(lines.at(-1)).toMatch(/^2026-07-06 18:0\d:\d\d,Bench press,0m,Bench press,F,50\.0,24,0,0,$/);
  });
});

/** How many sets the Goto plan has, read from the plan page in a second tab. */
async function countPlanSets(page) {
  const other = await page.context().newPage();
  await other.goto(GOTO);
  // The page draws after it loads: count the sets once they are there.
  await expect(backoff(other).plan.sets().first()).toBeVisible();
  const n = await backoff(other).plan.sets().count();
  await other.close();
  return n;
}

test('the history opens offline once the app was loaded', async ({ page, context }) => {
  const { history, plans } = backoff(page);
  await page.goto(GOTO);
  await plans.stored('Bench press');
  await backoff(page).plan.set(1).tick();
  await untilOffline(page);
  await context.setOffline(true);
  await history.openFromPlan();
  await expect(history.sessions('Bench press')).toHaveCount(1);
  await context.setOffline(false);
});

test('what a back-off set is has its own page, one tap from the plan', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'What is a back-off set?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The back-off set' })).toBeVisible();
  await expect(page.getByText('Goto et al. (2004)')).toBeVisible();
  await page.getByRole('link', { name: 'Back to plan' }).click();
  await expect(page.getByTestId('exercise')).toHaveCount(1);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing on the history page (${scheme})`, async ({ page }) => {
    const { history } = backoff(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(GOTO);
    await doTheSession(page, '24');
    await history.openFromPlan();
    await expect(history.chart('Bench press')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
