// The foundation's promise: the page loads cleanly, takes a max, and shows the back-off load.
import { test, expect } from './fixtures.js';

test('the page loads and shows the back-off load for a typed max', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backoff');
  const max = page.getByLabel('1RM (kg)');
  await expect(max).toHaveAttribute('inputmode', 'decimal');
  await max.fill('100');
  const backOff = page.locator('[data-testid="set-row"][data-kind="back-off"]');
  await expect(backOff.getByTestId('load')).toHaveText('50 kg');
  await max.fill('120');
  await expect(backOff.getByTestId('load')).toHaveText('60 kg');
});

test('garbage in the max shows a message next to the field and keeps the plan', async ({ page }) => {
  await page.goto('./');
  const max = page.getByLabel('1RM (kg)');
  await max.fill('100');
  await max.fill('heavy');
  const message = page.locator('#ex0-max-error');
  await expect(message).toHaveText('That is not a number.');
  await expect(max).toHaveAttribute('aria-describedby', 'ex0-max-error');
  await expect(max).toHaveAttribute('aria-invalid', 'true');
  // The plan keeps the last valid result.
  const backOff = page.locator('[data-testid="set-row"][data-kind="back-off"]');
  await expect(backOff.getByTestId('load')).toHaveText('50 kg');
  await max.fill('-5');
  await expect(message).toHaveText('Must be more than zero.');
});
