// The embedding contract of PRODUCT.md, end to end against the release dist/: lazy
// loading, isolation from the host page, strict CSP, any hosting path, graceful failure.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, ready, axeViolations, painted } from "./support/browser.mjs";
import { PREFIXES } from "./support/server.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// The files of dist/ the page fetched, by their names before the build hashed them.
const distFiles = (record, prefix) =>
  record.requests
    .filter((url) => new URL(url).pathname.startsWith(prefix))
    .map((url) => new URL(url).pathname.slice(prefix.length).replace(/-[0-9a-f]+(?=(_bg)?\.)/, ""))
    .sort();

test("the article page: nothing but embed.js before the page's load, the widget's files once it is idle, a render only near", async () => {
  // The widget is far below the fold, so the page leaves out the snippet's stylesheet, as
  // the README allows: then embed.js is the one file of dist/ the page asks for.
  const { page, record, context } = await openPage(env, "/pages/article.html?reserve=0");
  await page.waitForLoadState("load");
  const fetched = (before) =>
    page.evaluate(
      ([prefix, before]) => {
        const load = performance.getEntriesByType("navigation")[0].loadEventStart;
        return performance
          .getEntriesByType("resource")
          .filter((e) => new URL(e.name).pathname.startsWith(prefix) && (!before || e.startTime < load))
          .map((e) => new URL(e.name).pathname.slice(prefix.length).replace(/-[0-9a-f]+(?=(_bg)?\.)/, ""))
          .sort();
      },
      [PREFIXES[0], before],
    );
  assert.deepEqual(await fetched(true), ["embed.js"], "before the page's load");
  const host = page.locator("#widget");
  const reserved = await host.boundingBox();
  assert.ok(reserved.height >= 300, `space is reserved before loading (${reserved.height}px)`);
  // Idle after the load, the files a render needs arrive, and nothing is drawn.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /_bg\.wasm$/.test(e.name)));
  assert.equal(await host.locator(".cb").count(), 0, "nothing rendered far from the viewport");

  await host.scrollIntoViewIfNeeded();
  await ready(host);
  assert.deepEqual(distFiles(record, PREFIXES[0]), ["clearback.js", "clearback_bg.wasm", "embed.js", "texts-en.json"]);
  const foreign = record.requests.filter((url) => {
    const { origin, pathname } = new URL(url);
    if (pathname === "/favicon.ico") return false;
    return origin !== env.server.origin || !(pathname.startsWith(PREFIXES[0]) || pathname.startsWith("/pages/"));
  });
  assert.deepEqual(foreign, [], "no request beyond the page and the widget's own files");
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("loading while the reader scrolls towards the widget shifts nothing they can see", async () => {
  const { page, record, context } = await openPage(env, "/pages/article.html");
  await page.evaluate(() => {
    window.shifts = 0;
    const count = (entries) => {
      for (const entry of entries) if (!entry.hadRecentInput) window.shifts += entry.value;
    };
    window.shiftObserver = new PerformanceObserver((list) => count(list.getEntries()));
    window.shiftObserver.observe({ type: "layout-shift", buffered: true });
    window.shiftsSoFar = () => (count(window.shiftObserver.takeRecords()), window.shifts);
  });
  // Stop just above the widget: inside the loading margin, not yet on screen.
  await page.evaluate(() => {
    const top = document.getElementById("widget").getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight - 200);
  });
  await ready(page.locator("#widget"));
  await page.evaluate(() => document.getElementById("widget").scrollIntoView());
  await painted(page);
  const shifts = await page.evaluate(() => window.shiftsSoFar());
  assert.ok(shifts < 0.01, `cumulative layout shift ${shifts}`);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("several widgets on one page are independent and follow their attributes", async () => {
  const { page, record, context } = await openPage(env, "/pages/two.html", { viewport: { width: 1280, height: 3000 } });
  const [first, second, third] = ["#first", "#second", "#third"].map((id) => page.locator(id));
  // Each starts as it nears the viewport: the guide reserves its own, long, first screen.
  for (const widget of [first, second, third]) {
    await widget.scrollIntoViewIfNeeded();
    await ready(widget);
  }
  // The page is Russian; the second sits in an English section and opens on the recipes.
  assert.equal(await first.locator("[data-view='checker']").textContent(), "Проверка симптомов");
  assert.equal(await second.locator("[data-view='checker']").textContent(), "Symptom checker");
  assert.equal(await second.locator("[data-view='recipes']").getAttribute("aria-selected"), "true");
  // Unknown values: a polite notice, and the defaults.
  const notices = await third.locator(".cb-notices").textContent();
  assert.match(notices, /«de»/);
  assert.match(notices, /«everything»/);
  assert.equal(await third.locator("[data-view='checker']").getAttribute("aria-selected"), "true");

  await first.locator("[data-view='recipes']").click();
  assert.equal(await first.locator("[data-view='recipes']").getAttribute("aria-selected"), "true");
  assert.equal(await third.locator("[data-view='recipes']").getAttribute("aria-selected"), "false");

  await page.evaluate(() => document.getElementById("first").setAttribute("lang", "en"));
  await first.locator("[data-view='checker']", { hasText: "Symptom checker" }).waitFor();
  assert.equal(await first.locator("[data-view='recipes']").getAttribute("aria-selected"), "true", "state kept");
  assert.equal(
    await page.evaluate(() => document.querySelectorAll("clearback-widget link[rel=stylesheet]").length),
    0,
    "the stylesheet goes into the shadow roots, not the page",
  );
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("a hostile host stylesheet does not break the widget", async () => {
  const { page, record, context } = await openPage(env, "/pages/hostile.html");
  const host = page.locator("#widget");
  await ready(host);
  const tab = host.locator("[data-view='recipes']");
  await tab.click();
  assert.equal(await tab.getAttribute("aria-selected"), "true");
  const look = await tab.evaluate((button) => {
    const style = getComputedStyle(button);
    return { display: style.display, visibility: style.visibility, fontSize: parseFloat(style.fontSize), color: style.color };
  });
  assert.notEqual(look.display, "none");
  assert.equal(look.visibility, "visible");
  assert.ok(look.fontSize >= 14, `readable text (${look.fontSize}px)`);
  assert.notEqual(look.color, "rgba(0, 0, 0, 0)");
  const box = await host.boundingBox();
  assert.ok(box.width > 300 && box.height > 200, `the widget keeps its block layout (${box.width}×${box.height})`);
  assert.deepEqual(record.errors, []);
  await context.close();
});

for (const prefix of PREFIXES) {
  test(`under a strict CSP, served from ${prefix}: works with no violation`, async () => {
    const { page, record, context } = await openPage(env, `/pages/near.html?csp=strict&base=${prefix}`);
    const host = page.locator("#widget");
    await ready(host);
    await host.locator("[data-view='recipes']").click();
    assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true");
    // embed.css is the snippet's own stylesheet, which the strict CSP allows.
    assert.deepEqual(distFiles(record, prefix), ["clearback.js", "clearback_bg.wasm", "embed.css", "embed.js", "texts-en.json"]);
    assert.deepEqual(record.errors, [], "no CSP violation or other error");
    await context.close();
  });
}

test("when WebAssembly is blocked, a readable message shows and the page keeps running", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html?csp=noWasm");
  const host = page.locator("#widget");
  const message = host.locator(".cb-fallback");
  await message.waitFor({ state: "visible", timeout: 15000 });
  assert.match(await message.textContent(), /could not start here/);
  const ticks = await page.evaluate(() => window.hostTicks);
  await page.waitForFunction((ticks) => window.hostTicks > ticks, ticks); // the host page's scripts keep running
  assert.ok(!record.errors.some((e) => e.startsWith("uncaught")), record.errors.join("\n"));
  await context.close();
});

test("the loaded widget has no accessibility violation", async () => {
  const { page, context } = await openPage(env, "/pages/near.html");
  await ready(page.locator("#widget"));
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("a widget moved in the page keeps its state; removed and added again, it starts afresh", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-view='recipes']").click();
  await page.evaluate(() => document.querySelector("main").prepend(document.getElementById("widget")));
  // Moved, the widget still answers the reader, from where the reader was.
  await host.locator("[data-tag='inflammation']").click();
  await host.locator("[data-tag='inflammation'][aria-pressed='true']").waitFor();
  assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true", "moved, not restarted");
  await page.evaluate(() => {
    window.parked = document.getElementById("widget");
    window.parked.remove();
  });
  await page.waitForFunction(() => window.parked.shadowRoot.querySelector(".cb") === null); // unmounted
  await page.evaluate(() => document.querySelector("main").append(window.parked));
  await ready(host);
  assert.equal(await host.locator("[data-view='checker']").getAttribute("aria-selected"), "true");
  assert.equal(
    await host.evaluate((e) => e.shadowRoot.adoptedStyleSheets.length),
    2,
    "the space and the widget's stylesheet, not one more per mount",
  );
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("when the wasm cannot be fetched, the message shows in the page's language", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const uncaught = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  await page.route("**/clearback-*_bg.wasm", (route) => route.abort("connectionfailed"));
  await page.goto(env.server.origin + "/pages/two.html");
  const message = page.locator("#first .cb-fallback");
  await message.waitFor({ state: "visible", timeout: 15000 });
  assert.match(await message.textContent(), /не удалось запустить/);
  assert.match(await page.locator("#second .cb-fallback").textContent(), /could not start/);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("a language asked for later is fetched then, and the reader's place is kept", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html?lang=ru");
  const host = page.locator("#widget");
  await ready(host);
  assert.equal(await host.locator("[data-view='checker']").textContent(), "Проверка симптомов");
  assert.deepEqual(distFiles(record, PREFIXES[0]).filter((f) => f.startsWith("texts-")), ["texts-ru.json"], "only the page's language");
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  await host.evaluate((e) => e.setAttribute("lang", "en"));
  await host.locator("[data-view='checker']", { hasText: "Symptom checker" }).waitFor();
  assert.ok(distFiles(record, PREFIXES[0]).includes("texts-en.json"));
  assert.equal(await host.locator("[data-question='warning-signs'] input[value='none']").isChecked(), true, "answers kept");
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("a text pack from another build is refused with the polite message, not shown in the wrong places", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const uncaught = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  // Its integrity hash no longer matches, and its number of texts is another build's.
  await page.route("**/texts-en-*.json", (route) => route.fulfill({ contentType: "application/json", body: '["one","two"]' }));
  await page.goto(env.server.origin + "/pages/near.html");
  const message = page.locator("#widget .cb-fallback");
  await message.waitFor({ state: "visible", timeout: 15000 });
  assert.match(await message.textContent(), /could not start/);
  assert.equal(await page.locator("#widget").locator("[data-view]").count(), 0);
  assert.deepEqual(uncaught, []);
  await context.close();
});

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/// The layout shift of an article whose widget sits above the fold, loaded as on a phone:
/// embed.js arrives late, the CPU is 4× slower. Every shift entry counts: with touch
/// emulation Chromium marks these `hadRecentInput` although nothing touched the page.
async function aboveTheFoldShift(device, reserve) {
  const context = await env.browser.newContext(device);
  const page = await context.newPage();
  await page.route("**/cb/embed.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.shifts = [];
    window.shiftObserver = new PerformanceObserver((list) => list.getEntries().forEach((e) => window.shifts.push(e.value)));
    window.shiftObserver.observe({ type: "layout-shift", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(env.server.origin + `/pages/top.html${reserve ? "" : "?reserve=0"}`);
  await ready(page.locator("#widget"));
  await painted(page);
  const shift = await page.evaluate(() =>
    [...window.shifts, ...window.shiftObserver.takeRecords().map((e) => e.value)].reduce((a, b) => a + b, 0),
  );
  await context.close();
  return shift;
}

test("above the fold, with the snippet's stylesheet, the article does not move on a phone or a desktop", async () => {
  for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const shift = await aboveTheFoldShift(device, true);
    assert.ok(shift < 0.005, `${name}: cumulative layout shift ${shift.toFixed(4)} (0.00 is the aim)`);
  }
  // Without the stylesheet the page paints before embed.js, and the article jumps: the
  // check above would see it.
  assert.ok((await aboveTheFoldShift(PHONE, false)) > 0.05, "the control shifts");
});

test("the stylesheet and embed.js reserve the same space, before and after the element is defined", async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/cb/embed.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.route("**/cb/clearback-*.js", () => new Promise(() => {}));
  // DOMContentLoaded waits for the deferred script, which is held back.
  await page.goto(env.server.origin + "/pages/top.html", { waitUntil: "commit" });
  await page.locator("#after").waitFor();
  await page.waitForFunction(() => document.styleSheets.length >= 2);
  const before = await page.locator("#widget").evaluate((e) => e.getBoundingClientRect().height);
  release();
  await page.waitForFunction(() => customElements.get("clearback-widget"));
  const after = await page.locator("#widget").evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(before > 300, `space is reserved in the first paint (${before}px)`);
  assert.equal(after, before, "the same space once defined");
  await context.close();
});

test("the page's language changing at run time changes the widget's, and keeps the reader's answers", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  await page.evaluate(() => document.documentElement.setAttribute("lang", "uk"));
  await host.locator("[data-view='checker']", { hasText: "Перевірка симптомів" }).waitFor();
  assert.equal(await host.locator("[data-question='warning-signs'] input[value='none']").isChecked(), true, "the answer is kept");
  assert.equal(await host.locator(".cb").getAttribute("lang"), "uk");
  // The element's own lang wins over the page's, and follows its changes too.
  await host.evaluate((e) => e.setAttribute("lang", "ru"));
  await host.locator("[data-view='checker']", { hasText: "Проверка симптомов" }).waitFor();
  await page.evaluate(() => document.documentElement.setAttribute("lang", "en"));
  // A change the widget shows, made after the page's: once it shows, the page's was handled.
  await host.evaluate((e) => e.setAttribute("view", "recipes"));
  await host.locator("[data-view='recipes'][aria-selected='true']").waitFor();
  assert.equal(await host.locator(".cb").getAttribute("lang"), "ru");
  assert.deepEqual(record.errors, []);
  await context.close();
});
