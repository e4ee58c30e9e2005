// The widget's layout in the host page: the space reserved before it starts is the space
// its first screen takes, at every width from 280 to 960 px and in every language; no
// view scrolls sideways at 280 or 320 px; moving between steps keeps the reader's place;
// themes follow the attribute and the reader's setting.
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

const LANGUAGES = ["en", "ru", "uk"];
const WIDTHS = [280, 300, 320, 390, 412, 600, 768, 960];

const setWidth = (page, width) =>
  page.evaluate(
    (w) =>
      new Promise((resolve) => {
        document.getElementById("box").style.width = `${w}px`;
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      }),
    width,
  );
const hostHeight = (page) => page.evaluate(() => document.getElementById("widget").getBoundingClientRect().height);
const contentHeight = (page) =>
  page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector(".cb-mount").getBoundingClientRect().height);

for (const view of ["checker", "recipes"]) {
  test(`the space reserved before the start is the first screen's (${view}), in every language, from 280 to 960 px`, async () => {
    for (const lang of LANGUAGES) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route("**/cb/clearback-*.js", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${env.server.origin}/pages/measure.html?lang=${lang}&view=${view}`);
      await page.waitForFunction(() => customElements.get("clearback-widget"));
      const reserved = {};
      for (const width of WIDTHS) {
        await setWidth(page, width);
        reserved[width] = await hostHeight(page);
      }
      release();
      await ready(page.locator("#widget"));
      for (const width of WIDTHS) {
        await setWidth(page, width);
        const rendered = await hostHeight(page);
        const content = await contentHeight(page);
        const where = `${lang}, ${width} px: reserved ${reserved[width].toFixed(0)}, rendered ${rendered.toFixed(0)}, content ${content.toFixed(0)}`;
        assert.ok(Math.abs(rendered - reserved[width]) <= 10, `the article would move: ${where}`);
        const remeasure = "if the first screen changed, run `node scripts/reserve.mjs` after `trunk build --release`";
        assert.ok(content <= reserved[width] + 10, `the first screen outgrows its space: ${where}; ${remeasure}`);
        // A reservation far taller than the first screen would leave a gap under it.
        assert.ok(reserved[width] - content <= (view === "checker" ? 160 : 1400), `too much space: ${where}; ${remeasure}`);
      }
      await context.close();
    }
  });
}

test("the reservation gives way once the reader moves on, and the widget fits its content", async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/measure.html`);
  const host = page.locator("#widget");
  await ready(host);
  await setWidth(page, 390);
  await host.locator("[data-action='next']").click();
  await host.locator("[data-question='area']").waitFor();
  await page.waitForFunction(
    () => {
      const widget = document.getElementById("widget");
      return Math.abs(widget.getBoundingClientRect().height - widget.shadowRoot.querySelector(".cb-mount").getBoundingClientRect().height) < 1;
    },
    null,
    { timeout: 5000 },
  );
  await context.close();
});

/// Whether anything in the widget, or the page, scrolls sideways.
async function overflows(page) {
  return page.evaluate(() => {
    const root = document.getElementById("widget").shadowRoot;
    const wide = [...root.querySelectorAll(".cb *")].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible");
    const cb = root.querySelector(".cb");
    return {
      page: document.documentElement.scrollWidth > window.innerWidth + 1,
      widget: cb.scrollWidth > cb.clientWidth + 1,
      outside: [...root.querySelectorAll(".cb *")].filter((e) => e.getBoundingClientRect().right > cb.getBoundingClientRect().right + 1).map((e) => e.className || e.tagName).slice(0, 5),
      wide: wide.map((e) => e.className || e.tagName).slice(0, 5),
    };
  });
}

for (const width of [280, 320]) {
  test(`at ${width} px nothing scrolls sideways: every step, the result, the guide and an open card, in every language`, async () => {
    for (const lang of LANGUAGES) {
      const { page, context } = await openPage(env, `/pages/near.html?lang=${lang}`, { viewport: { width, height: 800 } });
      const host = page.locator("#widget");
      await ready(host);
      const check = async (where) => {
        const found = await overflows(page);
        assert.deepEqual(found, { page: false, widget: false, outside: [], wide: [] }, `${lang}, ${where}`);
      };
      for (let step = 0; step < 8 && !(await host.locator("[data-triage]").count()); step += 1) {
        await check(`step ${step + 1}`);
        const next = host.locator("[data-action='next']");
        await ((await next.count()) ? next : host.locator("[data-action='results']")).click();
      }
      await host.locator("[data-triage]").waitFor();
      await check("the result");
      await host.locator("[data-view='recipes']").click();
      await host.locator("[data-recipe]").first().waitFor();
      await host.locator("[data-recipe='soda-mask'] [data-action='toggle-recipe']").click();
      await check("the guide with a card open");
      await context.close();
    }
  });
}

test("moving on from the foot of a long step keeps the reader's place: the next step's title is in view and has the focus", async () => {
  const { page, context } = await openPage(env, "/pages/article.html", { viewport: { width: 390, height: 700 } });
  const host = page.locator("#widget");
  await host.scrollIntoViewIfNeeded();
  await ready(host);
  const next = host.locator("[data-action='next']");
  await next.scrollIntoViewIfNeeded();
  await next.click();
  const title = host.locator(".cb-step-title");
  await host.locator("[data-question='area']").waitFor();
  const box = await title.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 700, `the title is in view (at ${box.y.toFixed(0)} px)`);
  assert.equal(await title.evaluate((e) => e.getRootNode().activeElement === e), true, "and has the focus");
  await context.close();
});

