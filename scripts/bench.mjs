// The benchmark (run by scripts/bench after the builds): what a reader downloads against
// the bare Yew counter, start-up, responsiveness, layout shift and memory in headless
// Chromium, unthrottled and with 4× CPU throttling, the engine's time per assessment,
// and Lighthouse's mobile run of an article with and without the widget. Printed, and
// written into BENCHMARKS.md with the machine, the date and the commit. Numbers are
// reported against their budgets here, never asserted by tests (sizes are, in the test
// command, because byte counts do not vary).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { launch, ready } from "../tests/e2e/support/browser.mjs";
import { compress, measure, measureAll, readerTotal, table, kib } from "./sizes.mjs";
import { readdir } from "node:fs/promises";
import { minify } from "terser";

const root = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS || 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const BUDGET = JSON.parse(await readFile(join(root, "size-budget.json"), "utf8"));

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const mark = (ok) => (ok ? "within" : "**over**");

const out = [];
const say = (line = "") => {
  out.push(line);
  console.log(line);
};

// ---------------------------------------------------------------------------------------
// Sizes

// The counter is built with the widget's own Rust link options, and its glue minified as
// Trunk's post-build hook (scripts/finish-dist.mjs) minifies the widget's.
const rustLink = async (page) => (await readFile(join(root, page), "utf8")).match(/<link data-trunk rel="rust"[^>]*>/)[0];
const options = (link) => link.match(/data-wasm-opt[-a-z]*="[^"]*"|data-bindgen-target="[^"]*"/g).join(" ");
if (options(await rustLink("index.html")) !== options(await rustLink("bench/counter/index.html"))) {
  throw new Error("bench/counter/index.html builds with other options than index.html: make them the same");
}
const counterDir = join(root, "target", "bench-counter");
for (const name of (await readdir(counterDir)).filter((n) => n.endsWith(".js"))) {
  const code = await readFile(join(counterDir, name), "utf8");
  await writeFile(join(counterDir, name), (await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code);
}
const widget = await measure(join(root, "dist"));
const counter = await measureAll(counterDir);
const heaviest = readerTotal(widget);
say("## What a reader downloads");
say();
say(`Brotli -q 11, gzip -9, and raw, in KiB; the reader of the heaviest language (${heaviest.lang}).`);
say();
say(table(heaviest.rows, heaviest.total));
say();
for (const [code, size] of Object.entries(widget.languages)) {
  const total = heaviest.total.brotli - widget.languages[heaviest.lang].brotli + size.brotli;
  say(`- a reader of \`${code}\`: ${kib(total)} KiB brotli (texts ${kib(size.brotli)} KiB)`);
}
say();
say("The bare Yew counter (`bench/counter`), built through the same Trunk pipeline, profile and wasm-opt in this run:");
say();
say(table(counter.rows, counter.total));
say();
const ratio = heaviest.total.brotli / counter.total.brotli;
say("| figure | value | against it |");
say("|---|---:|---|");
say(`| the widget against the bare counter | ${ratio.toFixed(2)}× | |`);
say(`| the size gate of the test command (\`size-budget.json\`) | ${heaviest.total.brotli} of ${BUDGET["reader-total-brotli-bytes"]} bytes | ${mark(heaviest.total.brotli <= BUDGET["reader-total-brotli-bytes"])} |`);
say();

// ---------------------------------------------------------------------------------------
// In the browser

const env = await launch();
// Frames as soon as there is something to show, instead of at the display's 60 Hz: a
// click's time to the next paint is then the widget's work and the browser's rendering,
// not also the wait for the display's next refresh, which would put any click, however
// cheap, over one frame at the 95th percentile.
const unpaced = await launch({ args: ["--disable-frame-rate-limit", "--disable-gpu-vsync"] });

async function context(device, throttle, on = env) {
  const ctx = await on.browser.newContext(device);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return { ctx, page, cdp };
}

/// A reader's jump to the widget by the article's table of contents (`#jump`), once the
/// article has loaded and the browser has had its idle moment: until the first screen is
/// seen (painted by embed.js, inert), until it is live (the wasm's, answering), and the
/// first answer handled; the longest main-thread task from the jump to that answer.
async function startUp(throttle) {
  const { ctx, page } = await context(PHONE, throttle);
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.longTasks.push([e.startTime, e.duration]))).observe({
      type: "longtask",
      buffered: true,
    });
  });
  await page.goto(`${env.server.origin}/pages/article.html`);
  await page.waitForLoadState("load");
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot);
  // The idle moment after load, in which embed.js prepares the wasm.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 3000 })));
  const times = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const root = document.getElementById("widget").shadowRoot;
        const t = {};
        const check = () => {
          if (!t.seen && root.querySelector("[data-step='warning']")) t.seen = performance.now();
          if (!t.live && root.querySelector(".cb [data-step='warning']") && !root.querySelector(".cb-first")) {
            t.live = performance.now();
            root.querySelector("[data-action='next']").click();
          }
          if (t.live && !t.interactive && root.querySelector("[data-step='skin']")) {
            t.interactive = performance.now();
            watch.disconnect();
            resolve(t);
          }
        };
        const watch = new MutationObserver(check);
        watch.observe(root, { childList: true, subtree: true, attributes: true });
        t.jump = performance.now();
        document.getElementById("jump").click();
        check();
      }),
  );
  const longest = await page.evaluate(
    ({ jump, interactive }) =>
      Math.max(0, ...window.longTasks.filter(([start, d]) => start + d >= jump && start <= interactive).map(([, d]) => d)),
    times,
  );
  await ctx.close();
  return { seen: times.seen - times.jump, live: times.live - times.jump, interactive: times.interactive - times.jump, longest };
}

