// Builds dist/: the wasm and its glue (cargo, wasm-bindgen and, in a release, wasm-opt),
// the loader, the stylesheets and the demo pages from www/ and index.html, then finishes
// it with scripts/dist.mjs (text packs, hashed names, the fallback, minifying). The tools
// are the ones scripts/setup installs; everything runs offline.
//
//   node scripts/build.mjs [--release]
//
// `buildWasm` is also how scripts/bench builds the bare Yew counter, so that both go
// through the same toolchain, profile and wasm-opt.
import { execFileSync, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { shortenImports } from "./wasm-imports.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const TARGET = "wasm32-unknown-unknown";
// What wasm-opt does to a release (BENCHMARKS.md has what each flag is worth).
export const WASM_OPT = ["-Oz", "--converge", "--low-memory-unused"];

// Asynchronous, so that the development server goes on serving while it builds.
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit code ${code})`))));
  });
}

function targetDirectory() {
  const metadata = execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(metadata).target_directory;
}

// A release names the files of its dependencies' panic messages from the registry's own
// folder, not from this machine's cargo home, so that its bytes, and the size gate, do
// not depend on where cargo keeps its crates. The flag joins the rustflags cargo would
// use anyway: the environment's when set (cargo then reads no others), else those of
// its config files, which `--config` adds to.
function remapRegistry() {
  const registry = resolve(process.env.CARGO_HOME || join(homedir(), ".cargo"), "registry", "src");
  const flag = `--remap-path-prefix=${registry}=registry`;
  const { CARGO_ENCODED_RUSTFLAGS: encoded, RUSTFLAGS: plain } = process.env;
  const given = encoded !== undefined ? encoded.split("\x1f") : plain !== undefined ? plain.split(/\s+/) : null;
  if (!given) return { args: ["--config", `build.rustflags=[${JSON.stringify(flag)}]`], env: {} };
  return { args: [], env: { CARGO_ENCODED_RUSTFLAGS: [...given.filter(Boolean), flag].join("\x1f") } };
}

/// Builds `pkg` (its library, or with `bin` its program) for the browser into `out` as
/// `<name>.js` and `<name>_bg.wasm`.
export async function buildWasm({ pkg, name, bin = false, release, out }) {
  const profile = release ? "release" : "debug";
  const remap = release ? remapRegistry() : { args: [], env: {} };
  await run(
    "cargo",
    [
      ...remap.args,
      "build",
      "--locked",
      "--offline",
      "--target",
      TARGET,
      "-p",
      pkg,
      bin ? "--bins" : "--lib",
      ...(release ? ["--release"] : []),
    ],
    remap.env,
  );
  // Cargo names a library's file with underscores and a program's as the package.
  const built = join(targetDirectory(), TARGET, profile, `${bin ? pkg : pkg.replaceAll("-", "_")}.wasm`);
  await run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", name, built]);
  if (release) {
    const [wasm, glue] = [join(out, `${name}_bg.wasm`), join(out, `${name}.js`)];
    const short = shortenImports(await readFile(wasm), await readFile(glue, "utf8"), `./${name}_bg.js`);
    await Promise.all([writeFile(wasm, short.wasm), writeFile(glue, short.glue)]);
    await run("wasm-opt", [...WASM_OPT, wasm, "-o", wasm]);
  }
  return profile;
}

/// The demo article as dist/ serves it: index.html without the lines that told the
/// build what to do, and its stylesheet beside it.
async function demoPage(staging) {
  const page = await readFile(join(root, "index.html"), "utf8");
  const copied = [];
  const html = page.replace(/^[ \t]*<link data-build rel="(copy-file|css)" href="([^"]+)">\n/gm, (_, rel, href) => {
    copied.push(href);
    return rel === "css" ? `  <link rel="stylesheet" href="${basename(href)}">\n` : "";
  });
  if (/data-build/.test(html)) throw new Error("index.html: a data-build line this script does not know");
  for (const href of copied) await copyFile(join(root, href), join(staging, basename(href)));
  await writeFile(join(staging, "index.html"), html);
}

export async function build({ release }) {
  const dist = join(root, "dist");
  // Each build its own staging folder, so that two at once (the dev server's and the
  // test command's) cannot delete each other's.
  await mkdir(join(root, "target"), { recursive: true });
  const staging = await mkdtemp(join(root, "target", "dist-staging-"));
  try {
    const profile = await buildWasm({ pkg: "clearback", name: "clearback", release, out: staging });
    await demoPage(staging);
    await run("node", [join(root, "scripts", "dist.mjs"), staging, profile]);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // The finished build replaces the last one whole, so that a failed one leaves it.
  await rm(dist, { recursive: true, force: true });
  await rename(staging, dist);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({ release: process.argv.includes("--release") });
}
