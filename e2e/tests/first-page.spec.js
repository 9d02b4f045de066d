// The foundation's promise: the page loads cleanly, takes a max, and shows the back-off load.
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

test('the page loads and shows the back-off load for a typed max', async ({ page }) => {
  const { app, plan } = backoff(page);
  await page.goto('./');
  await expect(app.title()).toHaveText('Backoff');
  await plan.openSetup();
  await expect(plan.maxField()).toHaveAttribute('inputmode', 'decimal');
  await plan.typeMax('100');
  await expect(plan.backOffSet().load()).toHaveText('50 kg');
  await plan.typeMax('120');
  await expect(plan.backOffSet().load()).toHaveText('60 kg');
});

test('garbage in the max shows a message next to the field and keeps the plan', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await plan.typeMax('100');
  await plan.typeMax('heavy');
  // Not while typing: once the lifter leaves the field.
  await expect(plan.maxError()).toHaveText('');
  await plan.leaveMax();
  await expect(plan.maxError()).toHaveText('That is not a number.');
  await expect(plan.maxField()).toHaveAttribute('aria-describedby', 'ex0-max-error');
  await expect(plan.maxField()).toHaveAttribute('aria-invalid', 'true');
  // The plan keeps the last valid result.
  await expect(plan.backOffSet().load()).toHaveText('50 kg');
  await plan.typeMax('-5');
  await expect(plan.maxError()).toHaveText('Must be more than zero.');
  await plan.typeMax('105');
  await expect(plan.maxError()).toHaveText('');
});
