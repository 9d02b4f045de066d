// Gyms as a lifter uses them: home and the work gym saved on the setup page, switched in one
// tap at the top of the plan (the work gym in lb: the plan converts), kept through a reload, a
// bad name refused beside its box, a gym deleted and brought back.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { backoff } from '../pages/index.js';

const PLAN =
  './?v=1&u=kg&bar=20&plates=25:4,10:2,5:2,2.5:2,1.25:2' +
  '&e=Bench+press~100~strength&e=Biceps+curl~40~accessory~~zez:10';

/** Home in kg; the work gym in lb (switching the unit leaves home as it was). */
async function twoGyms(page) {
  const { gyms, settings } = backoff(page);
  await page.goto(PLAN);
  await settings.open();
  await gyms.saveAs('Home');
  await settings.useUnit('lb');
  await gyms.saveAs('Work gym');
  await settings.done();
}

test('two gyms switched in one tap: the plan replans on each one, in its unit', async ({ page }) => {
  const { gyms, plan } = backoff(page);
  await twoGyms(page);
  await expect(gyms.button('Work gym')).toHaveAttribute('aria-pressed', 'true');
  const atWork = await plan.allLoads();
  expect(atWork.join(' ')).toContain(' lb');
  await gyms.use('Home');
  await expect(gyms.button('Work gym')).toHaveAttribute('aria-pressed', 'false');
  const atHome = await plan.allLoads();
  expect(atHome.join(' ')).not.toContain(' lb');
  await expect(plan.summary(2)).toContainText('EZ curl bar');
  await expect(page).toHaveURL(/u=kg/);
  // The gym in use is still in use after a reload; the other is one tap away.
  await page.reload();
  await expect(gyms.button('Home')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => plan.allLoads()).toEqual(atHome);
  await gyms.use('Work gym');
  await expect.poll(() => plan.allLoads()).toEqual(atWork);
});

test('a gym name that cannot be saved says why beside its box', async ({ page }) => {
  const { gyms, settings } = backoff(page);
  await page.goto(PLAN);
  await settings.open();
  await gyms.saveAs('   ');
  await expect(gyms.nameError()).toHaveText('Give it a name.');
  await expect(gyms.nameField()).toBeFocused();
  await gyms.saveAs('The gym on the corner of the high street');
  await expect(gyms.nameError()).toHaveText('At most 30 characters.');
  await expect(gyms.list()).toHaveCount(0);
  await gyms.saveAs('Corner gym');
  await expect(gyms.nameError()).toHaveText('');
  await expect(gyms.list()).toHaveCount(1);
  await expect(gyms.list().first()).toContainText('In use');
});

test('a gym deleted comes back with Undo', async ({ page }) => {
  const { gyms, notice, settings } = backoff(page);
  await twoGyms(page);
  await settings.open();
  await gyms.delete('Home');
  await expect(gyms.list()).toHaveCount(1);
  await notice.undo();
  await expect(gyms.list()).toHaveCount(2);
  await expect(gyms.list().first()).toContainText('Home');
});

test.describe('gyms at 360 and 412 px, both themes', () => {
  test.skip(({ baseURL }) => baseURL.includes('/backoff/'), 'the layout does not depend on the path');
  for (const width of [360, 412]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${width} px, ${colorScheme}: the switch and the list fit, targets a thumb can tap, axe clean`, async ({ page }) => {
        const { app, gyms, layout, settings } = backoff(page);
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await twoGyms(page);
        await settings.open();
        await gyms.saveAs('The hotel gym by the station');
        await settings.done();
        for (const where of ['plan', 'setup']) {
          if (where === 'setup') await settings.open();
          await expect(gyms.switcher().or(gyms.list().first())).not.toHaveCount(0);
          expect(await layout.sidewaysScroll()).toBe(0);
          expect(await layout.cutOff()).toEqual([]);
          expect(await layout.overlaps()).toEqual([]);
          const small = (await app.tapTargets()).filter((r) => r.height < 44 || r.width < 44);
          expect(small).toEqual([]);
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        }
      });
    }
  }
});
