// Mask mode: the screen is kept on while mask mode is open or a timer runs, and taken
// again after the page was hidden; a page without the API loses nothing; a running timer
// survives a reload; the end of the time is announced, chimed (unless muted, which is
// remembered) and vibrated; a recipe the result lists opens its card, and the way back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, ready, axeViolations } from "./support/browser.mjs";
import { completeInterview } from "./support/checker.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// Records what the page asks of the Screen Wake Lock API, Web Audio and vibration; with
/// `wakeLock: false` the page has no wake lock at all.
function recorder({ wakeLock = true } = {}) {
  return (options) => {
    window.calls = [];
    const record = (what) => window.calls.push(what);
    if (!options.wakeLock) {
      delete Navigator.prototype.wakeLock;
    } else {
      Object.defineProperty(Navigator.prototype, "wakeLock", {
        configurable: true,
        get: () => ({
          request: async (type) => {
            record(`request ${type}`);
            const listeners = [];
            const sentinel = {
              released: false,
              addEventListener: (name, f) => listeners.push(f),
              removeEventListener: (name, f) => listeners.splice(listeners.indexOf(f) >>> 0, 1),
              release: async () => {
                record("release");
                sentinel.released = true;
                listeners.forEach((f) => f());
              },
            };
            window.sentinel = sentinel;
            return sentinel;
          },
        }),
      });
    }
    navigator.vibrate = (pattern) => {
      record(`vibrate ${pattern}`);
      return true;
    };
    window.AudioContext = class {
      constructor() {
        record("audio");
        this.currentTime = 0;
        this.destination = {};
      }
      createOscillator() {
        record("tone");
        return { frequency: {}, connect: (next) => next, start: () => record("start"), stop: () => {} };
      }
      createGain() {
        return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next) => next };
      }
      resume() {}
      close() {}
    };
  };
}

async function widgetPage({ query = "", wakeLock = true, time } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (time) await page.clock.install({ time: new Date(time) });
  await page.addInitScript(recorder(), { wakeLock });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.server.origin}/pages/near.html${query}`);
  const host = page.locator("#widget");
  await ready(host);
  return { context, page, host, errors };
}

const calls = (page) => page.evaluate(() => window.calls);

/// In mask mode, on to the step that waits, where the timer is offered.
async function toTimedStep(host) {
  const mask = host.locator(".cb-mask");
  for (let i = 0; i < 8 && !(await mask.locator("[data-action='timer-start']").count()); i += 1) {
    await mask.locator("[data-action='mask-next']").click();
  }
}

const focused = (page) => page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.action);

test("the screen stays on in mask mode and while a timer runs, is kept after the page was hidden, and is let go", async () => {
  const { context, page, host } = await widgetPage({ query: "?view=recipes" });
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='mask-mode']").click();
  await page.waitForFunction(() => window.calls.includes("request screen"));
  assert.deepEqual(await axeViolations(page), [], "mask mode passes axe");
  // The browser lets the lock go when the page is hidden; visible again, it is asked for.
  await page.evaluate(() => {
    window.sentinel.release();
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.waitForFunction(() => window.calls.filter((c) => c === "request screen").length === 2);
  await toTimedStep(host);
  await host.locator(".cb-mask [data-action='timer-start']").click();
  await host.locator("[data-action='mask-close']").click();
  // Closing renders the guide; what follows the render, the lock among it, runs with it.
  await host.locator(".cb-mask").waitFor({ state: "detached" });
  assert.equal((await calls(page)).filter((c) => c === "release").length, 1, "the running timer keeps the screen on");
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='timer-pause']").click();
  await page.waitForFunction(() => window.calls.filter((c) => c === "release").length === 2);
  await context.close();
});

test("without the Screen Wake Lock API mask mode and the timers work, and nothing is thrown", async () => {
  const { context, page, host, errors } = await widgetPage({ query: "?view=recipes", wakeLock: false, time: "2026-11-22T10:00:00" });
  assert.equal(await page.evaluate(() => "wakeLock" in navigator), false);
  await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='mask-mode']").click();
  await toTimedStep(host);
  await host.locator(".cb-mask [data-action='timer-start']").click();
  await page.clock.runFor(5_000);
  const left = Number(await host.locator(".cb-mask [data-timer]").getAttribute("data-remaining-seconds"));
  assert.ok(left <= 595 && left >= 592, `counting down (${left} s left)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a running timer survives a reload, and a paused one too, recomputed from the clock", async () => {
  const { context, page, host } = await widgetPage({ query: "?view=recipes", time: "2026-11-22T10:00:00" });
  const remaining = (id) => host.locator(`[data-recipe='${id}'] [data-timer]`).getAttribute("data-remaining-seconds");
  await host.locator("[data-recipe='soda-mask'] [data-action='timer-start']").click();
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='timer-start']").click();
  await page.clock.runFor(60_000);
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='timer-pause']").click();
  await page.clock.runFor(30_000);
  await page.reload();
  await ready(host);
  // The page's clock also runs on by itself (the widget needs its timers to load), so a
  // running timer has lost the 90 s and the few real seconds the steps took.
  const soda = Number(await remaining("soda-mask"));
  assert.ok(soda <= 510 && soda >= 504, `still running: 90 s gone (${soda} s left)`);
  assert.equal(await remaining("salt-clay-mask"), "840", "paused at 60 s");
  await page.clock.runFor(10_000);
  const later = Number(await remaining("soda-mask"));
  assert.ok(soda - later >= 10 && soda - later <= 13, `10 s later (${later} s left)`);
  assert.equal(await remaining("salt-clay-mask"), "840");
  assert.match(await page.evaluate(() => localStorage.getItem("clearback:timers:v1")), /^1\|sound\|soda-mask=s\d+,0;salt-clay-mask=p60\d{3}$/);
  await context.close();
});