/// A reader who scrolls down the article at a brisk reading pace (a screen every two
/// seconds, in small steps) from the moment it has loaded: how many pixels of the widget's
/// reserved space were on screen but empty, over every frame of the way.
async function readingScroll(throttle) {
  const { ctx, page } = await context(PHONE, throttle);
  await page.goto(`${env.server.origin}/pages/article.html`);
  await page.waitForLoadState("load");
  const empty = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const host = document.getElementById("widget");
        let worst = 0;
        const step = () => {
          const rect = host.getBoundingClientRect();
          const visible = Math.max(0, Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0));
          const painted = host.shadowRoot && host.shadowRoot.querySelector("[data-step], .cb-view, .cb-fallback");
          if (visible > 0 && !painted) worst = Math.max(worst, visible);
          if (rect.top < innerHeight / 2) return resolve(worst);
          scrollBy(0, innerHeight / 120);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  await ctx.close();
  return empty;
}

/// The article's layout shift with the widget above the fold, or without the widget:
/// embed.js arrives late, as on a phone's network, and every shift entry counts.
async function articleShift(device, throttle, withWidget) {
  const { ctx, page } = await context(device, throttle);
  await page.route("**/cb/embed.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.shifts.push(e.value))).observe({
      type: "layout-shift",
      buffered: true,
    });
  });
  await page.goto(`${env.server.origin}/pages/top.html${withWidget ? "" : "?nowidget=1"}`);
  if (withWidget) await ready(page.locator("#widget"));
  await page.waitForTimeout(1000);
  const shift = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
  await ctx.close();
  return shift;
}

