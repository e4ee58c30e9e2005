// The reader with a phone in one hand: each new step and the result land at the top of
// the screen (below a publisher's sticky header when the page names its height), a
// routine result's verdict and whom to see fit in its first 600 px, and an urgent result
// without the publisher's numbers still says to call the local emergency number.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, ready } from "./support/browser.mjs";
import { completeInterview } from "./support/checker.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// The article on a 390 × 844 phone, scrolled so that the widget's first step is in view
/// with the article above it, as a reader who scrolled down to it would have it.
async function phone() {
  const opened = await openPage(env, "/pages/article.html");
  const host = opened.page.locator("#widget");
  await host.scrollIntoViewIfNeeded();
  await ready(host);
  await opened.page.evaluate(() => {
    const top = document.getElementById("widget").getBoundingClientRect().top + scrollY;
    scrollTo(0, top - innerHeight / 2);
  });
  return { ...opened, host };
}

/// Where the focused title sits once it has the focus: its top in the viewport.
async function landedAt(page) {
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.focus === "title");
  return page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.getBoundingClientRect().top);
}

test("each step and the result land at the top of the screen, not mid-article", async () => {
  const { context, page, host } = await phone();
  assert.ok((await host.locator(".cb-step-title").boundingBox()).y > 300, "the first step starts mid-screen");
  await host.locator("input[value='none']").check();
  await host.locator("[data-action='next']").click();
  const step = await landedAt(page);
  assert.ok(step >= 0 && step <= 24, `the next step's title at the top: y = ${step}`);
  await completeInterview(host, { look: ["scars"] });
  const result = await landedAt(page);
  assert.ok(result >= 0 && result <= 24, `the result's title at the top: y = ${result}`);
  await context.close();
});

test("below a sticky header whose height the page gives, the title lands under it", async () => {
  const { context, page, host } = await phone();
  await page.evaluate(() => document.getElementById("widget").style.setProperty("--clearback-scroll-offset", "64px"));
  await host.locator("input[value='none']").check();
  await host.locator("[data-action='next']").click();
  const top = await landedAt(page);
  assert.ok(top >= 64 && top <= 88, `under the 64 px header: y = ${top}`);
  await context.close();
});

test("a routine result's verdict and whom to see fit in its first 600 px, before any procedure", async () => {
  const { context, page, host } = await phone();
  await completeInterview(host, { "warning-signs": ["none"], look: ["scars"], duration: ["months"] });
  await landedAt(page);
  const title = await host.locator(".cb-result > h3").boundingBox();
  const who = await host.locator(".cb-triage-who").boundingBox();
  assert.ok(who.y + who.height - title.y <= 600, `whom to see ends ${who.y + who.height - title.y} px below the heading`);
  const first = await host.locator(".cb-first-actions").boundingBox();
  const procedures = await host.locator(".cb-procedures").boundingBox();
  assert.ok(first.y < procedures.y, "what to do before the procedures");
  assert.equal(await host.locator(".cb-procedures").getAttribute("open"), null, "the procedures folded");
  await context.close();
});

test("an urgent result without the publisher's numbers says to call the local emergency number, and lists the signs", async () => {
  const { context, host } = await phone();
  await completeInterview(host, { "warning-signs": ["fever"] });
  assert.match(await host.locator(".cb-call-local").textContent(), /call your local emergency number/);
  assert.equal(await host.locator("[data-triage] a").count(), 0, "no number the publisher did not give");
  const signs = host.locator("[data-advice='emergency-signs'] .cb-points li");
  assert.ok((await signs.count()) >= 5, "the emergency signs as a list");
  await context.close();
});