test("when the time is up: announced, shown, chimed and vibrated; muted, it is only shown and felt, and the switch is remembered", async () => {
  const { context, page, host } = await widgetPage({ query: "?view=recipes", time: "2026-11-22T10:00:00" });
  await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='mask-mode']").click();
  await toTimedStep(host);
  await host.locator(".cb-mask [data-action='timer-start']").click();
  await page.clock.runFor(600_000);
  await host.locator(".cb-mask .cb-done").waitFor();
  assert.match(await host.locator(".cb-live").textContent(), /Time is up/);
  assert.equal(await focused(page), "mask-next", "the next step, taking the mask off, has the focus");
  assert.match(await host.locator(".cb-mask [data-action='mask-next']").getAttribute("class"), /cb-primary/);
  assert.deepEqual((await calls(page)).filter((c) => c !== "request screen" && c !== "release"), [
    "vibrate 200,100,200",
    "audio",
    "tone",
    "start",
    "tone",
    "start",
  ]);
  assert.equal(await page.evaluate(() => document.title), "Back acne — widget at the top", "the page's title is left alone");
  await host.locator(".cb-mask [data-action='sound']").uncheck();
  await page.reload();
  await ready(host);
  await host.locator("[data-recipe='soda-mask'] [data-action='timer-reset']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='mask-mode']").click();
  assert.equal(await host.locator(".cb-mask [data-action='sound']").isChecked(), false, "the switch is remembered");
  await page.evaluate(() => (window.calls = []));
  await toTimedStep(host);
  await host.locator(".cb-mask [data-action='timer-start']").click();
  await page.clock.runFor(600_000);
  await host.locator(".cb-mask .cb-done").waitFor();
  assert.deepEqual((await calls(page)).filter((c) => !c.startsWith("request") && c !== "release"), ["vibrate 200,100,200"]);
  await context.close();
});