/// Each answer's click to the next painted frame over a whole interview, then the guide;
/// and the memory the page holds afterwards. `on`: the browser, paced at 60 Hz or not.
async function interview(throttle, on) {
  const { ctx, page, cdp } = await context(DESKTOP, throttle, on);
  await page.goto(`${on.server.origin}/pages/near.html`);
  const host = page.locator("#widget");
  await ready(host);
  const clicks = [];
  const moves = [];
  const timeClick = (selector) =>
    host.locator(selector).first().evaluate(
      (element) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          element.click();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }),
    );
  const script = [
    ["warning-signs", ["none"]],
    ["area", ["upper-back", "shoulders"]],
    ["look", ["blackheads", "red-bumps"]],
    ["itch", ["no"]],
    ["duration", ["months"]],
    ["age", ["20-39"]],
    ["hormones", ["none"]],
    ["stress", ["yes"]],
    ["conditions", ["none"]],
    ["clothing", ["tight-synthetic"]],
    ["sweat", ["often"]],
    ["season", ["winter"]],
    ["washing", ["daily"]],
    ["products", ["oily-cosmetics"]],
    ["tanning", ["no"]],
    ["diet", ["sweets"]],
    ["antibiotics", ["no"]],
    ["squeezing", ["yes"]],
    ["tried", ["nothing"]],
  ];
  // Every other kind of tap, each with its kind, for the percentiles per kind.
  const move = async (kind, selector) => moves.push([kind, await timeClick(selector)]);
  for (let step = 0; step < 8 && !(await host.locator("[data-triage]").count()); step += 1) {
    for (const [question, options] of script) {
      if (!(await host.locator(`[data-question='${question}']`).count())) continue;
      for (const option of options) clicks.push(await timeClick(`[data-question='${question}'] input[value='${option}']`));
    }
    if (step === 1) {
      await move("back", "[data-action='back']");
      await move("next step", "[data-action='next']");
    }
    if (await host.locator("[data-action='next']").count()) await move("next step", "[data-action='next']");
    else await move("result", "[data-action='results']");
  }
  const card = "[data-recipe='salt-clay-mask']";
  await move("tab", "[data-view='recipes']");
  await move("filter", "[data-tag='scars']");
  await move("filter", "[data-tag='']");
  await move("card", `${card} [data-action='toggle-recipe']`);
  await move("timer", `${card} [data-action='timer-start']`);
  await move("timer", `${card} [data-action='timer-pause']`);
  await move("log", `${card} [data-action='log-done']`);
  await move("mask mode", `${card} [data-action='mask-mode']`);
  await move("mask mode", ".cb-mask [data-action='mask-next']");
  await move("mask mode", ".cb-mask [data-action='mask-close']");
  await move("tab", "[data-view='checker']");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  // The glue's init gives the wasm already running (its name is hashed: found among the
  // page's resources).
  const wasm = await page.evaluate(async () => {
    const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /clearback-[0-9a-f]{16}\.js$/.test(n));
    return (await (await import(glue)).default()).memory.buffer.byteLength;
  });
  await ctx.close();
  return { clicks, moves, heap, wasm };
}

/// The main thread's work per second with the guide open and still, then with a card's
/// timer counting down (its ticks re-rendering the countdown), at the display's 60 Hz.
async function timerCost(throttle) {
  const { ctx, page, cdp } = await context(DESKTOP, throttle);
  await page.goto(`${env.server.origin}/pages/near.html?view=recipes`);
  const host = page.locator("#widget");
  await ready(host);
  const card = host.locator("[data-recipe='salt-clay-mask']");
  await card.locator("[data-action='toggle-recipe']").click();
  await cdp.send("Performance.enable");
  const busy = async () => {
    const metric = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
    const before = await metric();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    return ((await metric()) - before) * 1000 / 3;
  };
  const still = await busy();
  await card.locator("[data-action='timer-start']").click();
  const running = await busy();
  await ctx.close();
  return { still, running };
}

