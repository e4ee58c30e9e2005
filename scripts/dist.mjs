// Finishes dist/ once Trunk has built it (Trunk's post_build hook, so `trunk build` and
// `trunk serve` both run it): puts each language's text pack beside the wasm, writes the
// list of languages into the loader, and, in a release build, minifies the loader, the
// glue and the stylesheets (scripts/minify.mjs).
import { execFileSync } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minifyScript, minifyStyles } from "./minify.mjs";

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

// The development build stays readable.
if (profile === "release") {
  for (const [name, module] of [["embed.js", false], ["clearback.js", true]]) {
    const path = join(staging, name);
    await writeFile(path, await minifyScript(await readFile(path, "utf8"), { module }));
  }
  for (const sheet of ["embed.css", "clearback.css", "clearback-print.css"]) {
    const path = join(staging, sheet);
    await writeFile(path, minifyStyles(await readFile(path, "utf8")));
  }
}
console.log(`dist: texts of ${languages.join(", ")} beside the wasm`);
