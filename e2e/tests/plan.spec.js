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
  await expect(work.getByTestId('asked')).toHaveText('(asked 85%)');
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
  // A mis-tap is one tap away from undone.
  await expect(page.getByTestId('notice')).toContainText('Removed Deadlift.');
  // The removed button took the focus with it: it goes to Undo, then to the exercise back.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('exercise')).toHaveCount(4);
  await expect(page.getByTestId('exercise').nth(0).getByRole('heading')).toHaveText('Deadlift');
  await expect(page.getByTestId('exercise').nth(0).getByRole('heading')).toBeFocused();
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

test('change plates are counted in, and a plate of the other unit can be added', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').fill('102');
  const work = rows(page).nth(2);
  await expect(work.getByTestId('load')).toHaveText('85 kg'); // 86.7 rounds down to 85 with 1.25s
  await page.locator('summary', { hasText: 'Settings' }).click();
  await page.getByRole('button', { name: 'More 0.5 kg plates' }).click();
  await page.getByRole('button', { name: 'More 0.5 kg plates' }).click();
  await expect(work.getByTestId('load')).toHaveText('86 kg');
  await page.getByLabel('Plate weight to add').fill('2.5');
  await page.getByLabel('Unit of the plate to add').selectOption('lb');
  await page.getByRole('button', { name: 'Add plate' }).click();
  await expect(page.getByRole('button', { name: 'More 2.5 lb plates' })).toBeVisible();
  await expect(page).toHaveURL(/2.5lb:1/);
});

test('dumbbells load in their own steps, with no plates', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Scheme').selectOption({ label: 'Accessory + back-off' });
  await page.getByLabel('1RM (kg)').fill('30');
  await page.getByLabel('Equipment').selectOption({ label: 'Dumbbells' });
  await expect(rows(page).last().getByTestId('load')).toHaveText('14 kg');
  await page.getByLabel('Steps of (kg)').fill('2.5');
  await page.getByLabel('Steps of (kg)').press('Enter');
  await expect(rows(page).last().getByTestId('load')).toHaveText('15 kg');
  await expect(rows(page).last().getByTestId('plates')).toHaveText('no plates');
});

test('start over clears the checks and the timer but keeps the plan', async ({ page }) => {
  await page.goto('./');
  await rows(page).nth(0).getByRole('button').click();
  await expect(rows(page).nth(0).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('timer-clock')).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(rows(page).nth(0).getByRole('button')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('timer-clock')).toHaveCount(0);
  await expect(loads(page).first()).toHaveText('50 kg');
});

test('a scheme cell refuses a value it cannot take and shows the one in force', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Edit sets').click();
  const sets = page.getByLabel('Group 3 sets');
  await sets.fill('banana');
  await sets.press('Enter');
  await expect(sets).toHaveValue('5');
  await expect(loads(page)).toHaveCount(8);
});

test('a default rest is typed a key at a time: emptied, it says so; retyped, it is used', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Settings').click();
  const rest = page.getByLabel('Rest before work sets');
  await rest.click();
  await rest.press('End');
  for (let i = 0; i < 3; i += 1) await rest.press('Backspace');
  await expect(rest).toHaveValue('');
  await expect(page.locator('#rest-work-error')).toHaveText('Enter a number.');
  await rest.pressSequentially('90');
  await expect(rest).toHaveValue('90');
  await expect(page.locator('#rest-work-error')).toHaveText('');
  await expect(page.getByText('then rest 1:30').first()).toBeVisible();
});

test('an exercise removed before a switch to lb comes back in lb', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Remove exercise 1' }).click();
  await expect(page.getByTestId('exercise')).toHaveCount(0);
  await page.getByText('Settings').click();
  await page.getByLabel('lb', { exact: true }).check();
  await page.getByRole('button', { name: 'Undo' }).click();
  // 100 kg is 220.5 lb (to the half pound), not 100 lb.
  await expect(page.getByLabel('1RM (lb)')).toHaveValue('220.5');
});

test('switching to lb and back keeps my kg plates and bar', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Settings').click();
  await page.getByLabel('Bar', { exact: true }).fill('15');
  await page.getByRole('button', { name: 'Fewer 25 kg plates' }).click();
  const pairs = page.getByLabel('25 kg pairs', { exact: true });
  const before = await pairs.textContent();
  await page.getByLabel('lb', { exact: true }).check();
  await expect(page.getByLabel('Bar', { exact: true })).toHaveValue('45');
  await page.getByLabel('kg', { exact: true }).check();
  await expect(page.getByLabel('Bar', { exact: true })).toHaveValue('15');
  await expect(pairs).toHaveText(before);
  // Kept across a reload too.
  await page.reload();
  await page.getByText('Settings').click();
  await page.getByLabel('lb', { exact: true }).check();
  await page.getByLabel('kg', { exact: true }).check();
  await expect(page.getByLabel('Bar', { exact: true })).toHaveValue('15');
});
