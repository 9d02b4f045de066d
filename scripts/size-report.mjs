// Prints every file of a build with its raw and gzip -9 size, and the total gzip of what the
// first page load fetches: index.html, every local file it references (except the
// apple-touch-icon, which only iOS fetches, when the page is added to the home screen) and sw.js,
// which the page registers as it starts. The service worker's precache of the remaining files
// (the PNG icons) runs after that, in the background. Fails above a budget.
// Usage: node scripts/size-report.mjs DIST BUDGET_BYTES
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'dist', budgetArg = '160000'] = process.argv.slice(2);
const budget = Number(budgetArg);

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const rows = files(dist).map((path) => ({
  name: relative(dist, path),
  raw: statSync(path).size,
  gzip: gz(path),
}));

// What a page's load fetches: its HTML plus each local href/src it names (Trunk's
// modulepreload/preload links cover the JS glue and the wasm). The first load is the plan
// page's (index.html) and sw.js, which it registers as it starts.
function loadOf(page, extra) {
  const dir = page.includes('/') ? page.slice(0, page.lastIndexOf('/') + 1) : '';
  const html = readFileSync(join(dist, page), 'utf8');
  const referenced = new Set([page, ...extra]);
  // Attribute values may be quoted or not (a minified page drops the quotes).
  const links = /<[^>]*?\b(?:href|src)=(?:"([^"]+)"|'([^']+)'|([^\s>"']+))[^>]*>/g;
  for (const [tag, ...values] of html.matchAll(links)) {
    const url = values.find((v) => v !== undefined);
    if (/\brel=["']?apple-touch-icon\b/.test(tag)) continue;
    if (/^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    // Under a --public-url the links carry a prefix: match on the path, else on the file name.
    const path = url.split(/[?#]/)[0].replace(/^\.?\//, '');
    const relative = posix.normalize(posix.join(dir, path));
    const name = [path, relative, dir + path.split('/').pop()].find((n) => rows.some((r) => r.name === n));
    if (name) referenced.add(name);
  }
  return referenced;
}
const referenced = loadOf('index.html', ['sw.js']);

const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(48)} ${pad('raw', 9)} ${pad('gzip -9', 9)}  first load`);
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${r.name.padEnd(48)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)}  ${referenced.has(r.name) ? 'yes' : ''}`);
}
const total = rows.filter((r) => referenced.has(r.name)).reduce((s, r) => s + r.gzip, 0);
console.log(`first-load total (gzip -9): ${total} bytes; budget ${budget} bytes`);
// The other pages load only when opened (the service worker has them cached by then).
for (const page of rows.map((r) => r.name).filter((n) => n.endsWith('/index.html')).sort()) {
  const load = loadOf(page, []);
  const bytes = rows.filter((r) => load.has(r.name)).reduce((s, r) => s + r.gzip, 0);
  console.log(`${page.slice(0, -'index.html'.length)} page load (gzip -9): ${bytes} bytes, not in the first load`);
}
if (total > budget) {
  console.error(`size: over budget by ${total - budget} bytes`);
  process.exit(1);
}
