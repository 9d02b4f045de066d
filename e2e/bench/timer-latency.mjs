// How late does "rest over" appear? Ten 3-second rests in a visible page with the real clock,
// measured from the stored end time to the moment the page shows the end.
// Usage (after a release build): node bench/timer-latency.mjs
import { chromium, devices } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const PORT = 4190;
const server = spawn('node', ['serve.mjs', '../dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ ...devices['Pixel 7'] });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const late = [];
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('Custom rest, seconds or m:ss').fill('3');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const lateness = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const saved = new URLSearchParams(localStorage.getItem('backoff.v1') ?? '');
          const endsAt = Number((saved.get('timer') ?? '').split(':')[1]);
          const check = () => {
            const sub = document.querySelector('[data-testid="timer-sub"]');
            if (sub && sub.textContent.startsWith('Rest over')) resolve(Date.now() - endsAt);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    late.push(lateness);
    await page.getByRole('button', { name: 'Close the timer' }).click();
  }
  late.sort((a, b) => a - b);
  const median = (late[4] + late[5]) / 2;
  console.log(`rest over, ms after the end: ${late.join(' ')}`);
  console.log(`timer latency: median ${median} ms, worst ${late[late.length - 1]} ms (10 rests of 3 s)`);
} finally {
  await browser.close();
  server.kill();
}
