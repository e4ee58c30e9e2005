// Minifies what a reader downloads but need not read: the scripts with terser (the glue
// is an ES module, the loader a classic script), the stylesheets by dropping comments and
// runs of white space. Used by scripts/dist.mjs on the widget and by scripts/bench on the
// bare counter, so that both are measured built the same way.
//
//   node scripts/minify.mjs FILE.js...   minifies ES modules in place
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

/// `module`: the file is an ES module (import.meta, top-level await); else a classic script.
export async function minifyScript(code, { module }) {
  const result = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return result.code;
}

/// Comments out and runs of white space as one space: no string of the stylesheets holds
/// more than one space in a row.
export function minifyStyles(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of process.argv.slice(2)) {
    await writeFile(path, await minifyScript(await readFile(path, "utf8"), { module: true }));
  }
}