const background = (page) =>
  page.evaluate(() => getComputedStyle(document.getElementById("widget").shadowRoot.querySelector(".cb")).backgroundColor);

test("theme=dark, light and auto: the attribute wins, auto follows the reader's setting, a change applies at once", async () => {
  const context = await env.browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/pages/near.html`);
  const host = page.locator("#widget");
  await ready(host);
  const dark = await background(page);
  assert.notEqual(dark, "rgb(255, 255, 255)", "auto follows the dark setting");
  await host.evaluate((e) => e.setAttribute("theme", "light"));
  assert.equal(await background(page), "rgb(255, 255, 255)", "light wins over the setting");
  await host.evaluate((e) => e.setAttribute("theme", "dark"));
  assert.equal(await background(page), dark);
  await host.evaluate((e) => e.setAttribute("theme", "neon"));
  await host.locator("[data-notice='attribute']", { hasText: "neon" }).waitFor();
  assert.equal(await background(page), dark, "an unknown theme is auto");
  await context.close();
});

test("a publisher's custom properties and parts theme the widget, and the page's font is inherited", async () => {
  // The demo page of dist/, which `scripts/dev` serves too.
  const { page, context } = await openPage(env, "/cb/themes.html", { viewport: { width: 1280, height: 900 } });
  for (const id of ["plain", "ocean", "night"]) await ready(page.locator(`#${id}`));
  const look = (id) =>
    page.evaluate((i) => {
      const root = document.getElementById(i).shadowRoot;
      const primary = root.querySelector("[data-action='next']");
      return {
        accent: getComputedStyle(primary).backgroundColor,
        font: getComputedStyle(root.querySelector(".cb")).fontFamily,
        radius: getComputedStyle(root.querySelector(".cb")).borderTopLeftRadius,
        tab: getComputedStyle(root.querySelector("[part~='tab']")).textTransform,
      };
    }, id);
  const plain = await look("plain");
  const ocean = await look("ocean");
  assert.equal(ocean.accent, "rgb(0, 85, 164)", "--clearback-accent");
  assert.notEqual(ocean.accent, plain.accent);
  assert.equal(ocean.radius, "0px", "--clearback-radius");
  assert.equal(ocean.tab, "uppercase", "::part(tab)");
  assert.match(plain.font, /Georgia/, "the page's font family");
  assert.match((await look("night")).font, /Verdana/, "--clearback-font");
  await context.close();
});
