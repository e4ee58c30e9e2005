// The symptom checker end to end: the scenarios of the checker issue, through the
// public hooks, in the built widget on a page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, openWithStorageBlocked, ready, axeViolations } from "./support/browser.mjs";
import { completeInterview, ids, statusOf } from "./support/checker.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

async function widgetPage(options) {
  const opened = await openPage(env, "/pages/near.html", options);
  const host = opened.page.locator("#widget");
  await ready(host);
  return { ...opened, host };
}

test("a teenager in tight synthetics in winter can start with self-care", async () => {
  const { page, host, record, context } = await widgetPage();
  await completeInterview(host, {
    "warning-signs": ["none"],
    area: ["upper-back"],
    look: ["blackheads", "red-bumps"],
    age: ["12-19"],
    clothing: ["tight-synthetic"],
    season: ["winter"],
  });
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "self-care");
  const factors = await ids(host, "data-factor");
  assert.ok(factors.includes("clothing") && factors.includes("hormonal-teen"), factors.join());
  assert.deepEqual(await ids(host, "data-specialist"), ["pharmacist"], "a pharmacist for the self-care products");
  const events = await page.evaluate(() => window.assessments);
  assert.deepEqual(events, [{ shown: true }], "that an assessment was shown, and no health information");
  assert.deepEqual(record.errors, []);
  await context.close();
});

test("fever ends the interview at once with the urgent result", async () => {
  const { page, host, context } = await widgetPage();
  await page.evaluate(() => {
    window.questionsSeen = new Set();
    const root = document.getElementById("widget").shadowRoot;
    const note = () => root.querySelectorAll("[data-question]").forEach((q) => window.questionsSeen.add(q.dataset.question));
    note();
    new MutationObserver(note).observe(root, { subtree: true, childList: true });
  });
  await host.locator("[data-question='warning-signs'] input[value='fever']").check();
  await host.locator("[data-action='next']").click();
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "urgent");
  assert.deepEqual(await page.evaluate(() => [...window.questionsSeen]), ["warning-signs"]);
  assert.match(await host.locator("[data-triage]").textContent(), /today/);
  assert.deepEqual(await ids(host, "data-specialist"), ["gp"]);
  await context.close();
});

test("a new detergent with a small itchy rash points to an allergy and an allergist", async () => {
  const { host, context } = await widgetPage();
  await completeInterview(host, {
    "warning-signs": ["none"],
    look: ["rash"],
    itch: ["yes"],
    products: ["new-detergent"],
  });
  assert.ok((await ids(host, "data-factor")).includes("allergy"));
  assert.ok((await ids(host, "data-specialist")).includes("allergist"));
  await context.close();
});

test("pus with eczema rules out every procedure and the soda mask", async () => {
  const { host, context } = await widgetPage();
  await completeInterview(host, { look: ["pus"], conditions: ["eczema"] });
  for (const id of ["chemical-peel", "ultrasonic-cleansing", "microdermabrasion", "laser-resurfacing"]) {
    assert.equal(await statusOf(host, "data-procedure", id), "not-advised", id);
  }
  const peel = host.locator("[data-procedure='chemical-peel']");
  await host.locator(".cb-procedures > summary").click();
  await peel.locator("summary").click();
  assert.match(await peel.textContent(), /Eczema/);
  await host.locator("[data-view='recipes']").click();
  assert.equal(await statusOf(host, "data-recipe", "soda-mask"), "not-advised");
  await context.close();
});

test("back and next keep answers, and none clears the other options", async () => {
  const { host, context } = await widgetPage();
  const warning = host.locator("[data-question='warning-signs']");
  await warning.locator("input[value='mood']").check();
  await warning.locator("input[value='none']").check();
  assert.equal(await warning.locator("input[value='mood']").isChecked(), false);
  await warning.locator("input[value='back-pain']").check();
  assert.equal(await warning.locator("input[value='none']").isChecked(), false);
  await host.locator("[data-action='next']").click();
  await host.locator("[data-question='look'] input[value='scars']").check();
  await host.locator("[data-action='back']").click();
  assert.equal(await warning.locator("input[value='back-pain']").isChecked(), true);
  await host.locator("[data-action='next']").click();
  assert.equal(await host.locator("[data-question='look'] input[value='scars']").isChecked(), true);
  await context.close();
});

