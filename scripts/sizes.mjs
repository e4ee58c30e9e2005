// What a reader downloads, and how big it is: raw, gzip -9 and brotli -q 11. Byte counts
// are deterministic, so the test command gates them against size-budget.json.
//
//   node scripts/sizes.mjs          prints the table for dist/
//   node scripts/sizes.mjs --check  fails when the brotli total is above the budget
import { readFile, readdir } from "node:fs/promises";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("../", import.meta.url));

/// The files every reader downloads, whatever the language (print sheet excluded: only
/// a reader who prints fetches it).
const SHARED = [/^embed\.(js|css)$/, /^clearback(-[0-9a-f]+)?\.js$/, /^clearback(-[0-9a-f]+)?_bg\.wasm$/, /^clearback(-[0-9a-f]+)?\.css$/];
/// One of these, the texts of the reader's language.
const LANGUAGE = /^texts-([a-z]+)(-[0-9a-f]+)?\.json$/;

/// How a reader's browser receives the files, compressed as a CDN does at its best (the
/// test server sends them so too).
export const GZIP = { level: 9 };
export const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };

export function compress(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, GZIP).length, brotli: brotliCompressSync(bytes, BROTLI).length };
}

/// `{ files: [{ name, raw, gzip, brotli }], languages: { en: {...} } }` for `dir`.
export async function measure(dir) {
  const names = (await readdir(dir)).sort();
  const files = [];
  const languages = {};
  for (const name of names) {
    const shared = SHARED.some((p) => p.test(name));
    const language = name.match(LANGUAGE);
    if (!shared && !language) continue;
    const size = { name, ...compress(await readFile(join(dir, name))) };
    if (language) languages[language[1]] = size;
    else files.push(size);
  }
  return { files, languages };
}

const sum = (rows) =>
  rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/// What a reader of the heaviest language downloads: the shared files and its texts.
export function readerTotal({ files, languages }) {
  const heaviest = Object.entries(languages).sort((a, b) => b[1].brotli - a[1].brotli)[0];
  const rows = heaviest ? [...files, heaviest[1]] : files;
  return { rows, lang: heaviest && heaviest[0], total: sum(rows) };
}

/// Every file of a plain build (the bare counter): all `.js` and `.wasm`.
export async function measureAll(dir) {
  const rows = [];
  for (const name of (await readdir(dir)).sort()) {
    if (/\.(js|wasm)$/.test(name)) rows.push({ name, ...compress(await readFile(join(dir, name))) });
  }
  return { rows, total: sum(rows) };
}

export const kib = (n) => (n / 1024).toFixed(1);

export function table(rows, total) {
  const line = (name, s) =>
    `| ${name} | ${kib(s.raw)} | ${kib(s.gzip)} | ${kib(s.brotli)} |`;
  return [
    "| file | raw KiB | gzip KiB | brotli KiB |",
    "|---|---:|---:|---:|",
    ...rows.map((r) => line(`\`${r.name}\``, r)),
    line("**total**", total),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(root, "dist");
  const sizes = await measure(dist).catch((error) => {
    if (error.code !== "ENOENT") throw error;
    console.error("There is no dist/ to measure yet: build it first with `trunk build --release` (after `source scripts/env.sh`).");
    process.exit(1);
  });
  const { rows, lang, total } = readerTotal(sizes);
  console.log(`What a reader downloads (the texts of ${lang || "no language"}, the largest):\n`);
  console.log(table(rows, total));
  for (const [code, size] of Object.entries(sizes.languages)) {
    console.log(`texts of ${code}: ${kib(size.brotli)} KiB brotli`);
  }
  if (process.argv.includes("--check")) {
    const budget = JSON.parse(await readFile(join(root, "size-budget.json"), "utf8"));
    const limit = budget["reader-total-brotli-bytes"];
    if (total.brotli > limit) {
      console.error(
        `\nsize budget exceeded: ${total.brotli} bytes brotli for a reader, above the ${limit} of size-budget.json.\n` +
          rows.map((r) => `  ${r.name}: ${r.brotli} bytes brotli (${r.raw} raw)`).join("\n"),
      );
      process.exit(1);
    }
    console.log(`\nwithin the budget: ${total.brotli} of ${limit} bytes brotli`);
  }
}
