// The publisher's integration: its configuration (links, numbers, a bad entry named and
// left out), the element's API and events (no health information unless the publisher
// says "health-ids": true), the types, the hashed files with their manifest and integrity
// hashes, and dist/ served from another origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launch, openPage, ready } from "./support/browser.mjs";
import { completeInterview } from "./support/checker.mjs";
import { startServer } from "./support/server.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// Every `clearback:*` event the page hears, in order, with its detail.
function listen() {
  window.heard = [];
  for (const name of ["ready", "step", "assessment", "timer-done"]) {
    document.addEventListener(`clearback:${name}`, (e) => window.heard.push([e.target.id, name, e.detail]));
  }
}

async function publisherPage(path = "/pages/publisher.html") {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 2400 } });
  const page = await context.newPage();
  await page.addInitScript(listen);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(env.server.origin + path);
  return { context, page, errors };
}

test("the publisher's links and numbers show where they belong; a bad entry is named and the rest applies", async () => {
  const { context, page, errors } = await publisherPage();
  const host = page.locator("#widget");
  await ready(host);
  const notices = await host.locator("[data-notice='config']").allTextContents();
  assert.deepEqual(
    notices.map((n) => n.match(/“([^”]+)”/)[1]),
    ["triage.whenever", "specialist.gp.href", "colour"],
    "each bad entry, by its key",
  );
  await completeInterview(host, { "warning-signs": ["fever"] });
  const links = await host.locator("[data-triage] a").evaluateAll((a) => a.map((e) => [e.textContent, e.getAttribute("href")]));
  assert.deepEqual(links, [
    ["Emergency: 999", "tel:999"],
    ["NHS 111: 111", "tel:111"],
    ["Find urgent care near you", "https://health.example/urgent-care"],
  ], "the emergency number first");
  for (const box of await host.locator("[data-triage] a").evaluateAll((a) => a.map((e) => e.getBoundingClientRect().toJSON()))) {
    assert.ok(box.height >= 48, `a button a thumb can press: ${box.height} px tall`);
  }
  assert.equal(await host.locator(".cb-call-local").count(), 0, "the publisher's own number instead of the plain line");
  await host.locator("[data-action='restart']").click();
  await completeInterview(host, {
    "warning-signs": ["none"],
    look: ["scars"],
    clothing: ["tight-synthetic"],
  });
  assert.equal(await host.locator("[data-triage] a").getAttribute("href"), "https://health.example/book");
  assert.equal(await host.locator("[data-triage] a").count(), 1, "the numbers are for a result of today");
  const derm = host.locator("[data-specialist='dermatologist'] a");
  assert.equal(await derm.getAttribute("href"), "https://health.example/find-a-dermatologist");
  assert.equal(await derm.textContent(), "Find one near you", "the widget's own words when the page gives none");
  assert.equal(await host.locator("[data-specialist='gp'] a").count(), 0, "a javascript: link is never shown");
  await host.locator(".cb-factors > summary").click();
  await host.locator("[data-factor='clothing'] summary").click();
  assert.equal(await host.locator("[data-factor='clothing'] a").textContent(), "What to wear with back acne");
  // The reader's language, else English: the Russian label for today's help.
  await host.evaluate((e) => e.setAttribute("lang", "uk"));
  await host.locator("[data-view='checker']", { hasText: "Перевірка симптомів" }).waitFor();
  assert.equal(await host.locator("[data-triage] a").textContent(), "Book with one of our doctors", "English when the page has no Ukrainian");
  const broken = page.locator("#broken");
  await broken.scrollIntoViewIfNeeded();
  await ready(broken);
  assert.match(await broken.locator("[data-notice='config']").textContent(), /“JSON”/, "JSON the browser cannot parse");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the events say what happened and nothing of the reader's health, unless the publisher has consent", async () => {
  const { context, page } = await publisherPage();
  const host = page.locator("#widget");
  await ready(host);
  assert.equal(await host.evaluate((e) => e.assessment), null, "null before an assessment is shown");
  await completeInterview(host, { "warning-signs": ["none"], look: ["scars"] });
  const heard = (id) => page.evaluate((i) => window.heard.filter(([target]) => target === i).map(([, name, detail]) => [name, detail]), id);
  assert.deepEqual(await heard("widget"), [
    ["ready", { view: "checker" }],
    ["step", { step: "skin" }],
    ["step", { step: "you" }],
    ["step", { step: "habits" }],
    ["step", { step: "history" }],
    ["step", { step: "result" }],
    ["assessment", { shown: true }],
  ]);
  assert.deepEqual(await host.evaluate((e) => e.assessment), { shown: true });
  // With "health-ids": true, the ids, and the property too.
  const consented = page.locator("#consented");
  await consented.scrollIntoViewIfNeeded();
  await ready(consented);
  await completeInterview(consented, { "warning-signs": ["none"], look: ["scars"], clothing: ["tight-synthetic"] });
  const last = (await heard("consented")).pop();
  assert.deepEqual(last, ["assessment", { triage: "routine", factors: ["clothing"] }]);
  assert.deepEqual(await consented.evaluate((e) => e.assessment), { triage: "routine", factors: ["clothing"] });
  await context.close();
});

