// A lifter moving from Strong brings years of sets: the history page reads the export, shows
// what it holds before anything changes, files each name as a lift, imports it with Undo, and
// offers the plan the max the recent sets imply. The same file twice adds nothing.
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

// Strong's export as it writes it today: no unit column.
const STRONG = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE',
  '2026-11-16 18:00:00,Push,1h 2m,Bench Press (Barbell),W,60.0,8,,,',
  '2026-11-16 18:00:00,Push,1h 2m,Bench Press (Barbell),1,100.0,5,,,',
  '2026-11-16 18:00:00,Push,1h 2m,Bench Press (Barbell),2,100.0,5,,,',
  '2026-11-16 18:00:00,Push,1h 2m,Treadmill,1,,,2.5,900,',
  '2026-11-23 18:00:00,Push,55m,Bench Press (Barbell),1,102.5,5,,,',
  '2026-11-23 18:00:00,Push,55m,Squat (Barbell),1,140.0,3,,,',
].join('\n');

test('a Strong export: see it, file a name as your own lift, import, then the plan takes the max it implies', async ({ page }) => {
  const { history, plan } = backoff(page);
  await page.clock.install({ time: new Date('2026-12-01T18:00:00') });
  await page.goto('./?v=1&e=Bench+press~~strength&e=Back+squat~150~strength');
  await history.openFromPlan();
  await history.importFrom({ name: 'strong_workouts.csv', text: STRONG });
  await expect(history.importSummary()).toHaveText('From Strong: 2 workouts, 5 sets, 16 Nov 2026 to 23 Nov 2026.');
  await expect(history.importPreview()).toContainText('1 row without a load or reps (cardio, timed holds) left out.');
  await expect(history.filedAs('Bench Press (Barbell)')).toHaveValue('Bench press');
  await expect(history.filedAs('Squat (Barbell)')).toHaveValue('Squat');
  // Nothing changed yet; the squat joins the lifter's own "Back squat".
  await expect(history.lifts()).toHaveCount(0);
  await history.fileAs('Squat (Barbell)', 'Back squat');
  await history.confirmImport();
  await expect(history.imported()).toContainText('Imported 5 sets from Strong; 0 already here.');
  await expect(history.lifts()).toHaveCount(2);
  await expect(history.chart('Bench press')).toBeVisible();
  await expect(history.sessions('Back squat')).toHaveCount(1);
  // The bench has no max in the plan yet: the best recent set gives one.
  await expect(history.suggestion('Bench press')).toContainText('implies a max of 119.5 kg; the plan has no max for it yet.');
  await history.suggestion('Bench press').getByRole('button', { name: 'Update max to 119.5 kg' }).click();
  // The same file again adds nothing; the squat is filed as the lifter filed it last time.
  await history.importFrom({ name: 'strong_workouts.csv', text: STRONG });
  await expect(history.filedAs('Squat (Barbell)')).toHaveValue('Back squat');
  await history.confirmImport();
  await expect(history.notice()).toContainText('Imported 0 sets from Strong; 5 already here.');
  await expect(history.sessions('Bench press')).toHaveCount(2);
  await history.backToPlan();
  await expect(plan.summary(1)).toContainText('1RM 119.5 kg');
});

test('Undo takes a whole import back, and a file of another kind changes nothing', async ({ page }) => {
  const { history } = backoff(page);
  await page.goto('./');
  await history.openFromPlan();
  await history.importFrom({ name: 'food.csv', text: 'name,calories\nbanana,90\n' });
  await expect(history.importRefused()).toContainText('This is not a Strong, Hevy or Backoff CSV export');
  await expect(history.importPreview()).toHaveCount(0);
  await history.importFrom({ name: 'strong.csv', text: STRONG });
  await history.importUnit('lb');
  await history.confirmImport();
  await expect(history.sessions('Bench press').first()).toContainText('102.5 lb');
  await history.undoImport();
  await expect(history.lifts()).toHaveCount(0);
  await expect(history.empty()).toBeVisible();
});

test('a year of imported sessions: the newest in the table, the rest on a tap, the chart one point a week', async ({ page }) => {
  const { history } = backoff(page);
  await page.goto('./');
  await history.openFromPlan();
  const rows = ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE'];
  for (let day = 0; day < 360; day += 3) {
    const date = new Date(Date.UTC(2025, 0, 1 + day, 18)).toISOString().slice(0, 10);
    rows.push(`${date} 18:00:00,Legs,45m,Squat (Barbell),1,${100 + day / 10},5,,,`);
  }
  await history.importFrom({ name: 'strong.csv', text: rows.join('\n') });
  await expect(history.importSummary()).toContainText('120 workouts, 120 sets');
  await history.confirmImport();
  await expect(history.sessions('Squat')).toHaveCount(12);
  await expect(history.showMoreButton('Squat')).toHaveText('Show more (108 older)');
  await history.showMoreButton('Squat').click();
  await expect(history.sessions('Squat')).toHaveCount(24);
  await expect(history.chart('Squat')).toBeVisible();
});