test("a single choice is cleared with its own button, and stays cleared", async () => {
  const { host, context } = await widgetPage();
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  await host.locator("[data-action='next']").click();
  const duration = host.locator("[data-question='duration']");
  assert.equal(await duration.locator("[data-action='clear-answer']").count(), 0, "nothing to clear yet");
  await duration.locator("input[value='weeks']").check();
  await duration.locator("[data-action='clear-answer']").click();
  await duration.locator("[data-action='clear-answer']").waitFor({ state: "detached" });
  assert.equal(await duration.locator("input:checked").count(), 0);
  await host.locator("[data-action='back']").click();
  await host.locator("[data-action='next']").click();
  assert.equal(await duration.locator("input:checked").count(), 0, "cleared, not restored");
  await context.close();
});

test("the hair removal question shows only when legs are chosen", async () => {
  const { host, context } = await widgetPage();
  await completeInterview(host, { area: ["legs"], "hair-removal": ["yes"] });
  assert.ok((await ids(host, "data-factor")).includes("ingrown-hairs"));
  await host.locator("[data-action='restart']").click();
  const seen = new Set();
  while (!(await host.locator("[data-triage]").count())) {
    for (const id of await ids(host, "data-question")) seen.add(id);
    const next = host.locator("[data-action='next']");
    await (await next.count() ? next : host.locator("[data-action='results']")).click();
  }
  assert.ok(!seen.has("hair-removal") && seen.has("tried"), [...seen].join());
  await context.close();
});

test("answers survive a reload and restart clears them", async () => {
  const { page, host, context } = await widgetPage();
  await host.locator("[data-question='warning-signs'] input[value='none']").check();
  await host.locator("[data-action='next']").click();
  await host.locator("[data-question='look'] input[value='lumps']").check();
  await page.reload();
  await ready(host);
  assert.equal(await host.locator("[data-question='look'] input[value='lumps']").isChecked(), true);
  await host.locator("[data-action='results']").click();
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine");
  await page.reload();
  await ready(host);
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine", "the result too");
  await host.locator("[data-action='restart']").click();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, "restart leaves nothing stored");
  await page.reload();
  await ready(host);
  assert.equal(await host.locator("[data-question='warning-signs'] input:checked").count(), 0);
  await context.close();
});