const browser = {};
for (const throttle of [1, 4]) {
  const starts = [];
  const clicks = [];
  const moves = [];
  const paced = [];
  const memory = [];
  const reading = [];
  const timers = [];
  for (let run = 0; run < RUNS; run += 1) {
    starts.push(await startUp(throttle));
    reading.push(await readingScroll(throttle));
    const session = await interview(throttle, unpaced);
    clicks.push(...session.clicks);
    moves.push(...session.moves);
    memory.push(session);
    paced.push(...(await interview(throttle, env)).clicks);
    timers.push(await timerCost(throttle));
  }
  const shifts = { phone: [], desktop: [], phoneBare: [], desktopBare: [] };
  for (let run = 0; run < RUNS; run += 1) {
    shifts.phone.push(await articleShift(PHONE, throttle, true));
    shifts.desktop.push(await articleShift(DESKTOP, throttle, true));
    shifts.phoneBare.push(await articleShift(PHONE, throttle, false));
    shifts.desktopBare.push(await articleShift(DESKTOP, throttle, false));
  }
  const taps = [...clicks.map((t) => ["answer", t]), ...moves];
  const kinds = [...new Set(taps.map(([kind]) => kind))];
  browser[throttle] = {
    seen: median(starts.map((s) => s.seen)),
    live: median(starts.map((s) => s.live)),
    interactive: median(starts.map((s) => s.interactive)),
    longest: median(starts.map((s) => s.longest)),
    longestWorst: Math.max(...starts.map((s) => s.longest)),
    emptyWorst: Math.max(...reading),
    clickP50: percentile(clicks, 50),
    clickP95: percentile(clicks, 95),
    clickCount: clicks.length,
    pacedP50: percentile(paced, 50),
    pacedP95: percentile(paced, 95),
    tapP95: percentile(taps.map(([, t]) => t), 95),
    tapCount: taps.length,
    perKind: Object.fromEntries(kinds.map((k) => [k, taps.filter(([kind]) => kind === k).map(([, t]) => t)])),
    still: median(timers.map((t) => t.still)),
    running: median(timers.map((t) => t.running)),
    shifts: Object.fromEntries(Object.entries(shifts).map(([k, v]) => [k, Math.max(...v)])),
    heap: median(memory.map((m) => m.heap)),
    wasm: median(memory.map((m) => m.wasm)),
  };
}
await env.close();
await unpaced.close();

say("## In headless Chromium");
say();
say(`Medians of ${RUNS} runs each (the click figures over every click of those runs), on this machine. The clicks are timed in a Chromium that draws a frame as soon as there is one to draw (\`--disable-frame-rate-limit --disable-gpu-vsync\`), so that the figure is the widget's work and the browser's rendering; the row "at the display's 60 Hz" adds the wait for the next refresh, as a reader's screen would.`);
say();
say("| figure | unthrottled | 4× CPU throttling | aim |");
say("|---|---:|---:|---|");
const row = (name, f, budget = "") => say(`| ${name} | ${f(browser[1])} | ${f(browser[4])} | ${budget} |`);
row("jump to the widget (table of contents) → first question seen", (b) => ms(b.seen));
row("jump to the widget → first question live", (b) => ms(b.live), `150 ms at 4×: ${mark(browser[4].live <= 150)}`);
row("jump to the widget → first answer handled", (b) => ms(b.interactive));
row("longest main-thread task from the jump to the first answer (median; worst)", (b) => `${ms(b.longest)}; ${ms(b.longestWorst)}`, `none over 50 ms at 4×: ${mark(browser[4].longestWorst <= 50)}`);
row("reserved space seen empty while scrolling at reading pace (worst run)", (b) => `${b.emptyWorst.toFixed(0)} px`, `0 px: ${mark(browser[4].emptyWorst === 0)}`);
row("answer click → next paint, p50", (b) => ms(b.clickP50));
row("answer click → next paint, p95", (b) => `${ms(b.clickP95)} (${b.clickCount} clicks)`);
row("answer click → next paint at the display's 60 Hz (its refresh's wait included), p50 / p95", (b) => `${ms(b.pacedP50)} / ${ms(b.pacedP95)}`);
row("any tap → next paint, p95", (b) => `${ms(b.tapP95)} (${b.tapCount} taps)`, `50 ms at 4×: ${mark(browser[4].tapP95 <= 50)}`);
for (const kind of Object.keys(browser[4].perKind)) {
  row(`… ${kind} → next paint, p95`, (b) => `${ms(percentile(b.perKind[kind], 95))} (${b.perKind[kind].length})`);
}
row("main thread busy, guide open and still / a card's timer running", (b) => `${ms(b.still)} / ${ms(b.running)} per second`);
row("layout shift, widget above the fold, phone (worst run)", (b) => b.shifts.phone.toFixed(3), `0.00: ${mark(browser[1].shifts.phone < 0.005)}`);
row("layout shift, widget above the fold, desktop (worst run)", (b) => b.shifts.desktop.toFixed(3), `0.00: ${mark(browser[1].shifts.desktop < 0.005)}`);
row("layout shift, the same article without the widget, phone / desktop", (b) => `${b.shifts.phoneBare.toFixed(3)} / ${b.shifts.desktopBare.toFixed(3)}`);
row("JS heap after a whole interview and the guide", (b) => `${kib(b.heap)} KiB`);
row("wasm memory after a whole interview and the guide", (b) => `${kib(b.wasm)} KiB`);
say();

