// Start-up as a reader sees it: the checker's first screen painted by embed.js before the
// wasm has run (honest: the same words, inert, no shift), the cases where it must not be,
// and a wasm served with the wrong type.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, ready, painted, LIVE } from "./support/browser.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// The short article (the widget right under its first paragraph) with `attributes` on the
/// element and `inside` in it, and the wasm held back until `release()`: what shows before
/// the wasm has run stays on screen for as long as the test needs.
async function openHeld({ attributes = "", inside = "", viewport = { width: 390, height: 844 } } = {}) {
  const context = await env.browser.newContext({ viewport });
  const errors = [];
  const warnings = [];
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route("**/pages/short.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<clearback-widget id="widget"></clearback-widget>',
      `<clearback-widget id="widget"${attributes}>${inside}</clearback-widget>`,
    );
    await route.fulfill({ response, body });
  });
  await context.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(env.server.origin + "/pages/short.html");
  await page.waitForLoadState("load");
  return { context, page, host: page.locator("#widget"), errors, warnings, release };
}

/// The words a reader sees in `root`, one line per block, spaces folded.
const words = (locator) =>
  locator.evaluate((root) =>
    root.innerText
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter(Boolean),
  );

for (const lang of ["en", "ru", "uk"]) {
  test(`${lang}: above the fold, the first question shows before the wasm runs, inert, then becomes the widget without a shift`, async () => {
    const { context, page, host, errors, release } = await openHeld({ attributes: lang === "en" ? "" : ` lang="${lang}"` });
    const first = host.locator(".cb-first");
    await first.waitFor({ state: "visible" });
    await painted(page);
    assert.equal(await first.evaluate((place) => place.inert), true, "nothing on it can be pressed yet");
    const question = first.locator("[data-question='warning-signs']");
    assert.equal(await question.count(), 1, "the first question is on screen");
    const before = await words(first);
    const box = await first.boundingBox();
    // A tap on it does nothing: no answer is kept, no focus lands in it.
    await page.mouse.click(box.x + 40, box.y + box.height / 2);
    assert.equal(await first.evaluate((place) => place.getRootNode().activeElement), null);

    release();
    await ready(host);
    await painted(page);
    assert.equal(await host.locator(".cb-first").count(), 0, "the painted screen is gone");
    const live = host.locator(LIVE);
    assert.deepEqual(await words(live), before, "the same words as the widget's own first screen");
    const after = await live.boundingBox();
    assert.equal(Math.round(after.y), Math.round(box.y), "in the same place");
    assert.equal(await host.locator("input:checked").count(), 0, "the tap before loading answered nothing");
    assert.ok((await page.evaluate(() => window.shifts)) < 0.001, "no layout shift");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

const elsewhere = [
  ["the guide is asked for", ' view="recipes"', ""],
  ["a value will get a notice", ' lang="de"', ""],
  ["the publisher configures the widget", "", '<script type="application/json">{ "phone": { "emergency": { "number": "999", "label": { "en": "Emergency" } } } }</script>'],
];
for (const [why, attributes, inside] of elsewhere) {
  test(`no first screen is painted where the widget may open on another: ${why}`, async () => {
    const { context, page, host, errors, release } = await openHeld({ attributes, inside });
    // The space is reserved and the loader is waiting on the held wasm.
    await page.waitForFunction(() => document.getElementById("widget")._state === "loading");
    await painted(page);
    assert.equal(await host.locator(".cb-first").count(), 0);
    release();
    await ready(host);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("answers kept in this tab: the reload opens on the reader's step, with nothing painted before it", async () => {
  const { context, page, host, release } = await openHeld();
  release();
  await ready(host);
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  await host.locator("[data-action='next']").click();
  const step = await host.locator("[data-question]").first().getAttribute("data-question");
  assert.notEqual(step, "warning-signs");

  // The same tab again, the wasm held once more.
  let releaseAgain;
  const heldAgain = new Promise((resolve) => (releaseAgain = resolve));
  await context.unroute(/_bg\.wasm$/);
  await context.route(/_bg\.wasm$/, async (route) => {
    await heldAgain;
    await route.continue();
  });
  await page.reload();
  await page.waitForFunction(() => document.getElementById("widget")._state === "loading");
  await painted(page);
  assert.equal(await host.locator(".cb-first").count(), 0, "the first question would be the wrong screen");
  releaseAgain();
  await ready(host);
  assert.equal(await host.locator("[data-question]").first().getAttribute("data-question"), step);
  await context.close();
});

test("a wasm served with another type than application/wasm still starts, with a warning for the publisher", async () => {
  const context = await env.browser.newContext();
  await context.route(/_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(env.server.origin + "/pages/short.html");
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  assert.equal(await host.locator("[data-question='warning-signs'] input[value='none']").isChecked(), true, "it works");
  assert.ok(
    warnings.some((text) => /not served as application\/wasm/.test(text)),
    `the publisher is told why it is slower: ${warnings.join(" | ")}`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});
