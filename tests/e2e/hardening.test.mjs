// A hostile page and a failing browser, each fault tried on purpose: strange attribute
// values, many widgets, the loader twice, elements coming and going, a page's
// typography, storage that throws or holds someone else's data, a network that fails or
// is slow or goes away, a panic inside, printing that fails, and what leaves the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, openWithStorageBlocked, ready } from "./support/browser.mjs";
import { completeInterview } from "./support/checker.mjs";

/// A panic inside the widget, from a task of its own as a panic in an event handler would
/// be: through the build's test-only export, from the glue module the loader imported
/// (the same module, by its address).
async function panicInTheWidget(page) {
  await page.evaluate(async () => {
    const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /clearback-[0-9a-f]+\.js$/.test(n));
    const module = await import(glue);
    setTimeout(() => module.testPanic());
  });
}

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

const shadowHas = (host, selector) => host.evaluate((e, s) => e.shadowRoot.querySelectorAll(s).length, selector);

test("empty, garbage, huge and markup-like attribute values: a short notice, as text, and the defaults", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  const notices = () => host.locator("[data-notice='attribute']").allTextContents();
  for (const [name, value, shown] of [
    ["view", "", null],
    ["lang", "   ", null],
    ["view", "\u0000\uFFFF\u202E", "\u0000\uFFFF\u202E"],
    ["theme", "x".repeat(100_000), `${"x".repeat(40)}…`],
    ["lang", "<img src=x onerror=window.pwned=1>", "<img src=x onerror=window.pwned=1>"],
  ]) {
    // A value that means the default changes nothing: a bad value set after it, whose
    // notice shows, is the sign that the widget has read both.
    const probe = name === "theme" ? "view" : "theme";
    await host.evaluate((e, [n, v, p]) => (e.setAttribute(n, v), e.setAttribute(p, "probe")), [name, value, probe]);
    await host.locator("[data-notice='attribute']", { hasText: "“probe”" }).waitFor();
    const others = (await notices()).filter((n) => !n.includes("“probe”"));
    if (shown === null) assert.deepEqual(others, [], `${name}="" means the default`);
    else assert.ok(others.some((n) => n.includes(`“${shown}”`)), `${name}: ${JSON.stringify(others).slice(0, 120)}`);
    assert.equal(await host.locator("[data-view='checker']").getAttribute("aria-selected"), "true");
    await host.evaluate((e, [n, p]) => (e.removeAttribute(n), e.removeAttribute(p)), [name, probe]);
    await host.locator("[data-notice='attribute']").first().waitFor({ state: "detached" });
  }
  assert.equal(await shadowHas(host, "img"), 0, "nothing rendered as markup");
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("fifty widgets on one page are independent, and each keeps its own answers across a reload", async () => {
  const { page, record, context } = await openPage(env, "/pages/many.html", { viewport: { width: 800, height: 60000 } });
  const widgets = [0, 17, 49].map((i) => page.locator(`#w${i}`));
  for (const w of widgets) await ready(w);
  await widgets[0].locator("[data-question='warning-signs'] input[value='none']").check();
  await widgets[1].locator("[data-question='warning-signs'] input[value='mood']").check();
  await widgets[2].locator("[data-view='recipes']").click();
  await page.reload();
  for (const w of widgets) await ready(w);
  assert.equal(await widgets[0].locator("input[value='none']:checked").count(), 1);
  assert.equal(await widgets[0].locator("input[value='mood']:checked").count(), 0);
  assert.equal(await widgets[1].locator("input[value='mood']:checked").count(), 1);
  assert.equal(await widgets[2].locator("input:checked").count(), 0);
  const keys = await page.evaluate(() => Object.keys(sessionStorage).sort());
  assert.deepEqual(keys, ["clearback:checker:v1:#w0", "clearback:checker:v1:#w17"], "one key per widget that has answers");
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("the loader included twice defines the element once; elements before and after it, moved, removed and added, all work", async () => {
  const { page, record, context } = await openPage(env, "/pages/twice.html");
  const host = page.locator("#widget");
  await ready(host);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script[src$='embed.js']").length), 2);
  // An element added after the loader ran.
  await page.evaluate(() => {
    const late = document.createElement("clearback-widget");
    late.id = "late";
    document.querySelector("main").appendChild(late);
  });
  // It loads once it comes near the screen, like any widget below the fold.
  await page.locator("#late").scrollIntoViewIfNeeded();
  await ready(page.locator("#late"));
  await page.evaluate(() => document.querySelector("main").prepend(document.getElementById("late")));
  await page.locator("#late [data-view='recipes']").click();
  assert.equal(await page.locator("#late [data-view='recipes']").getAttribute("aria-selected"), "true");
  await page.evaluate(() => document.getElementById("late").remove());
  await page.evaluate(() => document.querySelector("main").append(document.createElement("clearback-widget")));
  await page.locator("main > clearback-widget").last().scrollIntoViewIfNeeded();
  await ready(page.locator("main > clearback-widget").last());
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("a hundred widgets added and removed are freed, and memory stays bounded", async () => {
  const { page, context } = await openPage(env, "/pages/near.html");
  await ready(page.locator("#widget"));
  const cdp = await context.newCDPSession(page);
  const cycle = (n) =>
    page.evaluate(async (count) => {
      window.removed = [];
      for (let i = 0; i < count; i += 1) {
        const widget = document.createElement("clearback-widget");
        // At the top, on screen, so that each one loads at once.
        document.body.prepend(widget);
        for (let waited = 0; !widget.shadowRoot?.querySelector(".cb"); waited += 5) {
          if (waited > 10_000) throw new Error(`widget ${i} did not render`);
          await new Promise((r) => setTimeout(r, 5));
        }
        widget.remove();
        window.removed.push(new WeakRef(widget));
        await new Promise((r) => setTimeout(r, 0));
      }
    }, n);
  // Callbacks already queued for the last widget (an observer's entries, a frame's work)
  // hold it until they run: they run first, and a widget still held after a few of them
  // is kept for good.
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  const memory = async () => {
    for (let tries = 0; tries < 5; tries += 1) {
      await settle();
      await cdp.send("HeapProfiler.collectGarbage");
      if ((await page.evaluate(() => window.removed.filter((r) => r.deref()).length)) === 0) break;
    }
    const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    // The glue's init gives the wasm already running; its memory only ever grows.
    const wasm = await page.evaluate(async () => {
      const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /clearback-[0-9a-f]+\.js$/.test(n));
      return (await (await import(glue)).default()).memory.buffer.byteLength;
    });
    const kept = await page.evaluate(() => window.removed.filter((r) => r.deref()).length);
    return { heap, wasm, kept };
  };
  await cycle(100);
  const warm = await memory();
  assert.equal(warm.kept, 0, "every removed widget, its shadow root and its rendering can be collected");
  await cycle(100);
  const after = await memory();
  assert.equal(after.kept, 0);
  // Yew keeps the four delegated listeners of each app it has mounted (about 1 KiB of
  // script heap); a removed widget kept whole would be many times that.
  const perWidget = (after.heap - warm.heap) / 100;
  assert.ok(perWidget < 2048, `script heap grew by ${perWidget.toFixed(0)} bytes a widget`);
  assert.ok(after.wasm - warm.wasm <= 512 * 1024, `wasm memory grew by ${((after.wasm - warm.wasm) / 1024).toFixed(0)} KiB`);
  await context.close();
});

test("a page's typography does not leak into the widget", async () => {
  const { page, context } = await openPage(env, "/pages/typography.html");
  const host = page.locator("#widget");
  await ready(host);
  const style = await host.evaluate((e) => {
    const s = getComputedStyle(e.shadowRoot.querySelector(".cb-legend"));
    return [s.wordSpacing, s.letterSpacing, s.whiteSpace, s.textIndent, s.textShadow, s.textTransform, s.fontStyle, s.fontVariantCaps, s.textAlign];
  });
  assert.deepEqual(style, ["0px", "normal", "normal", "0px", "none", "none", "normal", "normal", "start"]);
  await context.close();
});

test("storage that refuses to write (quota), holds damaged or foreign-version data, or the page's own keys", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      // The page's widget has id="widget", so its answers live under that name.
      sessionStorage.setItem("clearback:checker:v1:#widget", "9|1|0|look=pus");
      sessionStorage.setItem("publisher:basket", "3 items");
      localStorage.setItem("clearback:log:v1", "2|soda-mask=2099-01-01");
      localStorage.setItem("clearback:timers:v1", "1|sound|soda-mask=s,,,");
      localStorage.setItem("publisher:prefs", "dark");
    }
    window.readKeys = [];
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key) {
      window.readKeys.push(key);
      return getItem.call(this, key);
    };
    // Full: every write is refused.
    Storage.prototype.setItem = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(env.server.origin + "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  assert.match(await host.locator(".cb-checker").textContent(), /saved answers could not be read/);
  await host.locator("input[value='none']").check();
  assert.match(await host.locator(".cb-checker").textContent(), /will be lost if you reload/, "says what it could not keep");
  await host.locator("[data-view='recipes']").click();
  assert.match(await host.locator(".cb-guide").textContent(), /saved log could not be read/);
  await host.locator("[data-recipe='soda-mask'] [data-action='timer-start']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='timer-pause']").waitFor();
  const state = await page.evaluate(() => ({
    session: Object.fromEntries(Object.entries(sessionStorage)),
    local: Object.fromEntries(Object.entries(localStorage)),
    read: [...new Set(window.readKeys)].sort(),
  }));
  assert.equal(state.session["publisher:basket"], "3 items");
  assert.equal(state.local["publisher:prefs"], "dark");
  assert.equal(state.local["clearback:log:v1"], "2|soda-mask=2099-01-01", "an unreadable log is left alone");
  assert.deepEqual(state.read, ["clearback:checker:v1:#widget", "clearback:log:v1", "clearback:timers:v1"], "reads only its own keys");
  assert.deepEqual(errors, []);
  await context.close();
});

test("storage that throws on every access: the widget works and says so", async () => {
  const answers = "does not let this page store your answers";
  const log = "does not let this page keep a log";
  for (const storage of ["sessionStorage", "localStorage"]) {
    const { context, host, errors } = await openWithStorageBlocked(env, "/pages/near.html", storage);
    await completeInterview(host, { "warning-signs": ["none"], look: ["blackheads"] });
    await host.locator(".cb-result").waitFor();
    const checkerNotes = await host.locator(".cb-checker .cb-notice").allTextContents();
    await host.locator("[data-view='recipes']").click();
    const card = host.locator("[data-recipe='soda-mask']");
    await card.locator("[data-action='log-done']").click();
    // The day is marked for this visit either way.
    await card.locator(".cb-log", { hasText: "Last done:" }).waitFor();
    const guideNotes = await host.locator(".cb-guide .cb-notice").allTextContents();
    if (storage === "sessionStorage") {
      assert.ok(checkerNotes.some((n) => n.includes(answers)), `the checker says its answers are not kept: ${checkerNotes}`);
      assert.deepEqual(guideNotes, [], "the log is kept");
    } else {
      assert.deepEqual(checkerNotes, [], "the answers are kept");
      assert.ok(guideNotes.some((n) => n.includes(log)), `the guide says its log is not kept: ${guideNotes}`);
    }
    assert.deepEqual(errors, [], storage);
    await context.close();
  }
});

test("the wasm missing, served as the wrong type, or cut short: a message, or the widget, never an error in the page", async () => {
  for (const [fault, route, expect] of [
    ["404", (r) => r.fulfill({ status: 404, body: "not found" }), "message"],
    ["cut short", async (r) => r.fulfill({ body: (await (await r.fetch()).body()).subarray(0, 4096), contentType: "application/wasm" }), "message"],
    ["the wrong type", async (r) => r.fulfill({ body: await (await r.fetch()).body(), contentType: "text/plain" }), "widget"],
  ]) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/clearback-*_bg.wasm", route);
    await page.goto(env.server.origin + "/pages/near.html");
    const host = page.locator("#widget");
    if (expect === "message") await host.locator(".cb-fallback").waitFor({ timeout: 15000 });
    else await ready(host);
    assert.deepEqual(errors, [], fault);
    assert.ok(await page.evaluate(() => window.hostTicks > 0), "the page's own script runs on");
    await context.close();
  }
});

test("a slow network: after a while a polite message with a retry, and the retry works", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  let hang = true;
  await page.route("**/clearback-*_bg.wasm", async (route) => {
    if (hang) return; // never answered: a network that stalls
    await route.continue();
  });
  await page.goto(env.server.origin + "/pages/near.html");
  const host = page.locator("#widget");
  await page.waitForFunction(() => customElements.get("clearback-widget"));
  await page.clock.runFor(13_000);
  const slow = host.locator(".cb-slow");
  await slow.waitFor();
  assert.match(await slow.textContent(), /taking a long time/);
  hang = false;
  await slow.locator("button").click();
  await ready(host);
  assert.equal(await shadowHas(host, ".cb-slow"), 0);
  await context.close();
});

