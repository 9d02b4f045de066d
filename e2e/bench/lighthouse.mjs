// Lighthouse 12.2.3, mobile preset, against the release build served with gzip from 127.0.0.1,
// in Debian's Chromium, RUNS times (5 unless set), each in a fresh browser. Prints every run and
// the medians against the targets docs/size-and-speed.md reports.
// Usage (after `make release` and `npm ci` here): node lighthouse.mjs
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const PORT = 4191;
const server = spawn('node', ['../serve.mjs', '../../dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const RUNS = Number(process.env.RUNS ?? 5);
// Issue 27's targets: median performance >= 99, LCP <= 1.2 s, TBT <= 100 ms, CLS 0, the others 100.
const targets = {
  performance: [99, '>='], lcp: [1200, '<='], tbt: [100, '<='], cls: [0, '<='], accessibility: [100, '>='], practices: [100, '>='],
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumArgs],
    });
    try {
      const { lhr } = await lighthouse(`http://127.0.0.1:${PORT}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
      const run = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        practices: score('best-practices'),
        fcp: ms('first-contentful-paint'),
        lcp: ms('largest-contentful-paint'),
        tbt: ms('total-blocking-time'),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      };
      runs.push(run);
      if (i === 0 && process.env.LHR) (await import('node:fs')).writeFileSync(process.env.LHR, JSON.stringify(lhr));
      // What the largest paint was, and the main thread's long tasks: where the time goes.
      const lcpText = JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? {});
      const snippet = lcpText.match(/"snippet":"((?:[^"\\]|\\.)*)"/);
      if (i === 0 && snippet) console.log(`  largest paint: ${snippet[1]}`);
      const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
      if (i === 0) console.log(`  long tasks: ${tasks.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)}`).join(', ')}`);
      if (i === 0) console.log(`lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${RUNS} runs`);
      console.log(`run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.practices}; FCP ${run.fcp} ms, LCP ${run.lcp} ms, TBT ${run.tbt} ms, CLS ${run.cls}`);
      for (const cat of ['accessibility', 'best-practices']) {
        for (const ref of lhr.categories[cat].auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${cat}: ${a.id}: ${a.title}`);
        }
      }
    } finally {
      await chrome.kill();
    }
  }
  const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  const verdict = (k) => {
    const t = targets[k];
    if (!t) return '';
    const ok = t[1] === '>=' ? m[k] >= t[0] : m[k] <= t[0];
    return ` (target ${t[1]} ${t[0]}: ${ok ? 'met' : `NOT met, by ${Math.abs(m[k] - t[0])}`})`;
  };
  console.log(`median of ${RUNS}:`);
  for (const k of Object.keys(m)) console.log(`  ${k} ${m[k]}${verdict(k)}`);
} finally {
  server.kill();
}