test("a result restored on reload is told before the widget says it is ready, so that its assessment is there", async () => {
  const { context, page, errors } = await publisherPage();
  await page.addInitScript(() => {
    document.addEventListener("clearback:ready", (e) => {
      if (e.target.id === "widget") window.assessmentWhenReady = e.target.assessment;
    });
  });
  const host = page.locator("#widget");
  await ready(host);
  await completeInterview(host, { "warning-signs": ["none"], look: ["scars"] });
  await page.reload();
  await ready(host);
  await host.locator("[data-triage]").waitFor();
  const heard = await page.evaluate(() => window.heard.filter(([target]) => target === "widget").map(([, name]) => name));
  assert.deepEqual(heard, ["assessment", "ready"]);
  assert.deepEqual(await page.evaluate(() => window.assessmentWhenReady), { shown: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the API: calls made before the widget loads are applied, restart() starts afresh, show() switches, a timer's end is told", async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.clock.install({ time: new Date("2026-11-22T10:00:00") });
  await page.addInitScript(listen);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(env.server.origin + "/pages/article.html");
  const host = page.locator("#widget");
  // Far below the fold, the widget has not loaded: the call waits.
  await page.waitForFunction(() => customElements.get("clearback-widget"));
  await host.evaluate((e) => e.show("recipes"));
  assert.equal(await host.locator(".cb").count(), 0, "not loaded yet");
  await host.scrollIntoViewIfNeeded();
  await ready(host);
  assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true", "applied once loaded");
  await host.evaluate((e) => e.show("everything"));
  assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true", "an unknown view changes nothing");
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='timer-start']").click();
  await page.clock.runFor(900_000);
  await host.locator("[data-recipe='salt-clay-mask'] .cb-done").waitFor();
  const done = await page.evaluate(() => window.heard.filter(([, name]) => name === "timer-done").map(([, , d]) => d));
  assert.deepEqual(done, [{ recipe: "salt-clay-mask" }]);
  await host.evaluate((e) => e.show("checker"));
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  await host.locator("[data-action='next']").click();
  await host.evaluate((e) => e.restart());
  await host.locator("[data-question='warning-signs']").waitFor();
  assert.equal(await host.locator("[data-question='warning-signs'] input:checked").count(), 0, "the answers are cleared");
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("clearback:"))), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("clearback.d.ts types the element, its API, its events and the JSX element", async () => {
  const tsc = `${root}node_modules/.bin/tsc`;
  const flags = ["--noEmit", "--strict", "--target", "es2020", "--lib", "es2020,dom", "--module", "esnext", "--moduleResolution", "bundler"];
  execFileSync(tsc, [...flags, `${root}tests/e2e/types/usage.ts`], { encoding: "utf8" });
});

test("files named by their hash, listed in manifest.json with their size and integrity hash, which the loader checks", async () => {
  const manifest = JSON.parse(await readFile(`${root}dist/manifest.json`, "utf8")).files;
  const names = Object.keys(manifest);
  for (const stable of ["embed.js", "embed.css", "clearback.d.ts"]) assert.ok(names.includes(stable), stable);
  for (const hashed of [/^clearback-[0-9a-f]+\.js$/, /^clearback-[0-9a-f]+_bg\.wasm$/, /^clearback-print-[0-9a-f]{16}\.css$/, /^texts-uk-[0-9a-f]{16}\.json$/]) {
    assert.ok(names.some((n) => hashed.test(n)), `${hashed}`);
  }
  for (const [name, { size, integrity }] of Object.entries(manifest)) {
    const bytes = await readFile(`${root}dist/${name}`);
    assert.equal(bytes.length, size, name);
    assert.equal(`sha384-${createHash("sha384").update(bytes).digest("base64")}`, integrity, name);
  }
  // A wasm that is not the one the build made is refused, with the polite message.
  const { page, context } = await openPage(env, "/pages/near.html");
  await page.route("**/clearback-*_bg.wasm", async (route) => {
    const body = Buffer.from(await (await route.fetch()).body());
    body[body.length - 1] ^= 1;
    await route.fulfill({ body, contentType: "application/wasm" });
  });
  await page.reload();
  await page.locator("#widget .cb-fallback").waitFor({ timeout: 15000 });
  await context.close();
});

test("dist/ served from another origin, with CORS, works in a page under the strict CSP plus that origin", async () => {
  const cdn = await startServer({ cors: true });
  try {
    const base = `${cdn.origin}/cb/`;
    const { page, record, context } = await openPage(env, `/pages/near.html?csp=cdn&cdn=${encodeURIComponent(cdn.origin)}&base=${encodeURIComponent(base)}`);
    const host = page.locator("#widget");
    await ready(host);
    await host.locator("[data-view='recipes']").click();
    await host.locator("[data-recipe]").first().waitFor();
    const fromCdn = record.requests.filter((u) => u.startsWith(cdn.origin)).map((u) => new URL(u).pathname.replace(/-[0-9a-f]+(?=(_bg)?\.)/, ""));
    assert.deepEqual(fromCdn.sort(), ["/cb/clearback.js", "/cb/clearback_bg.wasm", "/cb/embed.css", "/cb/embed.js", "/cb/texts-en.json"]);
    assert.deepEqual(record.errors, [], "no CSP violation, no CORS error");
    await context.close();
  } finally {
    await cdn.close();
  }
});

test("without JavaScript the pasted fallback is readable and passes axe; with it the widget shows and the fallback does not", async () => {
  const off = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await off.newPage();
  await page.goto(`${env.server.origin}/pages/fallback.html`);
  const fallback = page.locator("#widget .clearback-fallback");
  assert.ok(await fallback.isVisible(), "the fallback shows without JavaScript");
  assert.match(await fallback.textContent(), /Contact a doctor or an urgent care service today/);
  assert.match(await fallback.textContent(), /Baking soda mask/);
  await off.close();
  // axe itself needs JavaScript: it audits the same fallback on a page whose loader never runs.
  const quiet = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const audited = await quiet.newPage();
  await audited.route("**/cb/embed.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await audited.emulateMedia({ media: "screen" });
  await audited.goto(`${env.server.origin}/pages/fallback.html?reserve=0`);
  const { axeViolations } = await import("./support/browser.mjs");
  assert.deepEqual(await axeViolations(audited, "#widget"), [], "the fallback passes axe");
  await quiet.close();
  // With JavaScript: the widget, and the fallback not shown twice.
  const { page: live, context } = await openPage(env, "/pages/fallback.html");
  const host = live.locator("#widget");
  await ready(host);
  assert.equal(await live.locator("#widget .clearback-fallback").isVisible(), false, "not shown twice");
  await context.close();
});

test("when the widget cannot run, the pasted fallback shows under the short message", async () => {
  const { page, context } = await openPage(env, "/pages/fallback.html?csp=noWasm");
  await page.locator("#widget .cb-fallback").waitFor({ timeout: 15000 });
  assert.ok(await page.locator("#widget .clearback-fallback").isVisible(), "the fallback is shown");
  await context.close();
});
