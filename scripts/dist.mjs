// Finishes dist/ once Trunk has built it (Trunk's post_build hook, so `trunk build` and
// `trunk serve` both run it): puts each language's text pack beside the wasm, and writes
// the list of languages into the loader.
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
await writeFile(loader, source.replace(marker, `var LANGUAGES = ${JSON.stringify(languages)};`));
console.log(`dist: texts of ${languages.join(", ")} beside the wasm`);

