// End-to-end suite: the release build in `../dist`, served from 127.0.0.1 by serve.mjs, driven in
// Debian's Chromium with a phone's viewport. Playwright never downloads a browser here.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// The same build under a sub-path (`trunk build --public-url /backoff/ --dist dist-sub`).
const SUB_PORT = PORT + 1;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
    // The page scrolls the next set into view after a tick; smoothly, a tap that follows at
    // once could land on a row still moving. The spec of that scroll turns motion back on.
    reducedMotion: 'reduce',
  },
  projects: [
    { name: 'pixel7' },
    { name: 'pixel7-subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}/backoff/` } },
  ],
  webServer: [
    {
      command: `node serve.mjs ../dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node serve.mjs ../dist-sub ${SUB_PORT} /backoff/`,
      url: `http://127.0.0.1:${SUB_PORT}/backoff/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