test("with storage blocked the checker still works and says answers will not be kept", async () => {
  const { context, host, errors } = await openWithStorageBlocked(env, "/pages/near.html", "sessionStorage");
  assert.match(await host.locator(".cb-checker .cb-notice").textContent(), /lost if you reload/);
  await completeInterview(host, { look: ["scars"] });
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the whole interview can be done with the keyboard alone", async () => {
  const { page, host, context } = await widgetPage();
  const focusIn = () =>
    page.evaluate(() => {
      const active = document.getElementById("widget").shadowRoot.activeElement;
      return active && (active.dataset.action || active.value || active.tagName);
    });
  await host.locator("[data-view='checker']").focus();
  // Tab to the first option of the warning signs and tick "none" with the space bar.
  for (let i = 0; i < 20 && (await focusIn()) !== "none"; i += 1) await page.keyboard.press("Tab");
  assert.equal(await focusIn(), "none");
  await page.keyboard.press("Space");
  for (let i = 0; i < 20 && (await focusIn()) !== "next"; i += 1) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  // Step two: the focus is on its title; tab to "scars", tick it, then on to the end.
  for (let i = 0; i < 40 && (await focusIn()) !== "scars"; i += 1) await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  for (let step = 0; step < 6 && !(await host.locator("[data-triage]").count()); step += 1) {
    for (let i = 0; i < 60; i += 1) {
      const focused = await focusIn();
      if (focused === "next" || focused === "results") break;
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
  }
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine");
  await context.close();
});

test("no accessibility violation on any step or on the result", async () => {
  const { page, host, context } = await widgetPage();
  await host.locator("[data-question='area'], [data-question='warning-signs']").first().waitFor();
  for (let step = 0; step < 8 && !(await host.locator("[data-triage]").count()); step += 1) {
    assert.deepEqual(await axeViolations(page), [], `step ${step + 1}`);
    const next = host.locator("[data-action='next']");
    await (await next.count() ? next : host.locator("[data-action='results']")).click();
  }
  for (const fold of await host.locator(".cb-fold > summary").all()) await fold.click();
  await host.locator("[data-procedure] summary").first().click();
  assert.deepEqual(await axeViolations(page), [], "result");
  await context.close();
});

test("print shows only the result, and copy puts a plain summary on the clipboard", async () => {
  const context = await env.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  await context.addInitScript(() => {
    window.printed = [];
    window.print = () => {
      const host = document.getElementById("widget");
      const sheet = document.getElementById("clearback-print-sheet");
      window.printed.push({ marked: host.hasAttribute("data-clearback-printing"), sheet: sheet && sheet.media });
    };
  });
  const page = await context.newPage();
  await page.goto(env.server.origin + "/pages/near.html?csp=strict");
  const host = page.locator("#widget");
  await ready(host);
  await completeInterview(host, { look: ["scars"] });
  await host.locator("[data-action='print']").click();
  await page.waitForFunction(() => window.printed.length === 1);
  assert.deepEqual(await page.evaluate(() => window.printed), [{ marked: true, sheet: "print" }]);
  assert.equal(await host.evaluate((e) => e.hasAttribute("data-clearback-printing")), false, "unmarked afterwards");
  await page.emulateMedia({ media: "print" });
  await host.evaluate((e) => e.setAttribute("data-clearback-printing", ""));
  const visible = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).visibility);
  assert.equal(visible, "hidden", "the article is hidden in the printout");
  await page.emulateMedia({ media: "screen" });

  await host.locator("[data-action='copy']").click();
  await host.locator(".cb-result .cb-copied", { hasText: "copied" }).waitFor();
  assert.match(await host.locator(".cb-live").textContent(), /copied/, "announced to screen readers");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /Book a routine appointment with a doctor/);
  assert.match(text, /Pitted or raised scars/);
  assert.doesNotMatch(text, /data-|laser-resurfacing|warning-signs|self-care|2-months-no-better/, "no ids");
  await context.close();
});

test("in a Russian page the whole checker speaks Russian", async () => {
  const { page, context } = await openPage(env, "/pages/two.html", { viewport: { width: 1280, height: 3000 } });
  const host = page.locator("#first");
  await ready(host);
  await completeInterview(host, { "warning-signs": ["none"], look: ["pus"], conditions: ["eczema"] });
  const text = await host.locator(".cb-result").textContent();
  assert.match(text, /Можно начать с домашнего ухода/);
  assert.match(text, /Химический пилинг/);
  assert.doesNotMatch(text, /\b(the|and|your|with)\b/i, "no English left in the result");
  await context.close();
});

test("from the result, back returns to change an answer; restart works mid-interview too", async () => {
  const { host, context } = await widgetPage();
  await completeInterview(host, { look: ["scars"] });
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "routine");
  await host.locator(".cb-result [data-action='back']").click();
  await host.locator("[data-action='back']").first().waitFor();
  while (!(await host.locator("[data-question='look']").count())) await host.locator("[data-action='back']").click();
  await host.locator("[data-question='look'] input[value='scars']").uncheck();
  await host.locator("[data-question='look'] input[value='blackheads']").check();
  await host.locator("[data-action='results']").click();
  assert.equal(await host.locator("[data-triage]").getAttribute("data-triage"), "self-care");
  await host.locator(".cb-result [data-action='back']").click();
  await host.locator(".cb-step [data-action='restart']").click();
  assert.equal(await host.locator("[data-question='warning-signs']").count(), 1);
  assert.equal(await host.locator(".cb-step input:checked").count(), 0);
  await context.close();
});
