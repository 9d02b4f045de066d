// Planning a session on a phone: loads, plates, units, estimates, rounding.
import { test, expect } from './fixtures.js';

const rows = (page) => page.getByTestId('set-row');
const loads = (page) => rows(page).getByTestId('load');

test("the article's bench example in kg: warm-ups, work sets, back-off with plates", async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').fill('100');
  await expect(loads(page)).toHaveText(['50 kg', '60 kg', '85 kg', '85 kg', '85 kg', '85 kg', '85 kg', '50 kg']);
  await expect(rows(page).nth(0).getByTestId('plates')).toHaveText('15 a side');
  await expect(rows(page).nth(2).getByTestId('plates')).toHaveText('25 + 5 + 2.5 a side');
  await expect(rows(page).nth(7).getByTestId('plates')).toHaveText('15 a side');
  await expect(rows(page).nth(7)).toHaveAttribute('data-kind', 'back-off');
  await expect(rows(page).nth(7).getByTestId('reps')).toHaveText('AMRAP');
  await expect(rows(page).nth(2).getByTestId('change')).toHaveText('−20 +25 +5 +2.5 each side');
  // Kinds are told apart by words, not only colour.
  await expect(rows(page).nth(0)).toContainText('Warm-up');
  await expect(rows(page).nth(2)).toContainText('Work');
  await expect(rows(page).nth(7)).toContainText('Back-off');
});

test('the same in lb with a 45 lb bar', async ({ page }) => {
  await page.goto('./');
  await page.locator('summary', { hasText: 'Settings' }).click();
  await page.getByLabel('lb', { exact: true }).check();
  await expect(page.getByLabel('Bar', { exact: true })).toHaveValue('45');
  await page.getByLabel('1RM (lb)').fill('225');
  await expect(loads(page)).toHaveText(['110 lb', '135 lb', '190 lb', '190 lb', '190 lb', '190 lb', '190 lb', '110 lb']);
  await expect(rows(page).nth(1).getByTestId('plates')).toHaveText('45 a side');
  await expect(rows(page).nth(2).getByTestId('plates')).toHaveText('45 + 25 + 2.5 a side');
});

test('estimating the max from 100 kg x 5 shows 116.7 kg with Epley and the spread', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('From a set').check();
  await page.getByLabel('Load', { exact: true }).fill('100');
  await page.getByLabel('Reps', { exact: true }).fill('5');
  const estimate = page.getByTestId('estimate');
  await expect(estimate).toContainText('116.7 kg');
  await expect(estimate).toContainText('formulas 112.5–119');
  await page.getByLabel('Reps', { exact: true }).fill('12');
  await expect(estimate).toContainText('Above 10 reps');
});

test('rounding down vs nearest changes a load that is not loadable, and the real % shows', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').fill('102');
  const work = rows(page).nth(2);
  await expect(work.getByTestId('load')).toHaveText('85 kg');
  await expect(work.getByTestId('pct')).toHaveText('83.3%');
  await page.locator('summary', { hasText: 'Settings' }).click();
  await page.getByLabel('Nearest').check();
  await expect(work.getByTestId('load')).toHaveText('87.5 kg');
  await expect(work.getByTestId('pct')).toHaveText('85.8%');
});

test('a set lighter than the bar says so', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').fill('30');
  await expect(rows(page).last().getByTestId('plates')).toContainText('Lighter than the empty bar (20 kg)');
});

test('exercises can be added, named, reordered and removed; hints appear', async ({ page }) => {
  await page.goto('./');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add exercise' }).click();
  await expect(page.getByTestId('exercise')).toHaveCount(4);
  await expect(page.getByTestId('too-many-back-offs')).toBeVisible();
  await page.getByLabel('Exercise', { exact: true }).nth(1).fill('Deadlift');
  await expect(page.getByTestId('exercise').nth(1)).toContainText('back-off set of deadlifts');
  await page.getByRole('button', { name: 'Move exercise 2 up' }).click();
  await expect(page.getByTestId('exercise').nth(0).getByRole('heading')).toHaveText('Deadlift');
  await page.getByRole('button', { name: 'Remove exercise 1' }).click();
  await expect(page.getByTestId('exercise')).toHaveCount(3);
  await expect(page.getByTestId('too-many-back-offs')).toHaveCount(0);
});

test('a scheme is picked and its sets edited in place', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Scheme').selectOption({ label: 'Goto back-off' });
  await page.getByLabel('1RM (kg)').fill('120');
  await expect(loads(page)).toHaveText(['107.5 kg', '107.5 kg', '107.5 kg', '107.5 kg', '107.5 kg', '60 kg']);
  await page.getByText('Edit sets').click();
  await page.getByLabel('Group 1 sets').fill('3');
  await page.getByLabel('Group 1 sets').press('Enter');
  await expect(loads(page)).toHaveCount(4);
  await expect(page.getByText('Edit sets (edited)')).toBeVisible();
});
