// Five years of training in the history page, in the release build on this machine (no CPU
// slowdown): issue 29's targets.
// - The history page opened on 20,000 stored sets (six lifts, about three sessions a week for
//   five years): every lift's chart and its newest sessions drawn within 500 ms.
// - A five-year Strong export (20,000 rows) read and previewed within 1 s, imported within 2 s;
//   and the history it makes exported again.
// Each is run five times in a fresh browser; the median is printed. The import is timed in the
// page, from the file input's change (the file picked) and from the tap on Import, so the time
// the test harness takes to hand the file over is not counted.
// Usage (after a release build): node bench/history-import.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const PORT = 4193;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SETS = 20_000;
const LIFTS = [
  ['Squat', 140], ['Bench press', 100], ['Deadlift', 180],
  ['Overhead press', 60], ['Barbell row', 80], ['Chin-up', 20],
];
const DAY = 86_400_000;
const START = Date.UTC(2021, 11, 6, 18);

/** Each session in turn: its time, and for each lift 3 work sets and a back-off set. */
function* sessions() {
  for (let n = 0; ; n++) {
    const at = START + Math.floor(n / 3) * 7 * DAY + [0, 2, 4][n % 3] * DAY;
    yield { at, n };
  }
}

/** The stored history (`backoff-history 1`, docs/formats.md), SETS sets. */
function storedHistory() {
  const lines = ['backoff-history 1'];
  for (const { at, n } of sessions()) {
    for (const [lift, max] of LIFTS) {
      const top = Math.round((max * (0.75 + n / 20000)) / 2.5) * 2.5;
      for (let s = 0; s < 3; s++) lines.push(`${at}~${lift}~k~${top}~kg~5~b~${s === 0 && lift === 'Squat' ? 'Day A~3000' : ''}`);
      lines.push(`${at}~${lift}~b~${Math.round(max / 5) * 2.5}~kg~${20 + (n % 5)}!~b~`);
      if (lines.length > SETS) return lines.slice(0, SETS + 1).join('\n');
    }
  }
}

/** A Strong export as Strong writes it today, SETS rows. */
function strongExport() {
  const rows = ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE'];
  for (const { at, n } of sessions()) {
    const date = new Date(at).toISOString().replace('T', ' ').slice(0, 19);
    for (const [lift, max] of LIFTS) {
      const top = (Math.round((max * (0.75 + n / 20000)) / 2.5) * 2.5).toFixed(1);
      const name = `${lift} (Barbell)`;
      rows.push(`${date},Day ${n % 3},1h 2m,${name},W,${(max / 2).toFixed(1)},5,0,0,`);
      for (let s = 1; s <= 3; s++) rows.push(`${date},Day ${n % 3},1h 2m,${name},${s},${top},5,0,0,8`);
      if (rows.length > SETS) return rows.slice(0, SETS + 1).join('\n');
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run in a fresh browser: `steps(page)` returns its figures. */
async function inBrowser(steps) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    return await steps(page);
  } finally {
    await browser.close();
  }
}

const server = spawn('node', ['serve.mjs', '../dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
try {
  const history = storedHistory();
  const shown = [];
  for (let i = 0; i < 5; i++) {
    shown.push(await inBrowser(async (page) => {
      await page.goto(`${ORIGIN}/about/`);
      await page.evaluate((text) => localStorage.setItem('backoff.history', text), history);
      await page.goto(`${ORIGIN}/history/`);
      // Every lift's chart and its newest sessions drawn, timed from the navigation's start.
      const lifts = page.getByTestId('lift');
      await lifts.nth(LIFTS.length - 1).getByTestId('session').first().waitFor();
      const ms = await page.evaluate(() => performance.now());
      const charts = await page.getByTestId('chart').count();
      if (charts !== LIFTS.length) throw new Error(`${charts} charts drawn, not ${LIFTS.length}`);
      console.log(`run ${i + 1}: history of ${SETS} sets shown in ${Math.round(ms)} ms`);
      return ms;
    }));
  }
  const csv = strongExport();
  const imports = [];
  for (let i = 0; i < 5; i++) {
    imports.push(await inBrowser(async (page) => {
      await page.addInitScript(() => {
        window.__at = {};
        for (const type of ['change', 'click']) {
          document.addEventListener(type, () => { window.__at[type] = performance.now(); }, true);
        }
      });
      await page.goto(`${ORIGIN}/history/`);
      await page.getByTestId('no-history').waitFor();
      const since = (type) => page.evaluate((t) => Math.round(performance.now() - window.__at[t]), type);
      await page.getByLabel('Pick a CSV export').setInputFiles({
        name: 'strong_workouts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByTestId('import-summary').waitFor();
      const preview = await since('change');
      await page.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByTestId('imported').waitFor();
      const done = await since('click');
      const summary = await page.getByTestId('imported').textContent();
      // And all of it written back out, in Strong's layout of today.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export history (CSV)', exact: true }).click();
      await page.getByTestId('notice').filter({ hasText: 'Saved' }).waitFor();
      const exported = await since('click');
      await download;
      console.log(`run ${i + 1}: ${SETS}-row Strong export read and previewed in ${preview} ms, imported in ${done} ms (${summary.trim()}), exported in ${exported} ms`);
      return { preview, done, exported };
    }));
  }
  console.log(`median: history of ${SETS} sets shown in ${Math.round(median(shown))} ms (target 500); `
    + `export read and previewed in ${median(imports.map((r) => r.preview))} ms (target 1000), `
    + `imported in ${median(imports.map((r) => r.done))} ms (target 2000); `
    + `the history exported in ${median(imports.map((r) => r.exported))} ms`);
} finally {
  server.kill();
}
