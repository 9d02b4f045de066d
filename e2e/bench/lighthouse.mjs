// Lighthouse 12.2.3, mobile preset, against the release build served with gzip from 127.0.0.1,
// in Debian's Chromium. Prints the scores and timings the README reports.
// Usage (after `make release` and `npm ci` here): node lighthouse.mjs
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const PORT = 4191;
const server = spawn('node', ['../serve.mjs', '../../dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
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
  console.log(`lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}`);
  console.log(`performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}`);
  console.log(`first contentful paint ${ms('first-contentful-paint')} ms, largest contentful paint ${ms('largest-contentful-paint')} ms, total blocking time ${ms('total-blocking-time')} ms`);
  for (const cat of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[cat].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${cat}: ${a.id}: ${a.title}`);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
