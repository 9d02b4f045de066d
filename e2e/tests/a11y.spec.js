// Accessibility: an axe-core scan of the page with every panel open finds nothing, in both
// themes, and every control is big enough for a thumb.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';

// Opens every panel, one at a time: a panel draws its content only once open, and that moves
// whatever is below it, so the next tap waits until the content is there.
const openAll = async (page) => {
  // The page draws after the load event (the wasm starts then): count its panels once it has.
  await expect(page.getByTestId('exercise').first()).toBeVisible();
  for (const summary of await page.locator('summary').all()) {
    await summary.click();
    await expect(summary.locator('xpath=..')).toHaveJSProperty('open', true);
    await expect(summary.locator('xpath=../*')).not.toHaveCount(1);
  }
  await expect(page.getByLabel('Bar', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Group 1 sets')).toBeVisible();
};

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await page.getByTestId('set-row').last().getByRole('button').click();
    await openAll(page);
    await page.getByLabel('From a set').check();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('touch targets are at least 44 px', async ({ page }) => {
  await page.goto('./');
  await openAll(page);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, summary, a')]
      .filter((el) => el.offsetParent !== null && el.type !== 'radio' && el.type !== 'checkbox')
      .map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.height < 44 || r.width < 44),
  );
  expect(small).toEqual([]);
});

test('the page works with a keyboard', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('1RM (kg)').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('120');
  const backOff = page.locator('[data-testid="set-row"][data-kind="back-off"]');
  await backOff.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(backOff.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
});

test('nothing overflows sideways on a 360 px phone, with every panel open and the timer running', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./');
  await openAll(page);
  await page.getByLabel('From a set').check();
  await page.getByTestId('set-row').first().getByRole('button').click();
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(360);
});
