// The README's screenshots, taken from the release build in ../dist in Debian's Chromium at phone
// sizes: `make screenshots` writes them to docs/. Usage: node screenshots.mjs [OUT_DIR]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { backoff } from './pages/index.js';

const out = process.argv[2] ?? join(import.meta.dirname, '..', 'docs');
const PORT = 4390;
const PLAN = `http://127.0.0.1:${PORT}/?v=1&e=Bench+press~100~strength&e=Squat~140~goto`;

// Each shot: a name, a phone size, a theme and the lifter's steps before it.
const shots = [
  { name: 'screenshot-light', width: 360, height: 740, scheme: 'light', steps: async () => {} },
  {
    name: 'screenshot-dark',
    width: 360,
    height: 740,
    scheme: 'dark',
    steps: async ({ plan, timer }) => {
      // Four sets done, folded to a line each; the sets still to do on the first screen.
      for (let n = 1; n <= 4; n += 1) await plan.set(n).tick();
      await timer.clock().waitFor();
    },
  },
  {
    name: 'screenshot-edit',
    width: 390,
    height: 844,
    scheme: 'light',
    steps: async ({ plan }) => plan.openSetup(2),
  },
  {
    name: 'screenshot-history',
    width: 360,
    height: 740,
    scheme: 'dark',
    steps: async ({ history }, page) => {
      // Twelve weeks of bench press: the heavy single creeping up, the back-off reps rising.
      await page.evaluate(() => {
        const lines = ['backoff-history 1'];
        for (let w = 0; w < 12; w++) {
          const at = Date.parse('2026-09-09T18:00:00') + w * 7 * 86_400_000;
          const single = 90 + 2.5 * Math.floor(w / 3);
          for (let s = 0; s < 5; s++) lines.push(`${at}~Bench press~k~${single}~kg~1`);
          lines.push(`${at}~Bench press~b~50~kg~${22 + Math.floor(w * 0.8) - (w % 4 === 3 ? 2 : 0)}`);
        }
        localStorage.setItem('backoff.history', lines.join('\n'));
      });
      await page.goto(PLAN.replace(/\?.*/, 'history/'));
      await history.chart('Bench press').waitFor();
    },
  },
];

const server = spawn('node', [join(import.meta.dirname, 'serve.mjs'), join(import.meta.dirname, '..', 'dist'), String(PORT)]);
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      reducedMotion: 'reduce',
      isMobile: true,
      hasTouch: true,
    });
    // A fixed moment, so the timer's "Next set at" reads the same on every run.
    await page.clock.install({ time: new Date('2026-12-02T18:30:00') });
    await page.clock.pauseAt(new Date('2026-12-02T18:30:05'));
    await page.goto(PLAN);
    const objects = backoff(page);
    await objects.plan.exercises().first().waitFor();
    await shot.steps(objects, page);
    await page.screenshot({ path: join(out, `${shot.name}.png`) });
    console.log(`${shot.name}.png: ${shot.width} x ${shot.height}, ${shot.scheme}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
