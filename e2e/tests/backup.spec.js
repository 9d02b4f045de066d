// Backup and restore: everything to one file, back into a fresh browser; a file that is not a
// backup changes nothing; a restore can be undone.
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

const GOTO = './?v=1&e=Bench+press~100~goto';

async function tickAll(page) {
  const { plan } = backoff(page);
  // The page draws after it loads: count the sets once they are there.
  await expect(plan.sets().first()).toBeVisible();
  const count = await plan.sets().count();
  for (let n = 1; n <= count; n++) await plan.set(n).tick();
}

test('a backup restored into a fresh browser brings back the plan and the history', async ({ page, browser, baseURL }) => {
  const { history, plans } = backoff(page);
  await page.goto(GOTO);
  await plans.stored('Bench press');
  await tickAll(page);
  await history.openFromPlan();
  await expect(history.storage()).toContainText(/kept until you clear it|may be cleared|does not say/);
  const file = await history.backUp();
  expect(file.name).toMatch(/^backoff-backup-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(file.text.startsWith('backoff-backup 1\n')).toBe(true);

  // A new phone: nothing stored.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const there = backoff(other);
  await other.goto('./history/');
  await expect(there.history.empty()).toBeVisible();
  await there.history.restoreFrom(file);
  await expect(there.history.restoreCheck()).toContainText('This backup holds 1 plan and 1 session');
  await there.history.replace();
  await expect(there.history.restored()).toContainText('Restored');
  await expect(there.history.sessions('Bench press')).toHaveCount(1);
  await there.history.backToPlan();
  await expect(other.getByTestId('exercise')).toHaveCount(1);
  await expect(there.plan.set(1).doneButton()).toBeVisible();
  await fresh.close();
});

test('a file that is not a backup changes nothing and says why', async ({ page }) => {
  const { history, plans } = backoff(page);
  await page.goto(GOTO);
  await plans.stored('Bench press');
  await tickAll(page);
  await history.openFromPlan();
  const before = await page.evaluate(() => ({ ...localStorage }));
  await history.restoreFrom({ name: 'workouts.csv', text: 'Date,Workout Name,Exercise Name\n2024-01-01,Legs,Squat\n' });
  await expect(history.refused()).toHaveText('This is not a Backoff backup: nothing was changed.');
  const real = await history.backUp();
  await history.restoreFrom({ name: 'cut.txt', text: real.text.slice(0, real.text.length - 5) });
  await expect(history.refused()).toContainText('cut short or damaged');
  await history.restoreFrom({ name: 'newer.txt', text: real.text.replace('backoff-backup 1', 'backoff-backup 7') });
  await expect(history.refused()).toContainText('newer Backoff');
  const after = await page.evaluate(() => ({ ...localStorage }));
  delete after['backoff.backed-up'];
  expect(after).toEqual(before);
  await expect(history.sessions('Bench press')).toHaveCount(1);
});

test('a restore in place of what is here can be undone', async ({ page, browser, baseURL }) => {
  // A backup made elsewhere: a squat plan with a session.
  const elsewhere = await browser.newContext({ baseURL });
  const other = await elsewhere.newPage();
  await other.goto('./?v=1&e=Squat~140~goto');
  await backoff(other).plans.stored('Squat');
  await tickAll(other);
  await backoff(other).history.openFromPlan();
  const file = await backoff(other).history.backUp();
  await elsewhere.close();

  const { history, plans } = backoff(page);
  await page.goto(GOTO);
  await plans.stored('Bench press');
  await tickAll(page);
  await history.openFromPlan();
  await history.restoreFrom(file);
  await history.merge();
  await expect(history.restored()).toContainText('Merged');
  await expect(history.lifts()).toHaveCount(2);
  await history.undo();
  await expect(history.restored()).toContainText('Undone');
  await expect(history.lifts()).toHaveCount(1);
  await expect(history.sessions('Bench press')).toHaveCount(1);
  await history.restoreFrom(file);
  await history.replace();
  await expect(history.lifts()).toHaveCount(1);
  await expect(history.sessions('Squat')).toHaveCount(1);
  await history.undo();
  await expect(history.sessions('Bench press')).toHaveCount(1);
  await history.backToPlan();
  await expect(page.getByRole('heading', { level: 2, name: /Bench press/ })).toBeVisible();
});