test("a recipe the result lists opens its card in the guide, the whole guide opens too, and the way back returns to the result", async () => {
  const { context, page, host } = await widgetPage();
  await completeInterview(host, {
    "warning-signs": ["none"],
    look: ["blackheads"],
    age: ["20-39"],
    hormones: ["none"],
    conditions: ["none"],
  });
  const open = host.locator("[data-action='open-recipe'][data-recipe='salt-clay-mask']");
  await host.locator(".cb-remedies > summary").click();
  await open.click();
  assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true");
  await host.locator("[data-recipe='salt-clay-mask'] .cb-steps").waitFor();
  assert.equal(
    await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.closest("[data-recipe]").dataset.recipe),
    "salt-clay-mask",
    "the card has the focus",
  );
  await host.locator("[data-action='back-to-result']").click();
  await host.locator("[data-triage]").waitFor();
  assert.equal(await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.textContent), "Your result");
  // The whole guide, from the result: every card, its tab focused, and the same way back.
  if (!(await host.locator("[data-action='open-recipes']").isVisible())) await host.locator(".cb-remedies > summary").click();
  await host.locator("[data-action='open-recipes']").click();
  await host.locator(".cb-guide").waitFor();
  assert.equal(await host.locator("[data-recipe][data-status]").count(), await host.locator(".cb-recipe").count());
  assert.ok((await host.locator(".cb-recipe").count()) > 1, "every card");
  assert.equal(await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.dataset.view), "recipes");
  await host.locator("[data-action='back-to-result']").click();
  await host.locator("[data-triage]").waitFor();
  await context.close();
});

test("mask mode's last step ends with done: today is logged, the layer closes, it is said, and the focus is on the card", async () => {
  const { context, page, host } = await widgetPage({ query: "?view=recipes", time: "2026-11-22T10:00:00" });
  const card = host.locator("[data-recipe='soda-mask']");
  await card.locator("[data-action='toggle-recipe']").click();
  await card.locator("[data-action='mask-mode']").click();
  const mask = host.locator(".cb-mask");
  for (let i = 0; i < 8 && !(await mask.locator("[data-action='mask-done']").count()); i += 1) {
    await mask.locator("[data-action='mask-next']").click();
  }
  assert.match(await mask.locator(".cb-step-count").textContent(), /Step 6 of 6/);
  await mask.locator("[data-action='mask-done']").click();
  await mask.waitFor({ state: "detached" });
  assert.match(await card.locator(".cb-log").textContent(), /Last done: 22 Nov 2026/, "as the card's own button logs it");
  assert.equal(await host.locator(".cb-live").textContent(), "Marked as done today.");
  assert.equal(
    await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.textContent),
    "Baking soda mask",
    "back on the card's title",
  );
  assert.match(await page.evaluate(() => localStorage.getItem("clearback:log:v1")), /soda-mask=2026-11-22/);
  await context.close();
});

test("while mask mode is open the page behind does not scroll, and the page's own styles are left alone", async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/article.html?view=recipes`);
  const host = page.locator("#widget");
  await host.scrollIntoViewIfNeeded();
  await ready(host);
  const card = host.locator("[data-recipe='salt-clay-mask']");
  await card.locator("[data-action='toggle-recipe']").click();
  await card.locator("[data-action='mask-mode']").click();
  await host.locator(".cb-mask").waitFor();
  const before = await page.evaluate(() => window.scrollY);
  const room = await page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight - window.innerHeight - window.scrollY]);
  assert.ok(room[0] > 600 && room[1] > 600, `the article could scroll either way: ${room}`);
  await page.mouse.move(195, 420);
  for (let i = 0; i < 3; i += 1) await page.mouse.wheel(0, 600);
  await page.mouse.wheel(0, -1200);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.evaluate(() => window.scrollY), before, "the article stays where it was");
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.getAttribute("style"), document.body.getAttribute("style")]),
    [null, null],
  );
  await context.close();
});
