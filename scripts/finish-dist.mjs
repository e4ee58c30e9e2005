// Trunk's post-build hook: what Trunk does not do for a widget that its own loader starts.
//
// Trunk builds the wasm and its glue (named by their hash), runs wasm-opt and copies the
// files of www/ into the staging folder; the page does not start the widget, embed.js
// does. So this hook writes what embed.js must know and Trunk cannot: each language's
// text pack (from the content compiler), the fallback pages for readers without
// JavaScript, the content hash in the name of each file embed.js loads that Trunk copied,
// the names and integrity hashes of all of them into embed.js and manifest.json, the
// widget's stylesheet and its first screen in each language into embed.js, the space the
// first screen takes into embed.css, and, in a release, the minified glue, loader and
// stylesheets (Trunk's JavaScript minifier cannot parse wasm-bindgen's glue).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !["debug", "release"].includes(profile)) {
  throw new Error("scripts/finish-dist.mjs is Trunk's post-build hook: run `trunk build` (see Trunk.toml)");
}
const release = profile === "release";
const www = new URL("../www/", import.meta.url);

// The content compiler (build/) writes the packs under the wasm target's profile folder.
const metadata = JSON.parse(
  execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], { encoding: "utf8" }),
);
const packs = join(metadata.target_directory, "wasm32-unknown-unknown", profile, "clearback-texts");
const languages = JSON.parse(await readFile(join(packs, "languages.json"), "utf8"));
const words = JSON.parse(await readFile(join(packs, "fallback.json"), "utf8"));
for (const code of languages) {
  await writeFile(join(staging, `texts-${code}.json`), await readFile(join(packs, `texts-${code}.json`)));
}

// The fallback per language (fallback/<lang>.html), from the same content, for the
// publisher to paste inside the element: readers without JavaScript and crawlers see it;
// and the checker's first screen in each language, which embed.js paints before the wasm
// has run.
const firstScreen = join(metadata.target_directory, "clearback-first-screen.json");
execFileSync(
  "cargo",
  ["run", "--quiet", "--offline", "--locked", "-p", "clearback-fallback", "--", join(staging, "fallback"), firstScreen],
  { stdio: "inherit" },
);

const embedCss = join(staging, "embed.css");
await writeFile(embedCss, `${await readFile(embedCss, "utf8")}${reservation(JSON.parse(await readFile(new URL("reserve.json", www), "utf8")))}\n`);
if (release) {
  for (const sheet of ["embed.css", "clearback-print.css"]) {
    const path = join(staging, sheet);
    await writeFile(path, minifyStyles(await readFile(path, "utf8")));
  }
}
// The widget's stylesheet goes into embed.js, which styles the first screen it paints.
const style = await readFile(new URL("clearback.css", www), "utf8");

// Every file embed.js loads, by its name in the source: Trunk named the wasm and its glue
// by their hash; the others are named by theirs here, so that all can be cached forever.
// embed.js and embed.css keep their names (the snippet names them): the files to cache
// briefly.
const staged = await readdir(staging);
const trunkNamed = (pattern) => {
  const found = staged.find((name) => pattern.test(name));
  if (!found) throw new Error(`Trunk's output has no file like ${pattern}`);
  return found;
};
const assets = {
  "clearback.js": trunkNamed(/^clearback(-[0-9a-f]+)?\.js$/),
  "clearback_bg.wasm": trunkNamed(/^clearback(-[0-9a-f]+)?_bg\.wasm$/),
};
if (release) {
  const glue = join(staging, assets["clearback.js"]);
  await writeFile(glue, (await minify(await readFile(glue, "utf8"), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code);
}
const integrity = {};
for (const [name, file] of Object.entries(assets)) integrity[name] = sri(await readFile(join(staging, file)));
for (const name of ["clearback-print.css", ...languages.map((code) => `texts-${code}.json`)]) {
  const bytes = await readFile(join(staging, name));
  const hashed = name.replace(/(\.[a-z]+)$/, `-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}$1`);
  await rename(join(staging, name), join(staging, hashed));
  assets[name] = hashed;
  integrity[name] = sri(bytes);
}

// What embed.js must know, written over its placeholders.
const loader = join(staging, "embed.js");
let source = await readFile(loader, "utf8");
for (const [name, value] of [
  ["LANGUAGES", languages],
  ["WORDS", words],
  ["ASSETS", assets],
  ["INTEGRITY", integrity],
  ["STYLE", release ? minifyStyles(style) : style],
  ["FIRST", JSON.parse(await readFile(firstScreen, "utf8"))],
]) {
  const marker = new RegExp(`const ${name} = ("[^"]*"|\\[[^\\]]*\\]|\\{[^}]*\\});`);
  if (!marker.test(source)) throw new Error(`embed.js has no \`const ${name} = …;\` to fill in`);
  source = source.replace(marker, () => `const ${name} = ${JSON.stringify(value)};`);
}
if (release) {
  // A classic script, which browsers too old for the widget must still parse, to show
  // their readers its message.
  source = (await minify(source, { ecma: 2017, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
}
await writeFile(loader, source);

// Every file with its size and integrity hash, for a publisher who pins a build.
const manifest = {};
for (const name of (await listFiles(staging)).sort()) {
  if (name === "manifest.json") continue;
  const bytes = await readFile(join(staging, name));
  manifest[name] = { size: bytes.length, integrity: sri(bytes) };
}
await writeFile(join(staging, "manifest.json"), `${JSON.stringify({ files: manifest }, null, 2)}\n`);
console.log(`finish-dist: texts of ${languages.join(", ")}, the fallback, ${Object.keys(assets).length} files named by their hash`);

function sri(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/// Comments out and runs of white space as one space: no string of the stylesheets holds
/// more than one space in a row.
function minifyStyles(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").trim();
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
