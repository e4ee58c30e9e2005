// WCAG 2.2 AA, as axe-core checks it, over every view of the widget in both themes and
// every language: each step, a result with every kind of item (and an urgent one), the
// guide before and after the checker with cards open and the remedies not advised shown, the
// notices and the message shown when the widget cannot run. Then the checker and the
// guide from the keyboard alone, and targets of at least 24 px.
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

async function widgetPage(lang, colorScheme, query = "") {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/near.html?lang=${lang}${query}`);
  const host = page.locator("#widget");
  await ready(host);
  return { context, page, host };
}

/// A result with factors, specialists, procedures advised and not, and every kind of
/// advice: a teenager with scars, sweat, tight clothes, a new product and a rash.
const RICH = {
  "warning-signs": ["none"],
  area: ["upper-back", "legs"],
  look: ["rash", "blackheads", "scars"],
  itch: ["yes"],
  duration: ["months"],
  age: ["12-19"],
  hormones: ["none"],
  conditions: ["none"],
  clothing: ["tight-synthetic"],
  sweat: ["often"],
  products: ["new-detergent"],
  tanning: ["no"],
  "hair-removal": ["yes"],
};

for (const lang of ["en", "ru", "uk"]) {
  for (const scheme of ["light", "dark"]) {
    test(`${lang}, ${scheme}: no violation on any step, a full result, an urgent one, or the guide`, async () => {
      const { context, page, host } = await widgetPage(lang, scheme);
      const check = async (where) => assert.deepEqual(await axeViolations(page), [], `${lang} ${scheme}: ${where}`);
      for (let step = 0; step < 8 && !(await host.locator("[data-triage]").count()); step += 1) {
        const questions = await host.locator("[data-question]").count();
        assert.equal(await host.locator("[data-question] > .cb-why").count(), questions, "every question says why it is asked");
        assert.equal(await host.locator("fieldset[data-question] > legend").count(), questions, "each a fieldset with a legend");
        await host.locator(".cb-why").first().locator("summary").click();
        await check(`step ${step + 1}`);
        const next = host.locator("[data-action='next']");
        await ((await next.count()) ? next : host.locator("[data-action='results']")).click();
      }
      await host.locator("[data-action='restart']").click();
      await completeInterview(host, RICH);
      for (const summary of await host.locator(".cb-result details > summary").all()) await summary.click();
      await check("a full result, every item open");
      assert.equal(await host.locator(".cb-disclaimer").count(), 1, "one disclaimer");
      await host.locator("[data-view='recipes']").click();
      await host.locator("[data-action='toggle-ruled-out']").click();
      await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
      await host.locator("[data-recipe='fruit-acid-peel'] [data-action='toggle-recipe']").click();
      await host.locator("[data-recipe='salt-clay-mask'] [data-action='toggle-recipe']").click();
      for (const summary of await host.locator("details.cb-risk > summary").all()) await summary.click();
      await check("the tailored guide with cards open");
      await host.locator("[data-view='checker']").click();
      await host.locator("[data-action='restart']").click();
      await completeInterview(host, { "warning-signs": ["fever"] });
      await host.locator(".cb-later > summary").click();
      await check("an urgent result");
      await host.locator("[data-view='recipes']").click();
      await host.locator("[data-recipe='soda-mask'] .cb-steps").waitFor();
      await check("the guide after a red flag, the remedies not advised shown");
      await context.close();
    });
  }
}

test("no violation in the untailored guide, the notices, or the message shown when the widget cannot run", async () => {
  for (const scheme of ["light", "dark"]) {
    const { context, page, host } = await widgetPage("en", scheme, "&view=recipes");
    assert.deepEqual(await axeViolations(page), [], `${scheme}: the guide before the checker`);
    await host.evaluate((e) => {
      e.setAttribute("view", "everything");
      e.setAttribute("lang", "xx");
      e.setAttribute("theme", "neon");
    });
    await host.locator("[data-notice]").nth(2).waitFor();
    assert.deepEqual(await axeViolations(page), [], `${scheme}: notices`);
    await context.close();
  }
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/near.html?csp=noWasm`);
  await page.locator("#widget .cb-fallback").waitFor();
  assert.deepEqual(await axeViolations(page), [], "the fallback message");
  await context.close();
});

