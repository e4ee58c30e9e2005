// The build's renaming of the wasm's imports (scripts/wasm-imports.mjs), on a module made
// here byte by byte: what it renames still links, and what it cannot be sure of keeps its
// name. The whole widget built this way is what the other tests load.
import assert from "node:assert/strict";
import { test } from "node:test";
import { shortenImports } from "../../scripts/wasm-imports.mjs";

const leb = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const utf8 = (text) => [...leb(text.length), ...Buffer.from(text)];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];

/// A module importing each `[module, field]` as a function of no arguments, and a memory.
function moduleImporting(functions) {
  const imports = functions.flatMap(([module, field]) => [...utf8(module), ...utf8(field), 0, 0]);
  return Buffer.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [functions.length + 1, ...imports, ...utf8("env"), ...utf8("memory"), 2, 0, 1]),
  ]);
}

const HASH = "_0123456789abcdef";
const glue = [
  `const imports = { __wbg_log${HASH}: function() {}, __wbg_now${HASH}: function() {},`,
  ` __wbindgen_init_externref_table: function() {}, __wbg_twice${HASH}: function() {} };`,
  ` const again = { __wbg_twice${HASH}: 1 };`,
].join("");
const functions = [
  ["./x_bg.js", `__wbg_log${HASH}`],
  ["./x_bg.js", "__wbindgen_init_externref_table"],
  ["./x_bg.js", `__wbg_twice${HASH}`],
  ["other", `__wbg_now${HASH}`],
  ["./x_bg.js", `__wbg_now${HASH}`],
];

test("hashed imports of the glue get short names in the wasm and the glue alike", () => {
  const { wasm, glue: renamed, renamed: count } = shortenImports(moduleImporting(functions), glue, "./x_bg.js");
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module} ${i.name}`);
  assert.deepEqual(imports, [
    "./x_bg.js wa",
    "./x_bg.js __wbindgen_init_externref_table",
    `./x_bg.js __wbg_twice${HASH}`,
    `other __wbg_now${HASH}`,
    "./x_bg.js wb",
    "env memory",
  ]);
  assert.equal(count, 2);
  assert.match(renamed, /\{ wa: function\(\) \{\}, wb: function\(\) \{\},/);
  assert.equal(renamed.split(`__wbg_twice${HASH}:`).length, 3, "a name the glue has twice is left as it is");
  assert.ok(wasm.length < moduleImporting(functions).length);
});

test("a wasm without the glue's imports comes back unchanged", () => {
  const original = moduleImporting([["env", "f"]]);
  const { wasm, glue: same, renamed } = shortenImports(original, glue, "./x_bg.js");
  assert.deepEqual(wasm, original);
  assert.equal(same, glue);
  assert.equal(renamed, 0);
});
