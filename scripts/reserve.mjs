// Measures the widget's first render (the first step of the checker, and the guide for
// `view="recipes"`) in headless Chromium at every width from 280 to 960 px, in steps of 4,
// in each language, and writes www/reserve.json: for each band of 40 px, the line over
// the band's heights (its height at the band's start, in px, and how much it falls per px
// of width), raised until no first render in the band is taller.
// The post-build hook (scripts/finish-dist.mjs) turns the table into embed.css, the
// snippet's stylesheet, which reserves the widget's space before it starts, so that the
// article does not move when the widget appears. The end-to-end tests fail when the table
// no longer matches the first render; then build the release (trunk build --release) and
// run:
//
//   node scripts/reserve.mjs
import { readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launch, ready } from "../tests/e2e/support/browser.mjs";

export const FROM = 280;
export const TO = 960;
export const BAND = 40;

/// The first render's height at `width` in `lang`: the widget's rendered box, without the
/// space it reserved.
export async function firstRender(page, width) {
  await page.evaluate((w) => {
    document.getElementById("box").style.width = `${w}px`;
  }, width);
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          resolve(document.getElementById("widget").shadowRoot.querySelector(".cb-mount").getBoundingClientRect().height),
        ),
      ),
  );
}

/// The views whose first render is reserved: the checker's first step, and the guide
/// for `view="recipes"`.
export const VIEWS = ["checker", "recipes"];

export async function openMeasure(env, lang, view) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/measure.html?lang=${lang}&view=${view}`);
  await ready(page.locator("#widget"));
  return { context, page };
}

/// `[start, height, fall]`: the line through the band's first and last heights, raised to
/// the tallest sample above it, so that it is never below a first render in the band.
function hull(start, samples) {
  const [w0, h0] = samples[0];
  const [w1, h1] = samples[samples.length - 1];
  const fall = w1 > w0 ? Math.max(0, (h0 - h1) / (w1 - w0)) : 0;
  const above = Math.max(...samples.map(([w, h]) => h - (h0 - fall * (w - w0))));
  return [start, Math.ceil(h0 + Math.max(0, above)), +fall.toFixed(3)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const languages = (await readdir(new URL("../content/text/", import.meta.url)))
    .filter((name) => name.endsWith(".toml"))
    .map((name) => name.slice(0, -".toml".length));
  const env = await launch();
  const table = {};
  for (const view of VIEWS) {
    table[view] = {};
    for (const lang of languages) {
      const { context, page } = await openMeasure(env, lang, view);
      const bands = [];
      for (let start = FROM; start <= TO; start += BAND) {
        const samples = [];
        for (let width = start; width <= Math.min(start + BAND, TO); width += 4) {
          samples.push([width, await firstRender(page, width)]);
        }
        bands.push(hull(start, samples));
      }
      table[view][lang] = bands;
      await context.close();
    }
  }
  await env.close();
  const path = fileURLToPath(new URL("../www/reserve.json", import.meta.url));
  await writeFile(path, JSON.stringify(table) + "\n");
  console.log(`reserve: ${VIEWS.join(", ")} in ${languages.join(", ")} measured from ${FROM} to ${TO} px, written to www/reserve.json`);
}