/// What has the focus: a tab's view, a filter's tag (`tag:`), another control's action, an
/// answer's value, or the element's name.
const focused = (page) =>
  page.evaluate(() => {
    const active = document.getElementById("widget").shadowRoot.activeElement;
    if (!active) return null;
    const d = active.dataset;
    if (d.view !== undefined) return d.view;
    if (d.tag !== undefined) return `tag:${d.tag}`;
    if (d.action !== undefined) return d.action;
    return active.value || active.tagName;
  });

async function tabTo(page, target, limit = 80) {
  for (let i = 0; i < limit && (await focused(page)) !== target; i += 1) await page.keyboard.press("Tab");
  assert.equal(await focused(page), target, `reached ${target} with the Tab key`);
}

test("the guide from the keyboard alone: tabs, a filter, a card, mask mode, its timer and its log", async () => {
  const { context, page, host } = await widgetPage("en", "light");
  await host.locator("[data-view='checker']").focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await host.locator("[data-view='recipes']").getAttribute("aria-selected"), "true", "arrow keys move between tabs");
  assert.equal(await focused(page), "recipes", "and take the focus along");
  await tabTo(page, "tag:scars");
  await page.keyboard.press("Enter");
  assert.equal(await host.locator("[data-recipe]").count(), 1, "the filter applied");
  for (let i = 0; i < 10 && (await focused(page)) !== "tag:"; i += 1) await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(page), "tag:", "back to the filter for every remedy");
  await page.keyboard.press("Enter");
  await tabTo(page, "toggle-recipe");
  await page.keyboard.press("Enter");
  await host.locator("[data-recipe='soda-mask'] .cb-steps").waitFor();
  await tabTo(page, "mask-mode");
  await page.keyboard.press("Enter");
  await host.locator(".cb-mask").waitFor();
  await tabTo(page, "mask-next");
  for (let step = 2; step <= 4; step += 1) {
    await page.keyboard.press("Enter");
    assert.match(await host.locator(".cb-step-count").textContent(), new RegExp(`Step ${step} of 6`), "the next step, from the keyboard");
  }
  await tabTo(page, "timer-start", 10);
  await page.keyboard.press("Enter");
  await host.locator(".cb-mask [data-action='timer-pause']").waitFor();
  await tabTo(page, "mask-next", 10);
  await page.keyboard.press("Enter");
  assert.match(await host.locator(".cb-step-count").textContent(), /Step 5 of 6/);
  for (let i = 0; i < 20 && (await focused(page)) !== "mask-close"; i += 1) await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await host.locator("[data-recipe='soda-mask'] .cb-steps").waitFor();
  await tabTo(page, "log-done");
  await page.keyboard.press("Enter");
  assert.match(await host.locator("[data-recipe='soda-mask'] .cb-log").textContent(), /Last done/);
  await context.close();
});

test("every control is a target of at least 24 by 24 px, and focus is visible", async () => {
  const { context, page, host } = await widgetPage("en", "light");
  await completeInterview(host, RICH);
  await host.locator("[data-view='recipes']").click();
  await host.locator("[data-action='toggle-ruled-out']").click();
  await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='toggle-recipe']").click();
  for (const view of ["recipes", "checker"]) {
    await host.locator(`[data-view='${view}']`).click();
    const small = await page.evaluate(() =>
      [...document.getElementById("widget").shadowRoot.querySelectorAll("button, summary, a, input, label.cb-option")]
        .filter((e) => e.getClientRects().length)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} ${e.textContent.trim().slice(0, 30)} (${r.width.toFixed(0)}×${r.height.toFixed(0)})`),
    );
    // Inputs sit inside a larger label, which is the target; links in running text are exempt.
    assert.deepEqual(small.filter((s) => !s.startsWith("input.") && !s.startsWith("a.")), [], view);
  }
  await host.locator("[data-view='checker']").click();
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => getComputedStyle(document.getElementById("widget").shadowRoot.activeElement).outlineStyle);
  assert.equal(ring, "solid", "a visible focus ring on the control the Tab key reached");
  await context.close();
});