test("offline once loaded: the whole checker and the guide go on; a language not loaded stays away politely", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  await context.setOffline(true);
  await completeInterview(host, { "warning-signs": ["none"], look: ["scars"] });
  await host.locator("[data-view='recipes']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
  const refused = page.waitForEvent("console", (m) => m.text().includes("could not load a language"));
  await host.evaluate((e) => e.setAttribute("lang", "uk"));
  await refused;
  assert.equal(await host.locator("[data-view='checker']").textContent(), "Symptom checker", "stays in English");
  assert.deepEqual(record.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
});

test("a panic inside the widget: every widget shows its message, the page sees no error and runs on", async () => {
  const { page, context } = await openPage(env, "/pages/two.html", { viewport: { width: 1280, height: 9000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (const id of ["#first", "#second"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await ready(page.locator(id));
  }
  const ticks = await page.evaluate(() => window.hostTicks);
  // As a panic in an event handler would: from a task of its own.
  await panicInTheWidget(page);
  await page.locator("#first .cb-fallback").waitFor();
  await page.locator("#second .cb-fallback").waitFor();
  // One added afterwards cannot use the stopped instance either, and says so.
  await page.evaluate(() => {
    const late = document.createElement("clearback-widget");
    late.id = "late";
    document.body.prepend(late);
  });
  await page.locator("#late .cb-fallback").waitFor();
  await page.waitForFunction((ticks) => window.hostTicks > ticks, ticks); // its scripts run on
  assert.deepEqual(errors, [], "nothing uncaught in the host page");
  await context.close();
});

test("printing that fails, or is asked for twice at once, always leaves the page as it was", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.prints = 0;
    window.print = () => {
      window.prints += 1;
      throw new Error("no printer");
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(env.server.origin + "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  await completeInterview(host, { "warning-signs": ["none"], look: ["scars"] });
  const closed = await shadowHas(host, "details:not([open])");
  await host.locator("[data-action='print']").evaluate((b) => {
    b.click();
    b.click();
  });
  await page.waitForFunction(() => window.prints >= 1);
  await host.evaluate((e) => e.hasAttribute("data-clearback-printing") && new Promise((resolve) => {
    new MutationObserver(resolve).observe(e, { attributeFilter: ["data-clearback-printing"] });
  })); // unmarked: the print is over
  assert.equal(await page.evaluate(() => window.prints), 1, "the second request waited for the first");
  assert.equal(await shadowHas(host, "details:not([open])"), closed, "the details closed again");
  await host.locator("[data-action='print']").click();
  await page.waitForFunction(() => window.prints >= 2);
  await page.waitForFunction(() => !document.getElementById("widget").hasAttribute("data-clearback-printing"));
  assert.equal(await page.evaluate(() => window.prints), 2, "one print for one request");
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing while the print stylesheet cannot load still prints, and the next print loads it and prints the widget alone", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    // Whether the page's print rules, which hide all but the widget, are in force.
    window.prints = [];
    window.print = () => {
      const link = document.getElementById("clearback-print-sheet");
      let alone = false;
      try {
        alone = [...link.sheet.cssRules].some((r) => r.media && r.media.mediaText.includes("print"));
      } catch (error) {
        alone = false;
      }
      window.prints.push(alone);
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/clearback-print-*.css", (route) => route.abort("connectionfailed"));
  await page.goto(env.server.origin + "/pages/recipes.html");
  const host = page.locator("#widget");
  await ready(host);
  const card = host.locator("[data-recipe='salt-scrub']");
  await card.locator("[data-action='toggle-recipe']").click();
  await card.locator("[data-action='print-recipe']").click();
  await page.waitForFunction(() => window.prints.length === 1);
  await page.unroute("**/clearback-print-*.css");
  await card.locator("[data-action='print-recipe']").click();
  await page.waitForFunction(() => window.prints.length === 2);
  assert.deepEqual(await page.evaluate(() => window.prints), [false, true], "printed anyway, then alone");
  assert.equal(await page.locator("link#clearback-print-sheet").count(), 1, "one print stylesheet");
  await card.locator("[data-action='print-recipe']").click();
  await page.waitForFunction(() => window.prints.length === 3);
  assert.equal(await page.locator("link#clearback-print-sheet").count(), 1, "loaded once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a panic while a language is on its way: when it arrives, nothing reaches the page", async () => {
  const { page, context } = await openPage(env, "/pages/near.html");
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/texts-ru-*.json", async (route) => {
    await held;
    await route.continue();
  });
  const host = page.locator("#widget");
  await ready(host);
  // `packRead` settles in the task after the pack is read, when what reading it started
  // (the loader's promise callbacks) has run.
  await page.evaluate(() => {
    const json = Response.prototype.json;
    window.packRead = new Promise((resolve) => {
      const done = () => setTimeout(resolve);
      Response.prototype.json = function () {
        const parsed = json.call(this);
        if (this.url.includes("texts-ru")) parsed.then(done, done);
        return parsed;
      };
    });
  });
  await host.evaluate((e) => e.setAttribute("lang", "ru"));
  await panicInTheWidget(page);
  await host.locator(".cb-fallback").waitFor();
  release();
  // The loader's own handling of the pack runs in the tasks right after it is read.
  await page.evaluate(() => window.packRead);
  assert.deepEqual(errors, [], "nothing uncaught in the host page");
  await context.close();
});

test("privacy: a whole session fetches only the widget's files, sets no cookie, keeps only its own keys, and tells ids only", async () => {
  const { page, record, context } = await openPage(env, "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  const details = [];
  await page.exposeFunction("heard", (d) => details.push(d));
  await page.evaluate(() => {
    for (const n of ["ready", "step", "assessment", "timer-done"]) document.addEventListener(`clearback:${n}`, (e) => window.heard(e.detail));
  });
  await completeInterview(host, { "warning-signs": ["none"], area: ["legs"], look: ["rash"], itch: ["yes"], "hair-removal": ["yes"], products: ["new-detergent"] });
  await host.locator("[data-action='print']").evaluate(() => {});
  await host.locator("[data-view='recipes']").click();
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='log-done']").click();
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='timer-start']").click();
  const foreign = record.requests.filter((u) => {
    const { origin, pathname } = new URL(u);
    return origin !== env.server.origin || !(pathname.startsWith("/cb/") || pathname.startsWith("/pages/"));
  });
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  const keys = await page.evaluate(() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)].sort());
  assert.deepEqual(keys, ["clearback:checker:v1:#widget", "clearback:log:v1", "clearback:timers:v1"]);
  for (const detail of details) {
    for (const [key, value] of Object.entries(detail)) {
      assert.ok(["view", "step", "shown", "recipe"].includes(key), `no ${key} in an event`);
      assert.ok(value === true || /^[a-z-]+$/.test(value), `an id, not text: ${value}`);
    }
  }
  await context.close();
});

test("security: markup in the content, in a publisher's label or in an attribute is shown as text, never run", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  // The content: a pack whose first text is markup, with the loader's integrity hashes
  // taken out so that it is accepted as this build's.
  await page.route("**/cb/embed.js", async (route) => {
    const body = (await (await route.fetch()).text()).replace(/"sha384-[^"]+"/g, '""');
    await route.fulfill({ body, contentType: "text/javascript" });
  });
  await page.route("**/texts-en-*.json", async (route) => {
    const texts = await (await route.fetch()).json();
    const at = texts.indexOf("Back acne: check and care");
    texts[at] = "<img src=x onerror=window.pwned=1>";
    await route.fulfill({ body: JSON.stringify(texts), contentType: "application/json" });
  });
  await page.goto(env.server.origin + "/pages/near.html");
  const host = page.locator("#widget");
  await ready(host);
  assert.equal(await host.locator(".cb-title").textContent(), "<img src=x onerror=window.pwned=1>");
  // Had the text been read as markup, the element would be there now, its error to come.
  assert.equal(await shadowHas(host, "img"), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
  // A publisher's label.
  const { page: configured, context: other } = await openPage(env, "/pages/near.html");
  await configured.evaluate(() => {
    const widget = document.createElement("clearback-widget");
    widget.id = "labelled";
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify({ triage: { "self-care": { href: "https://x.example/", label: { en: "<b onmouseover=alert(1)>hi</b>" } } } });
    widget.appendChild(script);
    document.querySelector("main").prepend(widget);
  });
  const labelled = configured.locator("#labelled");
  await ready(labelled);
  await completeInterview(labelled, { "warning-signs": ["none"], look: ["blackheads"] });
  assert.equal(await labelled.locator("[data-triage] a").textContent(), "<b onmouseover=alert(1)>hi</b>");
  assert.equal(await shadowHas(labelled, "b"), 0);
  await other.close();
});
