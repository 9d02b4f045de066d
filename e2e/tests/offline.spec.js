// Installable and offline: the manifest, the service worker's precache, a load with no network,
// and a new build picked up on the next load.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backoff } from '../pages/index.js';
import { test, expect, untilOffline } from './fixtures.js';


test('the manifest describes an installable app', async ({ page, baseURL }) => {
  const { app } = backoff(page);
  await page.goto('./');
  const href = await app.manifestHref();
  const manifest = await (await page.request.get(new URL(href, baseURL).href)).json();
  expect(manifest.short_name).toBe('Backoff');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    expect((await page.request.get(new URL(icon.src, baseURL).href)).ok()).toBe(true);
  }
});

test('with the network gone, a reload still works and computes', async ({ page, context }) => {
  const { plan } = backoff(page);
  await page.goto('./');
  await untilOffline(page);
  await context.setOffline(true);
  await page.reload();
  await plan.typeMax('120');
  await expect(plan.backOffSet().load()).toHaveText('60 kg');
  await context.setOffline(false);
});

test('with the network gone, the settings still open and what is set there plans the sets', async ({ page, context }) => {
  const { plan, settings } = backoff(page);
  await page.goto('./');
  await untilOffline(page);
  await context.setOffline(true);
  await settings.open();
  await settings.roundTo('Up');
  await settings.done();
  await plan.typeMax('102');
  await expect(plan.set(3).load()).toHaveText('87.5 kg');
  await context.setOffline(false);
});

test('a new build served in place of the old one is picked up on the next load', async ({ browser }, info) => {
  const sub = info.project.name.includes('subpath');
  const dist = join(import.meta.dirname, '..', '..', sub ? 'dist-sub' : 'dist');
  const root = mkdtempSync(join(tmpdir(), 'backoff-update-'));
  cpSync(dist, join(root, 'a'), { recursive: true });
  cpSync(dist, join(root, 'b'), { recursive: true });
  // Build B: a visible marker in the page and a new service-worker version.
  // Both edits must take: a release build's files are minified, so match loosely and check.
  const edit = (path, from, to) => {
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    expect(after, `${path} should change`).not.toBe(before);
    writeFileSync(path, after);
  };
  edit(join(root, 'b', 'index.html'), '<title>Backoff</title>', '<title>Backoff B</title>');
  edit(join(root, 'b', 'sw.js'), /(VERSION\s*=\s*["'])([0-9a-f]+)(["'])/, '$1$2b$3');

  const port = 4300 + info.workerIndex * 10 + (sub ? 1 : 0);
  const base = sub ? '/backoff/' : '/';
  const serve = (dir) => {
    const server = spawn('node', [join(import.meta.dirname, '..', 'serve.mjs'), join(root, dir), String(port), base]);
    return new Promise((resolve) => server.stdout.once('data', () => resolve(server)));
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  let server = await serve('a');
  try {
    await page.goto(`http://127.0.0.1:${port}${base}`);
    await expect(page).toHaveTitle('Backoff');
    await untilOffline(page);
    server.kill();
    server = await serve('b');
    await page.reload();
    await expect(page).toHaveTitle('Backoff B');
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('backoff-'))), {
        timeout: 10_000,
      })
      .toEqual([expect.stringMatching(/b$/)]);
  } finally {
    server.kill();
    await context.close();
  }
});