// ---------------------------------------------------------------------------------------
// The engine on the host

const engine = (await readFile(join(root, "target", "bench-engine.txt"), "utf8")).trim();
say("## The engine on the host");
say();
say(`\`cargo bench --bench assessment\`, over the triage case table: ${engine.replace(/^assessment: /, "")}.`);
say();

// ---------------------------------------------------------------------------------------
// Lighthouse

const lighthouse = join(root, "target", "bench-tools", "node_modules", ".bin", "lighthouse");
async function lighthouseRun(path) {
  const { startServer } = await import("../tests/e2e/support/server.mjs");
  const server = await startServer();
  try {
    const reportPath = join(root, "target", "bench-lighthouse.json");
    // Asynchronously: the page's server runs in this process and must keep answering.
    await promisify(execFile)(
      lighthouse,
      [
        `${server.origin}${path}`,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${reportPath}`,
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run",
      ],
      // A run that hangs is stopped rather than holding the benchmark forever.
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || "/usr/bin/chromium" }, timeout: 180_000, maxBuffer: 64 << 20 },
    );
    const report = JSON.parse(await readFile(reportPath, "utf8"));
    const audit = (id) => report.audits[id].numericValue;
    return {
      score: Math.round(report.categories.performance.score * 100),
      cls: audit("cumulative-layout-shift"),
      tbt: audit("total-blocking-time"),
      lcp: audit("largest-contentful-paint"),
      bytes: audit("total-byte-weight"),
    };
  } finally {
    await server.close();
  }
}
const articles = [
  ["the article with the widget just under its first paragraph", "/pages/top.html"],
  ["a short article (one line of text) whose largest text on screen can be the widget's", "/pages/short.html"],
];
say("## Lighthouse, mobile");
say();
say(`Lighthouse 12 (\`--only-categories=performance\`, its default mobile run, simulated 4× CPU), median of ${LIGHTHOUSE_RUNS}, each article with the README's snippet and the same article without it.`);
for (const [name, path] of articles) {
  const lh = { with: [], without: [] };
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    lh.with.push(await lighthouseRun(path));
    lh.without.push(await lighthouseRun(`${path}?nowidget=1`));
  }
  const lhMedian = (runs, key) => median(runs.map((r) => r[key]));
  say();
  say(`### ${name[0].toUpperCase()}${name.slice(1)} (\`${path}\`)`);
  say();
  say("| | with the widget | without it |");
  say("|---|---:|---:|");
  say(`| performance score | ${lhMedian(lh.with, "score")} | ${lhMedian(lh.without, "score")} |`);
  say(`| cumulative layout shift | ${lhMedian(lh.with, "cls").toFixed(3)} | ${lhMedian(lh.without, "cls").toFixed(3)} |`);
  say(`| total blocking time | ${ms(lhMedian(lh.with, "tbt"))} | ${ms(lhMedian(lh.without, "tbt"))} |`);
  say(`| largest contentful paint | ${ms(lhMedian(lh.with, "lcp"))} | ${ms(lhMedian(lh.without, "lcp"))} |`);
  say(`| bytes | ${kib(lhMedian(lh.with, "bytes"))} KiB | ${kib(lhMedian(lh.without, "bytes"))} KiB |`);
}
say();

// ---------------------------------------------------------------------------------------
// What is big

/// The sections of a wasm module: each one's id, and where it starts and ends.
function* sections(wasm) {
  const unsigned = (at) => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, at];
  };
  for (let at = 8; at < wasm.length; ) {
    const [size, start] = unsigned(at + 1);
    yield { id: wasm[at], at, start, end: start + size };
    at = start + size;
  }
}

// The sections of a wasm file, each compressed alone: how much of what a reader downloads
// is code and how much is data.
function sectionSizes(bytes) {
  const names = { 1: "types", 2: "imports", 3: "functions", 7: "exports", 9: "elements", 10: "code", 11: "data" };
  const found = {};
  for (const { id, start, end } of sections(bytes)) {
    const name = names[id] || "other";
    found[name] = found[name] || { raw: 0, brotli: 0 };
    found[name].raw += end - start;
    found[name].brotli += compress(bytes.subarray(start, end)).brotli;
  }
  return found;
}
const wasmOf = async (dir, rows) => readFile(join(dir, rows.find((r) => r.name.endsWith(".wasm")).name));
const parts = [
  sectionSizes(await wasmOf(join(root, "dist"), widget.files)),
  sectionSizes(await wasmOf(join(root, "target", "bench-counter"), counter.rows)),
];

say("## The largest items of the wasm");
say();
say("Each section of the wasm compressed alone (so the sum is a little above the file's), KiB:");
say();
say("| section | widget raw | widget brotli | counter raw | counter brotli |");
say("|---|---:|---:|---:|---:|");
for (const name of ["code", "data", "imports", "exports", "functions", "elements", "types", "other"]) {
  const [w, c] = parts.map((p) => p[name] || { raw: 0, brotli: 0 });
  say(`| ${name} | ${kib(w.raw)} | ${kib(w.brotli)} | ${kib(c.raw)} | ${kib(c.brotli)} |`);
}
say();
const twiggy = (await readFile(join(root, "target", "bench-twiggy.txt"), "utf8")).trim();
say("`twiggy top` of the release wasm with names kept (before the names are stripped, so the sizes are of code and data only):");
say();
say("```");
say(twiggy);
say("```");
say();

// ---------------------------------------------------------------------------------------
// BENCHMARKS.md

const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).trim() ? " (with uncommitted changes)" : "";
const cpu = os.cpus()[0]?.model || "unknown CPU";
const header = [
  `Measured ${new Date().toISOString().slice(0, 10)} at commit \`${commit}\`${dirty} by \`scripts/bench\`,`,
  `on ${os.type()} ${os.release()} (${os.arch()}), ${os.cpus().length} × ${cpu}, ${kib(os.totalmem() / 1024)} MiB of memory,`,
  `Node ${process.version}, ${execFileSync(process.env.CHROMIUM || "/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim()}.`,
].join("\n");
const path = join(root, "BENCHMARKS.md");
const previous = await readFile(path, "utf8").catch(() => "");
const START = "<!-- measured: written by scripts/bench -->";
const END = "<!-- end of the measured part -->";
const measured = `${START}\n\n${header}\n\n${out.join("\n")}\n${END}`;
const page = previous.includes(START)
  ? previous.slice(0, previous.indexOf(START)) + measured + previous.slice(previous.indexOf(END) + END.length)
  : `# Benchmarks\n\n${measured}\n`;
await writeFile(path, page);
console.log(`\nwritten to BENCHMARKS.md`);
