// What a lifter on a slow phone sees first: the plan page opened five times, each in a fresh
// browser, with Chromium's own 4× CPU slowdown and a 1.6 Mbps, 150 ms network (Lighthouse's
// mobile figures, applied for real rather than simulated). Prints when the first and the largest
// paint came, what the largest was, the layout shift and when the first set row was drawn.
// Usage (after a release build): node bench/first-paint.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const PORT = 4192;
const server = spawn('node', ['serve.mjs', '../dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = [];
try {
  for (let i = 0; i < 5; i++) {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
      await page.addInitScript(() => {
        window.__paint = { lcp: 0, what: '', cls: 0 };
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) {
            window.__paint.lcp = e.startTime;
            window.__paint.what = e.element ? e.element.className || e.element.tagName : 'an element since removed';
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) if (!e.hadRecentInput) window.__paint.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.getByTestId('set-row').first().waitFor();
      const row = await page.evaluate(() => performance.now());
      await page.waitForTimeout(300);
      const p = await page.evaluate(() => ({
        ...window.__paint,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      const run = { fcp: Math.round(p.fcp), lcp: Math.round(p.lcp), row: Math.round(row), cls: p.cls };
      runs.push(run);
      console.log(`run ${i + 1}: first paint ${run.fcp} ms, largest paint ${run.lcp} ms (${p.what}), first set row by ${run.row} ms, layout shift ${run.cls}`);
    } finally {
      await browser.close();
    }
  }
  console.log(`median: first paint ${median(runs.map((r) => r.fcp))} ms, largest paint ${median(runs.map((r) => r.lcp))} ms, first set row ${median(runs.map((r) => r.row))} ms, layout shift ${median(runs.map((r) => r.cls))}`);
} finally {
  server.kill();
}
