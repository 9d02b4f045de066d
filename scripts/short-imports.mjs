// Short names for what the wasm and its JS glue call each other by. wasm-bindgen names each
// import after the browser API and a 16-digit hash (`__wbg_addEventListener_847fd86b8c33ec43`),
// and each closure export after its types and crate hashes; the name sits in the glue and in the
// wasm, and hashes do not compress. Renaming them (`a`, `b`, ... and `_a`, `_b`, ...) in both
// files takes ≈ 4.5 KB off the first load (docs/size-and-speed.md); nothing else changes.

/** Reads an unsigned LEB128 at `pos`: [value, next position] (size-diff.mjs reads with it too). */
export function leb(buf, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** `n` as unsigned LEB128 bytes. */
function toLeb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

/** The n-th short name: a, b, ..., Z, aa, ab, ... (JS identifiers, never a glue name). */
function shortName(n) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789`;
  let name = first[n % first.length];
  n = Math.floor(n / first.length);
  while (n > 0) {
    n -= 1;
    name += rest[n % rest.length];
    n = Math.floor(n / rest.length);
  }
  return name;
}

/** The byte length of an import's descriptor (kind byte included) at `pos`. */
function descriptorEnd(buf, pos) {
  const kind = buf[pos++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = leb(buf, p);
    if (flags & 1) [, p] = leb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(buf, pos)[1]; // function: its type
    case 1: return limits(pos + 1); // table: element type, limits
    case 2: return limits(pos); // memory: limits
    case 3: return pos + 2; // global: value type, mutability
    case 4: return leb(buf, pos + 1)[1]; // tag: attribute, type
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** A regular expression for `name` as a whole JS identifier, after `before` if given. */
const token = (name, before = '') =>
  new RegExp(`(?<![\\w$])${before}${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/**
 * Renames every import of `wasm` (a Buffer) from module `glue` (e.g. "./backoff_bg.js"), and
 * every export but the memory, to a short name, in the wasm and in the glue's source `js`, and
 * returns both. An import the glue does not hold exactly once as a key, or an export it never
 * reads as `wasm.<name>` or writes in quotes, is left as it is.
 */
export function shortenImports(js, wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('short-imports: not a wasm file');
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let exported = 0;
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = leb(wasm, pos + 1);
    const end = start + size;
    if (id === 7) {
      const out = renameExports(js, wasm.subarray(start, end));
      js = out.js;
      exported = out.count;
      parts.push(Buffer.from([7, ...toLeb(out.payload.length)]), out.payload);
      pos = end;
      continue;
    }
    if (id !== 2) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = leb(wasm, start);
    const body = [Buffer.from(toLeb(count))];
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(wasm, p);
      const module = wasm.subarray(p, p + len).toString('utf8');
      p += len;
      [len, p] = leb(wasm, p);
      let name = wasm.subarray(p, p + len).toString('utf8');
      p += len;
      const descEnd = descriptorEnd(wasm, p);
      const key = token(name);
      if (module === glue && renamed.has(name)) {
        name = renamed.get(name);
      } else if (module === glue && (js.match(key) ?? []).length === 1) {
        const short = shortName(renamed.size);
        renamed.set(name, short);
        js = js.replace(key, short);
        name = short;
      }
      const m = Buffer.from(module, 'utf8');
      const n = Buffer.from(name, 'utf8');
      body.push(Buffer.from(toLeb(m.length)), m, Buffer.from(toLeb(n.length)), n, wasm.subarray(p, descEnd));
      p = descEnd;
    }
    const payload = Buffer.concat(body);
    parts.push(Buffer.from([2, ...toLeb(payload.length)]), payload);
    pos = end;
  }
  return { js, wasm: Buffer.concat(parts), renamed: renamed.size, exports: exported };
}

/** The export section `payload` with its names short where the glue reads them as
 * `wasm.<name>`. */
function renameExports(js, payload) {
  let [count, p] = leb(payload, 0);
  const entries = [];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = leb(payload, p);
    const name = payload.subarray(p, p + len).toString('utf8');
    p += len;
    const [, next] = leb(payload, p + 1);
    entries.push({ name, desc: payload.subarray(p, next) });
    p = next;
  }
  const taken = new Set(entries.map((e) => e.name));
  let n = 0;
  let renamed = 0;
  for (const e of entries) {
    if (e.name === 'memory' || e.name.length <= 3) continue;
    // Read as `wasm.<name>` (the glue's functions of the same name keep theirs), never as text.
    const used = (js.match(token(e.name, 'wasm\\.')) ?? []).length;
    if (used === 0 || /["'`]/.test(js.match(new RegExp(`.${e.name.replace(/\$/g, '\\$')}.`, 'g'))?.join('') ?? '')) continue;
    let short;
    do short = `_${shortName(n++)}`; while (taken.has(short));
    js = js.replace(token(e.name, 'wasm\\.'), `wasm.${short}`);
    e.name = short;
    renamed += 1;
  }
  const body = [Buffer.from(toLeb(entries.length))];
  for (const e of entries) {
    const b = Buffer.from(e.name, 'utf8');
    body.push(Buffer.from(toLeb(b.length)), b, e.desc);
  }
  return { js, payload: Buffer.concat(body), count: renamed };
}
