// Gives the wasm's imports from its glue short names, in the wasm and in the glue alike.
// wasm-bindgen names each import after the Rust binding and a 16-digit hash
// (`__wbg_setattribute_3c5f…`), and a reader downloads every name twice, in the import
// section and as a key of the glue's imports object; the hashes are what brotli cannot
// shrink. Used by scripts/build.mjs on every release wasm, the bare counter's included.
//
// Only a name that ends in such a hash and is a key of the glue exactly once is renamed;
// anything else keeps its name, so that a glue of another shape is left working.

const HASHED = /_[0-9a-f]{16}$/;
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function unsigned(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

function name(bytes, at) {
  const [length, start] = readUnsigned(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}

/// The end of an import's description (its kind and type), from its start.
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readUnsigned(bytes, p);
    if (flags & 1) [, p] = readUnsigned(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: a type index
      return readUnsigned(bytes, at)[1];
    case 1: // table: a reference type, then limits
      return limits(at + 1);
    case 2: // memory
      return limits(at);
    case 3: // global: a value type and mutability
      return at + 2;
    default:
      throw new Error(`wasm import of unknown kind ${kind}`);
  }
}

/// Each section of a wasm module: its id, where it begins (`at`, its id's byte), where its
/// contents begin (`start`) and where it ends.
export function* sections(wasm) {
  for (let at = 8; at < wasm.length; ) {
    const [size, start] = readUnsigned(wasm, at + 1);
    yield { id: wasm[at], at, start, end: start + size };
    at = start + size;
  }
}

/// `{ wasm, glue, renamed }`: both with the imports of module `module` renamed.
export function shortenImports(wasm, glue, module) {
  const keys = (field) => glue.split(new RegExp(`\\b${field}:`)).length - 1;
  const renames = new Map();
  const parts = [wasm.subarray(0, 8)];
  for (const { id, at, start, end } of sections(wasm)) {
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      continue;
    }
    const [count, first] = readUnsigned(wasm, start);
    const body = [unsigned(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [from, afterModule] = name(wasm, p);
      let [field, afterField] = name(wasm, afterModule);
      const afterDescription = skipDescription(wasm, afterField);
      if (from === module && HASHED.test(field) && keys(field) === 1) {
        const short = `w${letters(renames.size)}`;
        renames.set(field, short);
        field = short;
      }
      const bytes = Buffer.from(field, "utf8");
      body.push(wasm.subarray(p, afterModule), unsigned(bytes.length), bytes, wasm.subarray(afterField, afterDescription));
      p = afterDescription;
    }
    const section = Buffer.concat(body);
    parts.push(Buffer.from([2]), unsigned(section.length), section);
  }
  let renamed = glue;
  for (const [from, to] of renames) renamed = renamed.replace(new RegExp(`\\b${from}:`), `${to}:`);
  return { wasm: Buffer.concat(parts), glue: renamed, renamed: renames.size };
}

function letters(n) {
  let out = "";
  do {
    out = LETTERS[n % LETTERS.length] + out;
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return out;
}
