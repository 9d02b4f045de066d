// Trunk post_build hook, in this order (Trunk runs a stage's hooks at once, so one hook does all):
// 1. in a release build, minifies the JS glue (minify-glue.mjs);
// 2. puts the hashes of Trunk's inline scripts (the loader; in a dev build, `trunk serve`'s
//    live-reload script too) into the Content-Security-Policy, so scripts need no 'unsafe-inline';
// 3. builds the other pages (history.html and setup.html, each with its own program, and
//    about.html, text only) into the staging dir's history/, setup/ and about/, with the same
//    profile and public URL plus the directory;
// 4. writes sw.js with exactly this build's files, every page's, and a version derived from
//    their contents (minified in a release build).
// Trunk runs this hook for those pages' builds too: there it does 1 and 2 only.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minifyGlue, minifyJs } from './minify-glue.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build.mjs: run me as a Trunk post_build hook (TRUNK_STAGING_DIR is unset)');
  process.exit(1);
}

// The CSP hashes of the inline scripts Trunk writes into index.html.
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const release = process.env.TRUNK_PROFILE === 'release';
if (release) html = await minifyGlue(staging, html);
if (!release) html = settleReloadScript(html);
const inline = [...html.matchAll(/<script(?: type="?module"?)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
if (!html.includes("'inline-script-hash'")) {
  console.error('post-build.mjs: index.html has no inline-script-hash placeholder in its CSP');
  process.exit(1);
}
html = html.replace("'inline-script-hash'", hashes);
writeFileSync(indexPath, html);

// The other pages, each in its own directory: `history/` and `setup/` (each its own program),
// and `about/` (text: its source sits in pages/, where no Cargo.toml makes Trunk build a
// program for it).
const pages = { history: 'history.html', setup: 'setup.html', about: 'pages/about.html' };
const target = process.env.TRUNK_HTML_FILE ?? '';
if (Object.values(pages).some((source) => target.endsWith(source.split('/').pop()))) process.exit(0);
for (const [page, source] of Object.entries(pages)) {
  buildPage(page, source);
  shareFiles(page);
}

/** A page's copy of a file the plan page has too (the stylesheet) gives way to the plan
 * page's: one download and one cache entry. Trunk names files by their content, so the same
 * name is the same file, and its integrity attribute still holds. */
function shareFiles(page) {
  const dir = join(staging, page);
  const pagePath = join(dir, 'index.html');
  let text = readFileSync(pagePath, 'utf8');
  for (const name of readdirSync(dir)) {
    if (name === 'index.html' || !readdirSync(staging).includes(name)) continue;
    const uses = new RegExp(`(href=["']?)[^"'\\s>]*${name.replace(/[.]/g, '\\.')}`, 'g');
    if (!uses.test(text)) continue;
    text = text.replace(uses, `$1../${name}`);
    unlinkSync(join(dir, name));
  }
  writeFileSync(pagePath, text);
}

/** The page `source`, built by another Trunk run into this build's staging dir's `page`/. */
function buildPage(page, source) {
  const base = process.env.TRUNK_PUBLIC_URL ?? '/';
  const args = ['build', source, '--dist', join(staging, page)];
  args.push('--public-url', `${base.endsWith('/') ? base : `${base}/`}${page}/`);
  if (release) args.push('--release');
  execFileSync('trunk', args, { stdio: 'inherit', cwd: process.env.TRUNK_SOURCE_DIR });
}

// `trunk serve` fills the live-reload script's address in per request (from the Host header),
// which would change its hash under the CSP. Filled in here instead, with what the server would
// use when it has no Host header, the script is the same on every request and its hash holds.
function settleReloadScript(page) {
  const url = process.env.TRUNK_PUBLIC_URL ?? '/';
  const base = url.startsWith('/') ? (url.endsWith('/') ? url : `${url}/`) : '/';
  return page
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', base);
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const files = walk(staging)
  .map((p) => relative(staging, p).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.endsWith('.template.js'))
  .sort();

const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(staging, f)));
const id = version.digest('hex').slice(0, 16);

const template = readFileSync(new URL('../static/sw.template.js', import.meta.url), 'utf8');
// Each page is cached under its directory's address ('./', 'history/'), as it is navigated to.
const list = JSON.stringify(files.map((f) => (f.endsWith('index.html') ? f.slice(0, -'index.html'.length) || './' : f)));
const worker = template.replace('__VERSION__', id).replace('__FILES__', list);
writeFileSync(join(staging, 'sw.js'), release ? await minifyJs(worker, false) : worker);
console.log(`service worker: version ${id}, ${files.length} files precached`);
