// The benchmark: what a reader downloads (raw, gzip, brotli) and how the widget starts
// and responds in headless Chromium on this machine. Run with `scripts/bench` after a
// release build. Numbers are printed, never asserted: tests do not time things.
import { readFile } from "node:fs/promises";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { launch, openPage, ready } from "../tests/e2e/support/browser.mjs";

const SHIPPED = ["embed.js", "clearback.js", "clearback_bg.wasm", "clearback.css"];
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

let total = { raw: 0, gzip: 0, brotli: 0 };
console.log("size of what a reader downloads (KiB)");
console.log("file                      raw    gzip  brotli");
for (const name of SHIPPED) {
  const bytes = await readFile(new URL(`../dist/${name}`, import.meta.url));
  const raw = bytes.length;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total = { raw: total.raw + raw, gzip: total.gzip + gzip, brotli: total.brotli + brotli };
  console.log(`${name.padEnd(20)} ${kb(raw)} ${kb(gzip)} ${kb(brotli)}`);
}
console.log(`${"total".padEnd(20)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);

const env = await launch();
const runs = 5;
const startups = [];
const clicks = [];
let longTasks = 0;
let shifts = 0;
for (let run = 0; run < runs; run += 1) {
  const { page, context } = await openPage(env, "/pages/article.html", { viewport: { width: 390, height: 844 } });
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((l) => window.longTasks.push(...l.getEntries().map((e) => e.duration))).observe({
      type: "longtask",
    });
    window.shifts = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.shifts += e.hadRecentInput ? 0 : e.value))).observe({
      type: "layout-shift",
      buffered: true,
    });
  });
  const host = page.locator("#widget");
  const started = await page.evaluate(() => performance.now());
  await host.scrollIntoViewIfNeeded();
  await ready(host);
  startups.push((await page.evaluate(() => performance.now())) - started);
  // An answer's click: the work until the widget is updated (Yew renders in microtasks,
  // so a zero timeout runs after it), and the wait until the next frame is painted.
  const input = host.locator("[data-question='warning-signs'] input[value='none']");
  const timing = await input.evaluate(
    (element) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        let updated;
        element.click();
        setTimeout(() => (updated = performance.now() - t0), 0);
        requestAnimationFrame(() => setTimeout(() => resolve({ updated, painted: performance.now() - t0 }), 0));
      }),
  );
  clicks.push(timing);
  longTasks = Math.max(longTasks, ...(await page.evaluate(() => window.longTasks)), 0);
  shifts = Math.max(shifts, await page.evaluate(() => window.shifts));
  await context.close();
}
await env.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nstart-up, from scrolling near to the first render (median of ${runs}): ${median(startups).toFixed(0)} ms`);
console.log(`longest main-thread task while starting (worst of ${runs}): ${longTasks.toFixed(0)} ms (a long task is over 50 ms)`);
console.log(`layout shift while starting (worst of ${runs}): ${shifts.toFixed(4)}`);
console.log(`answer click to the widget updated (median of ${runs}): ${median(clicks.map((c) => c.updated)).toFixed(1)} ms`);
console.log(`answer click to the next painted frame (median of ${runs}): ${median(clicks.map((c) => c.painted)).toFixed(1)} ms`);
