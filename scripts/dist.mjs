// Finishes dist/ once scripts/build.mjs has put the wasm, the glue and the files of www/
// in the staging folder: puts each language's text pack beside the wasm, writes the
// list of languages, the packs' encodings, the message shown when the widget cannot run
// and the hashed names of the files it loads into the loader, writes the fallback for
// readers without JavaScript and manifest.json, and,
// in a release build, minifies the loader, the glue and the stylesheets
// (scripts/minify.mjs).
//
// A pack whose every character windows-1251 has (English, Russian and Ukrainian, with
// their quotes, dashes and no-break spaces) ships in it: a byte a letter instead of two
// for Cyrillic, which brotli does not fully make up for. Any other pack ships as UTF-8.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minifyScript, minifyStyles } from "./minify.mjs";

const [staging, profile] = process.argv.slice(2);
if (!staging || !["debug", "release"].includes(profile)) throw new Error("usage: node scripts/dist.mjs <staging folder> debug|release");

// The content compiler (build/) writes the packs under the wasm target's profile folder.
const metadata = JSON.parse(
  execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], { encoding: "utf8" }),
);
const packs = join(metadata.target_directory, "wasm32-unknown-unknown", profile, "clearback-texts");
const languages = JSON.parse(await readFile(join(packs, "languages.json"), "utf8"));
const encodings = {};
for (const code of languages) {
  const text = await readFile(join(packs, `texts-${code}.txt`), "utf8");
  const single = singleByte(text);
  encodings[code] = single ? "windows-1251" : "utf-8";
  await writeFile(join(staging, `texts-${code}.txt`), single || text);
}

/// The page's rules that give `--cb-reserve` its value by the element's width, language
/// and first view, from www/reserve.json (scripts/reserve.mjs). Heights are in em of the
/// medium font the table was measured at, so that they follow --clearback-font-size.
function reservation(table) {
  const em = (px) => `${+(px / 16).toFixed(2)}em`;
  // Within a band the space falls with the width (100cqw: the element's own), as the
  // text of its first screen wraps less.
  const height = (start, px, fall) => (fall ? `calc(${em(px)} - ${fall} * (100cqw - ${em(start)}))` : em(px));
  const select = (view, lang) =>
    `clearback-widget${view === "checker" ? "" : `[view="${view}" i]`}${lang === languages[0] ? "" : `:lang(${lang})`}::before`;
  const bands = new Map();
  for (const [view, byLang] of Object.entries(table)) {
    for (const lang of languages) {
      for (const [width, px, fall] of byLang[lang]) {
        if (!bands.has(width)) bands.set(width, []);
        bands.get(width).push(`${select(view, lang)}{--cb-reserve:${height(width, px, fall)}}`);
      }
    }
  }
  const widths = [...bands.keys()].sort((a, b) => a - b);
  // The narrowest band holds below it too; each wider one from its start.
  return widths.map((width, i) => (i === 0 ? bands.get(width).join("") : `@container (min-width:${em(width)}){${bands.get(width).join("")}}`)).join("\n");
}

/// `text` in windows-1251, or `null` when it holds a character that encoding lacks.
function singleByte(text) {
  const table = new TextDecoder("windows-1251").decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    const at = code < 128 ? code : table.indexOf(char);
    if (at < 0) return null;
    bytes[length++] = code < 128 ? code : 128 + at;
  }
  return bytes.subarray(0, length);
}

const loader = join(staging, "embed.js");
const source = await readFile(loader, "utf8");
const fallback = JSON.parse(await readFile(join(packs, "fallback.json"), "utf8"));
const table = JSON.parse(await readFile(new URL("../www/reserve.json", import.meta.url), "utf8"));
await writeFile(join(staging, "embed.css"), `${await readFile(join(staging, "embed.css"), "utf8")}${reservation(table)}\n`);

// The development build stays readable.
if (profile === "release") {
  await writeFile(join(staging, "clearback.js"), await minifyScript(await readFile(join(staging, "clearback.js"), "utf8"), { module: true }));
  for (const sheet of ["embed.css", "clearback.css", "clearback-print.css"]) {
    const path = join(staging, sheet);
    await writeFile(path, minifyStyles(await readFile(path, "utf8")));
  }
}

// The static fallback per language (fallback/<lang>.html), from the same content, for the
// publisher to paste inside the element: readers without JavaScript and crawlers see it.
execFileSync("cargo", ["run", "--quiet", "--offline", "--locked", "-p", "clearback-fallback", "--", join(staging, "fallback")], {
  stdio: "inherit",
});

// Everything embed.js loads gets its content's hash in its name, so that it can be cached
// forever; embed.js and embed.css keep theirs (the snippet names them) and are the files
// to cache briefly. The loader learns the names, and the hashes it checks what it
// fetches against (Subresource Integrity).
const hashed = ["clearback.js", "clearback_bg.wasm", "clearback.css", "clearback-print.css", ...languages.map((l) => `texts-${l}.txt`)];
const assets = {};
const integrity = {};
for (const name of hashed) {
  const bytes = await readFile(join(staging, name));
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const renamed = name === "clearback_bg.wasm" ? `clearback-${hash}_bg.wasm` : name.replace(/(\.[a-z]+)$/, `-${hash}$1`);
  await rename(join(staging, name), join(staging, renamed));
  assets[name] = renamed;
  integrity[name] = sri(bytes);
}

let filled = source;
for (const [name, value] of [
  ["LANGUAGES", languages],
  ["ENCODINGS", encodings],
  ["FALLBACK", fallback],
  ["ASSETS", assets],
  ["INTEGRITY", integrity],
]) {
  const marker = new RegExp(`var ${name} = (\\[[^\\]]*\\]|\\{[^}]*\\}|"[^"]*");`);
  if (!marker.test(filled)) throw new Error(`embed.js has no \`var ${name} = …;\` to fill in`);
  filled = filled.replace(marker, () => `var ${name} = ${JSON.stringify(value)};`);
}
await writeFile(loader, profile === "release" ? await minifyScript(filled, { module: false }) : filled);

// Every file with its size and integrity hash, for a publisher who pins a build.
const manifest = {};
for (const name of (await listFiles(staging)).sort()) {
  if (name === "manifest.json") continue;
  const bytes = await readFile(join(staging, name));
  manifest[name] = { size: bytes.length, integrity: sri(bytes) };
}
await writeFile(join(staging, "manifest.json"), JSON.stringify({ files: manifest }, null, 2) + "\n");
console.log(`dist: texts of ${languages.join(", ")} beside the wasm; ${hashed.length} files named by their hash`);

function sri(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/// The files under `dir`, as paths relative to it.
async function listFiles(dir, prefix = "") {
  const names = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...(await listFiles(dir, path)));
    else names.push(path);
  }
  return names;
}
