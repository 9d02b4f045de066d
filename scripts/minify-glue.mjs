// Minifies JavaScript in a release build: wasm-bindgen's glue (Trunk minifies HTML and CSS, not
// the glue), with its integrity attribute in index.html updated, and the service worker.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortenImports } from './short-imports.mjs';

// terser is installed with the e2e tools (scripts/bootstrap.sh), pinned in e2e/package-lock.json.
const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { minify } = require('terser');

/** Minified `source`; `module` for ES modules (the glue), false for classic scripts (sw.js). */
export async function minifyJs(source, module) {
  const out = await minify(source, { module, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error('minify-glue: terser returned nothing');
  return out.code;
}

/** `html` with the integrity attribute of the link naming file `name` set to `bytes`' hash. */
function withIntegrity(html, name, bytes) {
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  // Trunk's default integrity is sha384; the attribute sits in the link naming the file.
  const link = new RegExp(`(<link[^>]*${name.replace(/[.]/g, '\\.')}[^>]*integrity=["']?)sha384-[^"'\\s>]+`);
  if (!link.test(html)) throw new Error(`minify-glue: no integrity attribute for ${name} in index.html`);
  return html.replace(link, `$1${sri}`);
}

/** Minifies each `.js` file Trunk staged, its wasm's imports renamed short (short-imports.mjs),
 * and returns `html` with their new integrity hashes. */
export async function minifyGlue(staging, html) {
  for (const name of readdirSync(staging).filter((f) => f.endsWith('.js'))) {
    const path = join(staging, name);
    let source = readFileSync(path, 'utf8');
    const wasmName = name.replace(/\.js$/, '_bg.wasm');
    const glue = source.match(/"(\.\/[\w-]+_bg\.js)"\s*:/)?.[1];
    if (glue && readdirSync(staging).includes(wasmName)) {
      const wasmPath = join(staging, wasmName);
      const out = shortenImports(source, readFileSync(wasmPath), glue);
      source = out.js;
      writeFileSync(wasmPath, out.wasm);
      html = withIntegrity(html, wasmName, out.wasm);
      console.log(`short-imports: ${out.renamed} imports and ${out.exports} exports of ${wasmName} renamed`);
    }
    const code = await minifyJs(source, true);
    writeFileSync(path, code);
    html = withIntegrity(html, name, code);
    console.log(`minify-glue: ${name} ${source.length} -> ${code.length} bytes`);
  }
  return html;
}
