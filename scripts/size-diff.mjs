// Where a wasm's bytes go, per function: `node scripts/size-diff.mjs new.wasm [old.wasm] [N]`.
// Reads the code and name sections of a build before wasm-opt (Trunk keeps it at
// target/wasm-bindgen/release/backoff_bg.wasm) and prints the N biggest functions, or, given an
// old build, the N biggest changes. Names are demangled only as far as dropping the hash.
import { readFileSync } from 'node:fs';
import { leb } from './short-imports.mjs';

/** Function name -> body size in bytes (summed when names repeat). */
function functionSizes(path) {
  const buf = readFileSync(path);
  let pos = 8, imported = 0;
  const bodies = [], names = new Map();
  while (pos < buf.length) {
    const id = buf[pos++];
    let size;
    [size, pos] = leb(buf, pos);
    const end = pos + size;
    if (id === 2) {
      let n, p;
      [n, p] = leb(buf, pos);
      for (let i = 0; i < n; i++) {
        let len;
        [len, p] = leb(buf, p); p += len;
        [len, p] = leb(buf, p); p += len;
        const kind = buf[p++];
        if (kind === 0) { [, p] = leb(buf, p); imported++; }
        else if (kind === 1) { p += 1; let f; [f, p] = leb(buf, p); [, p] = f & 1 ? leb(buf, leb(buf, p)[1]) : leb(buf, p); }
        else if (kind === 2) { let f; [f, p] = leb(buf, p); [, p] = leb(buf, p); if (f & 1) [, p] = leb(buf, p); }
        else if (kind === 3) { p += 2; }
      }
    } else if (id === 10) {
      let n, p;
      [n, p] = leb(buf, pos);
      for (let i = 0; i < n; i++) {
        let len;
        [len, p] = leb(buf, p);
        bodies.push(len);
        p += len;
      }
    } else if (id === 0) {
      let len, p;
      [len, p] = leb(buf, pos);
      const name = buf.toString('utf8', p, p + len);
      p += len;
      if (name === 'name') {
        while (p < end) {
          const sub = buf[p++];
          let subSize;
          [subSize, p] = leb(buf, p);
          const subEnd = p + subSize;
          if (sub === 1) {
            let n, q = p;
            [n, q] = leb(buf, q);
            for (let i = 0; i < n; i++) {
              let idx, l;
              [idx, q] = leb(buf, q);
              [l, q] = leb(buf, q);
              names.set(idx, buf.toString('utf8', q, q + l));
              q += l;
            }
          }
          p = subEnd;
        }
      }
    }
    pos = end;
  }
  const sizes = new Map();
  bodies.forEach((len, i) => {
    const raw = names.get(i + imported) ?? `func${i + imported}`;
    const name = raw.replace(/::h[0-9a-f]{16}$/, '').replace(/17h[0-9a-f]{16}E$/, '');
    sizes.set(name, (sizes.get(name) ?? 0) + len);
  });
  return sizes;
}

const [newPath, second, third] = process.argv.slice(2);
if (!newPath) {
  console.error('usage: node scripts/size-diff.mjs new.wasm [old.wasm] [N]');
  process.exit(2);
}
const oldPath = second && !/^\d+$/.test(second) ? second : undefined;
const top = Number((oldPath ? third : second) ?? 40);
const fresh = functionSizes(newPath);
const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
let rows;
if (oldPath) {
  const old = functionSizes(oldPath);
  const keys = new Set([...fresh.keys(), ...old.keys()]);
  rows = [...keys].map((k) => [k, (fresh.get(k) ?? 0) - (old.get(k) ?? 0)]).filter(([, d]) => d);
  rows.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(`code bytes: ${total(old)} -> ${total(fresh)} (${total(fresh) - total(old)})`);
} else {
  rows = [...fresh.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`code bytes: ${total(fresh)} in ${fresh.size} functions`);
}
for (const [name, d] of rows.slice(0, top)) console.log(`${String(d).padStart(7)}  ${name}`);
