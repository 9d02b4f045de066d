// Sets at a glance: a set row a lifter reads from the bench (at most 80 px at phone widths, the
// same layout whatever its badges), a ticked set folded to one line of at most 48 px, the
// details folded away by choice, and a shell painted before the app that it replaces in place.
import AxeBuilder from '@axe-core/playwright';
import { backoff } from '../pages/index.js';
import { test, expect } from './fixtures.js';

const TWO = './?v=1&e=Bench+press~100~strength&e=Squat~140~goto';

for (const size of [{ width: 360, height: 640 }, { width: 390, height: 844 }, { width: 412, height: 915 }]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`${size.width} x ${size.height}, ${colorScheme}: rows of one layout, 80 px at most, 48 when ticked`, async ({ page }) => {
      test.skip(test.info().project.name.includes('subpath'), 'the layout does not depend on the path');
      const { layout, plan } = backoff(page);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await page.goto(TWO);
      await expect(plan.sets()).toHaveCount(14);
      for (const row of await layout.setRows()) expect(row.height).toBeLessThanOrEqual(80);
      // Warm-up, work and back-off rows, "Up next" or not: the load starts at one x.
      expect(new Set(await layout.loadStarts()).size).toBe(1);
      for (let n = 1; n <= 4; n += 1) await plan.set(n).tick();
      const rows = await layout.setRows();
      expect(rows.filter((r) => r.done)).toHaveLength(4);
      for (const row of rows.filter((r) => r.done)) expect(row.height).toBeLessThanOrEqual(48);
      for (const row of rows.filter((r) => !r.done)) expect(row.height).toBeLessThanOrEqual(80);
      expect(await layout.sidewaysScroll()).toBe(0);
      expect(await layout.cutOff()).toEqual([]);
      expect(await layout.overlaps()).toEqual([]);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
}

// The longest rows: four 45s and change plates, a weighted dip, an assisted back-off, a stack
// that runs out. Counted plates ("4×45"), "BW", a drawing that narrows and short messages keep
// them to three lines.
test('heavy lb plates, bodyweight with a belt, a load that cannot be made and a rounded % stay within 80 px', async ({ page }) => {
  test.skip(test.info().project.name.includes('subpath'), 'the layout does not depend on the path');
  const { layout, plan } = backoff(page);
  const heavy = './?v=1&u=lb&bw=180&e=Squat~495~strength&e=Dip~90~goto~~w5&e=Leg+extension~400~accessory~~m10:10:200';
  for (const width of [360, 390, 412]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(heavy);
    await expect(plan.exercises()).toHaveCount(3);
    await expect(plan.exercise(3).getByText(/More than|Heavier than/).first()).toBeVisible();
    await expect(plan.exercise(1).getByText('4×45 + 5 + 2.5 a side').first()).toBeVisible();
    for (const row of await layout.setRows()) expect(row.height, `${width} px`).toBeLessThanOrEqual(80);
    // An assisted back-off in kg: "BW − 20 kg AMRAP" with its kind on one line.
    await page.goto('./?v=1&u=kg&bw=80&e=Dip~40~goto~~w5');
    await expect(plan.sets().last().getByText('20 kg of assistance')).toBeVisible();
    for (const row of await layout.setRows()) expect(row.height, `${width} px, assisted`).toBeLessThanOrEqual(80);
    // A light press whose loads rounding moved: "asked 85%" beside the change and the rest.
    await page.goto('./?v=1&e=Press~60~strength');
    await expect(plan.sets().nth(2).getByText('asked 85%')).toBeVisible();
    for (const row of await layout.setRows()) expect(row.height, `${width} px, press`).toBeLessThanOrEqual(80);
  }
});

test("the setup page's scheme editor fits at 320 and 360 px: one row per group, nothing cut off", async ({ page }) => {
  test.skip(test.info().project.name.includes('subpath'), 'the layout does not depend on the path');
  const { layout, settings } = backoff(page);
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?v=1&e=Bench+press~100~strength');
    await settings.open();
    await expect(page.getByRole('row')).not.toHaveCount(0);
    expect(await layout.sidewaysScroll(), `${width} px`).toBe(0);
    expect(await layout.cutOff(), `${width} px`).toEqual([]);
    expect(await layout.overlaps(), `${width} px`).toEqual([]);
  }
});

test('at 390 x 844 a bookmarked plan shows five whole sets, and after four ticks the next three', async ({ page }) => {
  const { layout, plan, timer } = backoff(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(TWO);
  await expect(plan.sets()).toHaveCount(14);
  expect(await layout.wholeRowsAboveTheBar()).toBeGreaterThanOrEqual(5);
  for (let n = 1; n <= 4; n += 1) await plan.set(n).tick();
  await expect(timer.clock()).toBeVisible();
  for (const n of [5, 6, 7]) {
    await expect.poll(() => layout.fullyAboveTheBar(plan.set(n).row), `set ${n}`).toBe(true);
  }
});

test('a ticked set folds to one line, its correction one tap away, and unfolds when unticked', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto(TWO);
  const set = plan.set(3);
  await expect(set.plates()).toHaveText('25 + 5 + 2.5 a side');
  await set.tick();
  await expect(set.plates()).toHaveCount(0);
  await expect(set.load()).toHaveText('85 kg');
  await set.correct({ reps: '1' });
  await expect(set.corrected()).toHaveText('Done: 1 rep at 85 kg');
  await set.untick();
  await expect(set.plates()).toHaveText('25 + 5 + 2.5 a side');
});

test('the details folded away stay folded after a reload', async ({ page }) => {
  const { plan } = backoff(page);
  await page.goto(TWO);
  await expect(plan.set(3).percent()).toHaveText('85%');
  await expect(plan.set(3).change()).toHaveText('−20 +25 +5 +2.5');
  await expect(plan.restNotes('3:00').first()).toBeVisible();
  await expect(plan.detailsButton(1)).toHaveAttribute('aria-pressed', 'true');
  await plan.detailsButton(1).click();
  await expect(plan.set(3).percent()).toHaveCount(0);
  await expect(plan.set(3).change()).toHaveCount(0);
  await expect(plan.restNotes('3:00')).toHaveCount(0);
  // Load, reps and plates stay.
  await expect(plan.set(3).plates()).toHaveText('25 + 5 + 2.5 a side');
  await page.reload();
  await expect(plan.detailsButton(2)).toHaveAttribute('aria-pressed', 'false');
  await expect(plan.set(3).percent()).toHaveCount(0);
  await plan.detailsButton(2).click();
  await expect(plan.set(3).percent()).toHaveText('85%');
});

test('the shell is painted from the HTML alone, and the app takes its place with nothing moved', async ({ page, browser, baseURL }) => {
  const off = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: page.viewportSize() });
  const bare = await off.newPage();
  await bare.goto(TWO);
  await expect(bare.getByRole('heading', { name: 'Backoff' })).toBeVisible();
  await expect(bare.getByText('Loading your plan…')).toBeVisible();
  const shell = await backoff(bare).layout.frame();
  await off.close();
  const { layout, plan } = backoff(page);
  await page.goto(TWO);
  await expect(plan.sets()).toHaveCount(14);
  await expect(page.getByText('Loading your plan…')).toHaveCount(0);
  // The title, the links to the setup page and the first card where the shell had them.
  expect(await layout.frame()).toEqual(shell);
  expect(await layout.layoutShift()).toBe(0);
});
