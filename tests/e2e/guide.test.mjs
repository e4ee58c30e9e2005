// The mask and remedy guide end to end: cards, timer (on a fake clock), frequency log,
// tailoring from the checker, storage manners, keyboard and accessibility.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openWithStorageBlocked, ready, axeViolations } from "./support/browser.mjs";
import { completeInterview, ids, statusOf } from "./support/checker.mjs";

const RECIPES = [
  "soda-mask", "salt-clay-mask", "herbal-bath", "calendula-wipe", "peroxide-spot", "fruit-acid-peel", "salt-scrub",
  "salicylic-cleanse",
];

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// The recipes page, optionally on a fake clock and with storage prepared first.
async function guidePage({ time, storage, path = "/pages/recipes.html" } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  if (time) await page.clock.install({ time: new Date(time) });
  if (storage) {
    await page.goto(env.server.origin + "/pages/page.css");
    await page.evaluate((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), storage);
  }
  await page.goto(env.server.origin + path);
  const host = page.locator("#widget");
  await ready(host);
  return { context, page, host, errors };
}

const remaining = async (card) => Number(await card.locator("[data-timer]").getAttribute("data-remaining-seconds"));

test("view=recipes opens the guide with every card and its general cautions", async () => {
  const { context, host, errors } = await guidePage();
  assert.deepEqual(await ids(host, "data-recipe"), RECIPES);
  for (const id of ["soda-mask", "peroxide-spot", "salt-scrub"]) {
    assert.equal(await statusOf(host, "data-recipe", id), "caution", `${id}: a real risk is a caution for everyone`);
  }
  // Before the checker's safety questions are answered, nothing is suitable.
  assert.equal(await statusOf(host, "data-recipe", "herbal-bath"), "caution");
  assert.match(await host.locator("[data-recipe='herbal-bath'] .cb-risk").textContent(), /Answer them in the symptom checker/);
  for (const id of ["soda-mask", "salt-scrub", "fruit-acid-peel", "peroxide-spot", "salicylic-cleanse"]) {
    assert.match(await host.locator(`[data-recipe='${id}'] .cb-cautions`).textContent(), /children under 12.*isotretinoin/, id);
  }
  assert.match(await host.locator("[data-recipe='soda-mask'] .cb-risk").textContent(), /alkaline/);
  assert.match(await host.locator("[data-recipe='herbal-bath'] .cb-note").textContent(), /potassium permanganate/);
  assert.match(await host.locator("[data-recipe='salicylic-cleanse'] .cb-note").textContent(), /never to use on their own/);
  assert.match(await host.locator("[data-recipe='soda-mask'] .cb-cautions").textContent(), /pus-filled/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("before any answer no card claims to suit the reader: one line asks for the checker, and leads there", async () => {
  const { context, page, host } = await guidePage();
  assert.equal(await host.locator(".cb-badge").count(), 0, "no badge claims an assessment");
  assert.equal(await host.locator(".cb-ruled-out").count(), 0, "nothing is ruled out before any answer");
  const prompt = host.locator(".cb-prompt");
  assert.match(await prompt.textContent(), /Check your symptoms to see which remedies suit you/);
  assert.ok(await prompt.isVisible());
  await prompt.locator("[data-action='check-symptoms']").click();
  await host.locator("[data-question='warning-signs']").waitFor();
  assert.equal(await host.locator("[data-view='checker']").getAttribute("aria-selected"), "true");
  assert.equal(
    await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.focus),
    "title",
    "the focus goes to the checker's step",
  );
  await context.close();
});

test("the filter shows what helps with scars, and says how many", async () => {
  const { context, host } = await guidePage();
  await host.locator("[data-tag='scars']").click();
  assert.deepEqual(await ids(host, "data-recipe"), ["salt-scrub"]);
  assert.equal(await host.locator(".cb-live").textContent(), "1 remedy shown", "announced, counted in the language's way");
  assert.equal(await host.locator("[data-tag='scars']").getAttribute("aria-pressed"), "true");
  await host.locator(".cb-filter button").first().click();
  assert.equal((await ids(host, "data-recipe")).length, RECIPES.length);
  await context.close();
});

test("what the live region last said is said again in the page's new language", async () => {
  const { context, host } = await guidePage();
  await host.locator("[data-tag='scars']").click();
  assert.equal(await host.locator(".cb-live").textContent(), "1 remedy shown");
  await host.evaluate((e) => e.setAttribute("lang", "ru"));
  await host.locator("[data-view='checker']", { hasText: "Проверка симптомов" }).waitFor();
  assert.equal(await host.locator(".cb-live").textContent(), "Показано 1\u00a0средство");
  await context.close();
});

test("the timer counts down, pauses, resumes, resets and stays right in a sleeping tab", async () => {
  const { context, page, host } = await guidePage({ time: "2026-11-22T10:00:00" });
  const card = host.locator("[data-recipe='soda-mask']");
  assert.equal(await remaining(card), 600);
  await card.locator("[data-action='timer-start']").click();
  await page.clock.runFor(60_000);
  assert.equal(await remaining(card), 540);
  await card.locator("[data-action='timer-pause']").click();
  await page.clock.runFor(120_000);
  assert.equal(await remaining(card), 540, "paused");
  await card.locator("[data-action='timer-start']").click();
  // A background tab: no timer fires, the clock simply moves on.
  await page.clock.fastForward(300_000);
  await page.clock.runFor(1_000);
  assert.equal(await remaining(card), 239);
  await card.locator("[data-action='timer-reset']").click();
  assert.equal(await remaining(card), 600);
  await card.locator("[data-action='timer-start']").click();
  await page.clock.runFor(600_000);
  assert.equal(await remaining(card), 0);
  assert.match(await card.locator(".cb-countdown .cb-done").textContent(), /Time is up/);
  assert.match(await host.locator(".cb-live").textContent(), /Time is up/, "announced to screen readers");
  await context.close();
});

test("the frequency log warns past the soda mask's twice a week, across a week boundary", async () => {
  const { context, page, host } = await guidePage({ time: "2026-11-15T09:00:00" });
  const card = () => host.locator("[data-recipe='soda-mask']");
  await card().locator("[data-action='log-done']").click();
  assert.equal(await card().locator("[data-warning='frequency']").count(), 0);
  assert.match(await card().locator(".cb-log").textContent(), /Last done: 15 Nov 2026/, "the date as English writes it");
  await page.clock.setSystemTime(new Date("2026-11-18T09:00:00"));
  await page.reload();
  await ready(host);
  await card().locator("[data-action='log-done']").click();
  assert.equal(await card().locator("[data-warning='frequency']").count(), 1, "a third time within seven days");
  await page.clock.setSystemTime(new Date("2026-11-21T20:00:00"));
  await page.reload();
  await ready(host);
  assert.equal(await card().locator("[data-warning='frequency']").count(), 1, "Saturday: both still count");
  await page.clock.setSystemTime(new Date("2026-11-22T08:00:00"));
  await page.reload();
  await ready(host);
  assert.equal(await card().locator("[data-warning='frequency']").count(), 0, "Sunday: the first has left the week");
  assert.match(await card().locator(".cb-log").textContent(), /18 Nov 2026/);
  await host.locator("[data-action='log-clear']").click();
  assert.match(await card().locator(".cb-log").textContent(), /Not done yet/);
  assert.equal(await page.evaluate(() => localStorage.getItem("clearback:log:v1")), null);
  await context.close();
});

test("the log touches only its own key, and a corrupt log is set aside politely", async () => {
  const { context, page, host, errors } = await guidePage({
    storage: [["publisher:prefs", "dark"], ["clearback:log:v1", "{not a log"]],
  });
  assert.match(await host.locator(".cb-guide .cb-notice").textContent(), /could not be read/);
  await host.locator("[data-recipe='salt-scrub'] [data-action='log-done']").click();
  assert.equal(await page.evaluate(() => localStorage.getItem("clearback:log:v1")), "{not a log", "not overwritten unasked");
  await host.locator("[data-action='log-clear']").click();
  await host.locator("[data-recipe='salt-scrub'] [data-action='log-done']").click();
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  assert.deepEqual(Object.keys(stored).sort(), ["clearback:log:v1", "publisher:prefs"]);
  assert.equal(stored["publisher:prefs"], "dark");
  assert.match(stored["clearback:log:v1"], /^1\|salt-scrub=\d{4}-\d\d-\d\d$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("what the reader ticked and opened stays with its card when a notice above the cards goes", async () => {
  const { context, host } = await guidePage({ storage: [["clearback:log:v1", "{not a log"]] });
  const card = host.locator("[data-recipe='salt-scrub']");
  await card.locator(".cb-risk summary").click();
  await card.locator("[data-action='toggle-recipe']").click();
  await card.locator(".cb-checklist input").first().check();
  // Clearing the log removes the notice that it could not be read, above the list.
  await host.locator("[data-action='log-clear']").click();
  assert.equal(await host.locator(".cb-guide .cb-notice").count(), 0);
  assert.equal(await card.locator(".cb-checklist input").first().isChecked(), true, "the tick stays");
  assert.equal(await card.locator("details.cb-risk").evaluate((d) => d.open), true, "the reasons stay open");
  await context.close();
});

test("what the reader ticked stays with its recipe when the filter moves the cards", async () => {
  const { context, host } = await guidePage();
  const ticked = (id) => host.locator(`[data-recipe='${id}'] .cb-checklist input`).first();
  for (const id of ["soda-mask", "salt-clay-mask"]) {
    await host.locator(`[data-recipe='${id}'] [data-action='toggle-recipe']`).click();
  }
  await ticked("salt-clay-mask").check();
  // Blackheads: the clay mask moves to the top, where the soda mask was.
  await host.locator("[data-tag='blackheads']").click();
  assert.equal((await ids(host, "data-recipe"))[0], "salt-clay-mask");
  assert.equal(await ticked("salt-clay-mask").isChecked(), true, "the clay mask's tick moved with it");
  await host.locator(".cb-filter button").first().click();
  assert.equal(await ticked("soda-mask").isChecked(), false, "and never showed on the soda mask");
  assert.equal(await ticked("salt-clay-mask").isChecked(), true);
  await context.close();
});

test("with local storage blocked the guide works and says the log is not kept", async () => {
  const { context, host, errors } = await openWithStorageBlocked(env, "/pages/recipes.html", "localStorage");
  assert.match(await host.locator(".cb-guide .cb-notice").textContent(), /not saved/);
  await host.locator("[data-recipe='soda-mask'] [data-action='log-done']").click();
  assert.match(await host.locator("[data-recipe='soda-mask'] .cb-log").textContent(), /Last done/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the checker's answers tailor the cards: those offered first, those not advised folded after them, with why and whom to ask, and nothing to start or log", async () => {
  const { context, page, host } = await guidePage({ path: "/pages/near.html" });
  await completeInterview(host, { look: ["pus"], conditions: ["eczema"] });
  await host.locator(".cb-remedies > summary").click();
  await host.locator(".cb-result button", { hasText: "masks and remedies" }).click();
  assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true");
  const ruledOut = ["soda-mask", "peroxide-spot", "fruit-acid-peel", "salt-scrub"];
  for (const id of ruledOut) assert.equal(await statusOf(host, "data-recipe", id), "not-advised", id);
  assert.equal(await statusOf(host, "data-recipe", "salt-clay-mask"), "caution", "eczema: a patch test first");
  assert.equal(await statusOf(host, "data-recipe", "herbal-bath"), "caution", "eczema and daisy-family plants");
  // What is offered comes first, in the content's order; what is not advised after all of it.
  assert.deepEqual(await ids(host, "data-recipe"), ["salt-clay-mask", "herbal-bath", "calendula-wipe", "salicylic-cleanse", ...ruledOut]);
  const offered = host.locator(".cb-guide > .cb-recipes > [data-recipe]");
  assert.equal(await offered.count(), 4, "the four offered, before the fold");
  // Folded under one heading that counts them, and shown on request.
  const fold = host.locator(".cb-ruled-out h3 [data-action='toggle-ruled-out']");
  assert.equal(await fold.textContent(), "Not for you now (4)");
  assert.equal(await fold.getAttribute("aria-expanded"), "false");
  const soda = host.locator("[data-recipe='soda-mask']");
  assert.equal(await soda.isVisible(), false, "folded");
  await fold.click();
  assert.equal(await fold.getAttribute("aria-expanded"), "true");
  await soda.waitFor();
  assert.match(await soda.locator(".cb-badge").textContent(), /Not advised for you/);
  assert.match(await soda.locator(".cb-reasons").textContent(), /pus/, "why, from the answers");
  assert.match(await soda.locator(".cb-risk .cb-cite").textContent(), /Sources:/, "with its sources");
  assert.match(await soda.locator(".cb-ask").textContent(), /Ask a pharmacist or a doctor/);
  // Nothing on a remedy not advised invites its use, even with the recipe shown.
  const actions = () => host.locator(".cb-ruled-out [data-action]").evaluateAll((e) => [...new Set(e.map((b) => b.dataset.action))]);
  assert.deepEqual(await actions(), ["toggle-ruled-out", "toggle-recipe"]);
  const show = soda.locator("[data-action='toggle-recipe']");
  assert.equal(await show.textContent(), "Show anyway, for information");
  await show.click();
  await soda.locator(".cb-steps").waitFor();
  assert.deepEqual(await actions(), ["toggle-ruled-out", "toggle-recipe"], "the recipe, for information only");
  assert.equal(await host.locator(".cb-ruled-out input, .cb-ruled-out [data-timer]").count(), 0, "no checklist, no timer");
  assert.deepEqual(await axeViolations(page), [], "the folded remedies, opened");
  await context.close();
});

test("a timer started before its remedy was ruled out: the card says so, and offers only to stop it", async () => {
  const { context, page, host } = await guidePage({ path: "/pages/near.html", time: "2026-11-22T10:00:00" });
  await host.locator("[data-view='recipes']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='timer-start']").click();
  await page.clock.runFor(60_000);
  await host.locator("[data-view='checker']").click();
  await completeInterview(host, { look: ["pus"] });
  await host.locator(".cb-remedies > summary").click();
  await host.locator("[data-action='open-recipes']").click();
  const soda = host.locator("[data-recipe='soda-mask']");
  assert.equal(await statusOf(host, "data-recipe", "soda-mask"), "not-advised");
  assert.equal(await soda.isVisible(), true, "its warning is not folded away");
  assert.match(await soda.locator(".cb-stop-timer").textContent(), /not advised for you now.*rinse it off/);
  assert.deepEqual(
    await soda.locator("[data-action]").evaluateAll((e) => e.map((b) => b.dataset.action)),
    ["timer-reset", "toggle-recipe"],
    "only a way to stop it",
  );
  assert.equal(await soda.locator("[data-timer]").count(), 0, "no countdown to follow");
  await soda.locator("[data-action='timer-reset']").click();
  await soda.locator(".cb-stop-timer").waitFor({ state: "detached" });
  assert.doesNotMatch(await page.evaluate(() => localStorage.getItem("clearback:timers:v1")), /soda-mask/, "stopped: nothing kept");
  assert.equal(await soda.isVisible(), false, "stopped, it folds away with the rest");
  await context.close();
});

test("the timer and the log work from the keyboard", async () => {
  const { context, page, host } = await guidePage({ time: "2026-11-22T10:00:00" });
  const focused = () => page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.action);
  await host.locator("[data-view='recipes']").focus();
  for (let i = 0; i < 30 && (await focused()) !== "timer-start"; i += 1) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.clock.runFor(2_000);
  assert.equal(await remaining(host.locator("[data-recipe='soda-mask']")), 598);
  for (let i = 0; i < 10 && (await focused()) !== "log-done"; i += 1) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.match(await host.locator("[data-recipe='soda-mask'] .cb-log").textContent(), /22 Nov 2026/);
  await context.close();
});

test("when the time is up, the focus stays in the countdown, on its reset", async () => {
  const { context, page, host } = await guidePage({ time: "2026-11-22T10:00:00" });
  const focused = () => page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.action);
  const soda = host.locator("[data-recipe='soda-mask']");
  await soda.locator("[data-action='timer-start']").focus();
  await page.keyboard.press("Enter");
  await soda.locator("[data-action='timer-pause']").waitFor();
  assert.equal(await focused(), "timer-pause", "the start became the pause in place");
  await page.clock.runFor(601_000);
  await soda.locator(".cb-done").waitFor();
  assert.equal(await focused(), "timer-reset");
  await page.keyboard.press("Enter");
  assert.equal(await remaining(soda), 600, "reset from where the focus was");
  await context.close();
});

test("mask mode covers the screen, offers the timer only on the step that waits, keeps the focus inside, and closes back to the card", async () => {
  const { context, page, host } = await guidePage();
  const card = host.locator("[data-recipe='salt-clay-mask']");
  await card.locator("[data-action='toggle-recipe']").click();
  await card.locator("[data-action='mask-mode']").click();
  const mask = host.locator(".cb-mask");
  await mask.waitFor();
  const active = () =>
    page.evaluate(() => {
      const e = document.getElementById("widget").shadowRoot.activeElement;
      return e && { id: e.id, action: e.dataset.action, head: !!e.closest(".cb-mask-head"), text: e.textContent };
    });
  assert.equal(await host.locator(".cb-recipes").count(), 0, "the list makes way");
  assert.equal((await active()).id, "cb-mask-title");
  // Over the whole viewport, above the page, its close button in the top corner.
  const layer = await host.locator(".cb-layer").boundingBox();
  assert.deepEqual([layer.x, layer.y, layer.width, layer.height], [0, 0, 390, 900]);
  for (const [x, y] of [[2, 2], [388, 898], [195, 450]]) {
    assert.equal(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [x, y]), "widget", `the layer at ${x},${y}`);
  }
  const close = await mask.locator(".cb-mask-head [data-action='mask-close']").boundingBox();
  assert.ok(close.y < 40 && close.x + close.width > 350, `the close button in the top corner: ${JSON.stringify(close)}`);
  assert.match(await mask.locator(".cb-mask-step").textContent(), /Fill a large bowl/);
  assert.match(await mask.locator(".cb-step-count").textContent(), /Step 1 of 6/);
  assert.match(await mask.locator(".cb-cautions").textContent(), /broken skin/);
  assert.equal(await mask.locator("[data-timer], [data-action^='timer-']").count(), 0, "no timer before the step that waits");
  assert.equal(await mask.locator("[data-action='mask-previous']").isDisabled(), true, "nothing before the first");
  assert.match(await mask.locator("[data-action='mask-next']").getAttribute("class"), /cb-primary/);
  await mask.locator("[data-action='mask-next']").click();
  assert.match(await mask.locator(".cb-mask-step").textContent(), /sea salt/);
  await mask.locator("[data-action='mask-previous']").click();
  assert.match(await mask.locator(".cb-mask-step").textContent(), /Fill a large bowl/, "and back");
  for (let i = 0; i < 4; i += 1) await mask.locator("[data-action='mask-next']").click();
  // The step where the mask stays on: the timer is its main button, and the time large.
  assert.match(await mask.locator(".cb-mask-step").textContent(), /Leave it on for 15 minutes/);
  const start = mask.locator("[data-action='timer-start']");
  assert.equal(await start.textContent(), "Start the 15-minute timer");
  assert.match(await start.getAttribute("class"), /cb-primary/);
  assert.doesNotMatch(await mask.locator("[data-action='mask-next']").getAttribute("class") ?? "", /cb-primary/, "one main button");
  const digits = mask.locator("[data-timer]");
  const size = await digits.evaluate((e) => ({ font: parseFloat(getComputedStyle(e).fontSize), numbers: getComputedStyle(e).fontVariantNumeric, height: e.getBoundingClientRect().height }));
  assert.ok(size.font >= 64 && size.height >= 64, `the countdown at least 64 px: ${JSON.stringify(size)}`);
  assert.equal(size.numbers, "tabular-nums");
  await start.click();
  await mask.locator("[data-action='timer-pause']").waitFor();
  await mask.locator("[data-action='mask-next']").click();
  // The last step: the countdown that runs stays in view, without its buttons.
  assert.match(await mask.locator(".cb-step-count").textContent(), /Step 6 of 6/);
  assert.equal(await mask.locator("[data-timer]").count(), 1, "the running countdown stays in view");
  assert.equal(await mask.locator("[data-action^='timer-']").count(), 0, "no timer button off its step");
  assert.equal(await mask.locator("[data-action='mask-next']").count(), 0);
  assert.match(await mask.locator("[data-action='mask-done']").getAttribute("class"), /cb-primary/);
  assert.equal(await mask.locator(".cb-mask-nav [data-action='mask-close']").textContent(), "Close");
  // Tab and Shift+Tab wrap within the layer.
  await mask.locator("[data-action='sound']").focus();
  await page.keyboard.press("Tab");
  assert.deepEqual(await active().then((a) => [a.action, a.head]), ["mask-close", true], "from the last stop to the first");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await active()).action, "sound", "and back round");
  await page.keyboard.press("Escape");
  await mask.waitFor({ state: "detached" });
  await card.locator(".cb-steps").waitFor();
  assert.equal((await active()).text, "Sea salt and clay mask", "back on the card's title");
  assert.ok(await card.locator("[data-action='timer-pause']").isVisible(), "its timer runs on");
  await context.close();
});

test("no accessibility violation on the list or an open card", async () => {
  const { context, page, host } = await guidePage();
  assert.deepEqual(await axeViolations(page), [], "list");
  await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='timer-start']").click();
  assert.deepEqual(await axeViolations(page), [], "open card");
  await context.close();
});

test("a single card prints alone", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.printed = [];
    // The cards the widget's print rules leave showing, read off its stylesheets while
    // the page prints, so that the markup and the rules are checked together.
    window.print = () => {
      const root = document.getElementById("widget").shadowRoot;
      const hidden = [];
      for (const sheet of [...root.styleSheets, ...root.adoptedStyleSheets]) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSMediaRule) || !rule.media.mediaText.includes("print")) continue;
          for (const inner of rule.cssRules) if (inner.style && inner.style.display === "none") hidden.push(inner.selectorText);
        }
      }
      const cards = [...root.querySelectorAll(".cb-recipe")];
      window.cards = cards.length;
      window.printed.push(cards.filter((c) => !hidden.some((s) => c.matches(s))).map((c) => c.dataset.recipe));
    };
  });
  const page = await context.newPage();
  await page.goto(env.server.origin + "/pages/recipes.html");
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-recipe='salt-scrub'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='salt-scrub'] [data-action='print-recipe']").click();
  await page.waitForFunction(() => window.printed.length === 1);
  assert.deepEqual(await page.evaluate(() => window.printed), [["salt-scrub"]]);
  assert.ok((await page.evaluate(() => window.cards)) > 1, "the other cards were on the page, and hidden");
  await context.close();
});
