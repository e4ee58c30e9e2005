// Finishes dist/ once Trunk has built it (Trunk's post_build hook, so `trunk build` and
// `trunk serve` both run it): puts each language's text pack beside the wasm, writes the
// list of languages into the loader, and strips comments and indentation from the
// loader and the stylesheets, which a reader downloads but need not read.
import { execFileSync } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !profile) throw new Error("scripts/dist.mjs runs as Trunk's post_build hook");

// The content compiler (build/) writes the packs under the wasm target's profile folder.
const metadata = JSON.parse(
  execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], { encoding: "utf8" }),
);
const packs = join(metadata.target_directory, "wasm32-unknown-unknown", profile, "clearback-texts");
const languages = JSON.parse(await readFile(join(packs, "languages.json"), "utf8"));
for (const code of languages) {
  await copyFile(join(packs, `texts-${code}.txt`), join(staging, `texts-${code}.txt`));
}

const loader = join(staging, "embed.js");
const source = await readFile(loader, "utf8");
const marker = /var LANGUAGES = \[[^\]]*\];/;
if (!marker.test(source)) throw new Error("embed.js has no `var LANGUAGES = [...]` to fill in");
await writeFile(loader, minifyScript(source.replace(marker, `var LANGUAGES = ${JSON.stringify(languages)};`)));
for (const sheet of ["embed.css", "clearback.css", "clearback-print.css"]) {
  const path = join(staging, sheet);
  await writeFile(path, minifyStyles(await readFile(path, "utf8")));
}

/// Comments and indentation out, nothing else: embed.js keeps every statement on its own
/// line and no string of it spans lines or holds a comment's marks.
function minifyScript(code) {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("//"))
    .join("\n");
}

/// Comments out and runs of white space as one space: no string of the stylesheets holds
/// more than one space in a row.
function minifyStyles(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").trim();
}
console.log(`dist: texts of ${languages.join(", ")} beside the wasm`);

