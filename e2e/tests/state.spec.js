// State that survives: the URL is the plan, storage keeps settings and the back-off log, and
// nothing unreadable breaks the page.
import { devices } from '@playwright/test';
import { test, expect } from './fixtures.js';

const loads = (page) => page.getByTestId('set-row').getByTestId('load');

test('a bookmark reloaded in a fresh browser restores the plan exactly', async ({ page, browser }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').fill('110');
  await page.getByRole('button', { name: 'Add exercise' }).click();
  await page.getByLabel('Exercise', { exact: true }).nth(1).fill('Squat');
  await page.getByLabel('1RM (kg)').nth(1).fill('140');
  await page.locator('summary', { hasText: 'Settings' }).click();
  await page.getByLabel('Nearest').check();
  await expect(page).toHaveURL(/round=nearest/);
  await expect(page).toHaveURL(/e=Squat~140~goto/);
  const before = await loads(page).allTextContents();
  const url = page.url();

  const fresh = await browser.newContext({ ...devices['Pixel 7'] });
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(loads(other)).toHaveText(before);
  await expect(other.getByLabel('Exercise', { exact: true }).nth(1)).toHaveValue('Squat');
  await other.locator('summary', { hasText: 'Settings' }).click();
  await expect(other.getByLabel('Nearest')).toBeChecked();
  await fresh.close();
});

test('garbage in the URL: the page loads, says so, and keeps what it can', async ({ page }) => {
  await page.goto('./?v=1&bar=banana&e=Bench+press~100~strength&e=%ZZ&e=Squat~~goto');
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  await expect(page.getByTestId('exercise')).toHaveCount(1);
  await expect(loads(page).nth(2)).toHaveText('85 kg');
});

test('garbage in local storage: the page loads, says so, and keeps the old value aside', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('backoff.v1', '{"not": "ours"');
    }
  });
  await page.goto('./');
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  await expect(loads(page).first()).toHaveText('50 kg');
  expect(await page.evaluate(() => localStorage.getItem('backoff.unreadable'))).toBe('{"not": "ours"');
  await page.reload();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('the back-off result is logged and shown next time', async ({ page }) => {
  await page.goto('./');
  const backOff = page.locator('[data-testid="set-row"][data-kind="back-off"]');
  await backOff.getByRole('button').click();
  await expect(backOff.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Back-off reps at 50 kg').fill('28');
  await page.getByRole('button', { name: 'Save result' }).click();
  await expect(page.getByTestId('logged')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('last-time')).toContainText('Last back-off: 28 reps at 50 kg');
});

test('light and dark themes at phone size (screenshots saved as artefacts)', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').fill('100');
  await page.getByTestId('set-row').nth(2).getByRole('button').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `artifacts/phone-${scheme}.png` });
    await page.screenshot({ path: `artifacts/phone-${scheme}-full.png`, fullPage: true });
  }
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 17, 20)');
});

test('opened with no plan in the address (an installed app), the last plan comes back', async ({ page }) => {
  await page.goto('./?v=1&e=Squat~140~goto');
  await expect(page.getByLabel('Exercise', { exact: true })).toHaveValue('Squat');
  await page.goto('./');
  await expect(page.getByLabel('Exercise', { exact: true })).toHaveValue('Squat');
  await expect(page.getByTestId('set-row').first().getByTestId('load')).toHaveText('125 kg');
});

test('checked sets and a logged result survive a reload; editing the set count clears the checks', async ({ page }) => {
  await page.goto('./');
  const backOff = page.locator('[data-testid="set-row"][data-kind="back-off"]');
  await page.getByTestId('set-row').first().getByRole('button').click();
  await backOff.getByRole('button').click();
  await page.getByLabel('Back-off reps at 50 kg').fill('25');
  await page.getByRole('button', { name: 'Save result' }).click();
  await page.reload();
  await expect(page.getByTestId('set-row').first().getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('logged')).toBeVisible();
  await page.getByText('Edit sets').click();
  await page.getByLabel('Group 3 sets').fill('4');
  await page.getByLabel('Group 3 sets').press('Enter');
  await expect(page.getByTestId('set-row').first().getByRole('button')).toHaveAttribute('aria-pressed', 'false');
});

test('storage that refuses writes (full or blocked): the page still works and says settings are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await expect(page.getByTestId('notice')).toContainText('could not be saved');
  await page.getByLabel('1RM (kg)').fill('120');
  const backOff = page.locator('[data-testid="set-row"][data-kind="back-off"]');
  await expect(backOff.getByTestId('load')).toHaveText('60 kg');
});

test("a friend's link does not carry my checks, and stray parameters do not hide my plan", async ({ page }) => {
  await page.goto('./?v=1&e=Squat~140~goto');
  await page.getByTestId('set-row').first().getByRole('button').click();
  await page.goto('./?fbclid=abc');
  await expect(page.getByLabel('Exercise', { exact: true })).toHaveValue('Squat');
  await expect(page.getByTestId('set-row').first().getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('./?v=1&e=Bench+press~100~goto');
  await expect(page.getByLabel('Exercise', { exact: true })).toHaveValue('Bench press');
  await expect(page.getByTestId('set-row').first().getByRole('button')).toHaveAttribute('aria-pressed', 'false');
});
