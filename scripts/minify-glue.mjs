// Minifies wasm-bindgen's JS glue in a release build (Trunk minifies HTML and CSS, not the glue),
// and puts the new file's hash into the integrity attribute Trunk wrote for it.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// terser is installed with the e2e tools (scripts/bootstrap.sh), pinned in e2e/package-lock.json.
const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { minify } = require('terser');

/** Minifies each `.js` file Trunk staged and returns the updated index.html text. */
export async function minifyGlue(staging, html) {
  for (const name of readdirSync(staging).filter((f) => f.endsWith('.js'))) {
    const path = join(staging, name);
    const source = readFileSync(path, 'utf8');
    const out = await minify(source, { module: true, compress: true, mangle: true });
    if (!out.code) throw new Error(`minify-glue: terser returned nothing for ${name}`);
    writeFileSync(path, out.code);
    const sri = `sha384-${createHash('sha384').update(out.code).digest('base64')}`;
    // Trunk's default integrity is sha384; the attribute names the file it belongs to.
    const link = new RegExp(`(<link[^>]*${name.replace(/[.]/g, '\\.')}[^>]*integrity=["']?)sha384-[^"'\\s>]+`);
    if (!link.test(html)) throw new Error(`minify-glue: no integrity attribute for ${name} in index.html`);
    html = html.replace(link, `$1${sri}`);
    console.log(`minify-glue: ${name} ${source.length} -> ${out.code.length} bytes`);
  }
  return html;
}
