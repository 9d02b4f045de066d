// Renders the icon SVGs (static/icon.svg, static/icon-maskable.svg) into the PNGs the manifest
// and iOS need, with Debian's Chromium. The PNGs are committed; rerun after editing an SVG:
//   cd e2e && node bench/icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];
for (const [svg, png, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const data = readFileSync(`../static/${svg}`, 'utf8');
  await page.setContent(`<body style="margin:0;background:transparent">${data.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: `../static/${png}`, omitBackground: true });
  await page.close();
  console.log(`static/${png} (${size} px)`);
}
await browser.close();
