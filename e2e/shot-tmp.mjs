import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '/work/main/e2e/chromium.js';
const [,, url, out, w, h, scheme, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(url);
await page.waitForSelector('[data-testid=exercise]');
for (const s of steps) { await eval(`(async () => { ${s} })()`); await page.waitForTimeout(300); }
await page.screenshot({ path: out, fullPage: false });
const info = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: innerWidth, bar: document.querySelector('.timer').getBoundingClientRect().height }));
console.log(JSON.stringify(info));
await browser.close();
