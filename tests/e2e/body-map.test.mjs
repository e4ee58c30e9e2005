// The body map: on a phone one figure the width of the widget, every region at least a
// thumb's 44 by 44 px, and a tap anywhere in a region's shape ticks that place and no
// other, which the line under the map echoes; on a desktop the map is no smaller; the map
// and the checkboxes agree both ways, by pointer and by keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, ready, axeViolations } from "./support/browser.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env.close();
});

/// The area question's step, on a page (`near.html` unless `path`) of `width` × 800 px,
/// touch or not.
async function areaStep(width, { hasTouch = false, path = "/pages/near.html" } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, hasTouch });
  const page = await context.newPage();
  await page.goto(env.server.origin + path);
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-action='next']").click();
  await host.locator("[data-question='area'] .cb-map").waitFor();
  return { context, page, host };
}

/// Each drawn piece of each region: its option and its box on the page.
const pieces = (host) =>
  host.locator("[data-body-area] > .cb-map-piece").evaluateAll((pieces) =>
    pieces.map((r) => {
      const { x, y, width, height } = r.getBoundingClientRect();
      return { id: r.parentElement.dataset.bodyArea, x, y, width, height };
    }),
  );

/// The options of the area question whose checkboxes are ticked.
const ticked = (host) => host.locator("[data-question='area'] input:checked").evaluateAll((e) => e.map((i) => i.value));

/// The centre of a piece and the points 20% in from each of its edges, each checked to lie
/// inside the drawn shape (the corners are round).
async function pointsIn(host, piece) {
  const { x, y, width: w, height: h } = piece;
  const points = [
    [x + w / 2, y + h / 2],
    [x + 0.2 * w, y + h / 2],
    [x + 0.8 * w, y + h / 2],
    [x + w / 2, y + 0.2 * h],
    [x + w / 2, y + 0.8 * h],
  ];
  const inside = await host.locator(`[data-body-area='${piece.id}'] > .cb-map-piece`).evaluateAll(
    (shapes, points) =>
      points.map(([px, py]) =>
        shapes.some((r) => r.isPointInFill(new DOMPoint(px, py).matrixTransform(r.getScreenCTM().inverse()))),
      ),
    points,
  );
  assert.deepEqual(inside, points.map(() => true), `${piece.id}: the points tapped are inside its shape`);
  return points;
}

for (const width of [320, 390]) {
  test(`at ${width} px with touch: one figure the widget's width, thumb-sized regions, a tap ticks exactly the place tapped`, async () => {
    const { context, page, host } = await areaStep(width, { hasTouch: true });
    const map = host.locator(".cb-map svg");
    await map.scrollIntoViewIfNeeded();
    const [figure, content] = await map.evaluate((svg) => [
      svg.getBoundingClientRect().width,
      svg.closest(".cb-question").getBoundingClientRect().width,
    ]);
    assert.ok(figure >= content - 1, `the figure is the width of the widget's content (${figure} of ${content} px)`);
    const drawn = await pieces(host);
    assert.deepEqual([...new Set(drawn.map((p) => p.id))], ["shoulders", "upper-back", "lower-back", "spine", "ribs"]);
    for (const piece of drawn) {
      const size = `${piece.width.toFixed(1)}×${piece.height.toFixed(1)}`;
      assert.ok(piece.width >= 44 && piece.height >= 44, `${piece.id}: ${size} px is a thumb's size`);
    }
    const label = async (id) => host.locator(`[data-question='area'] input[value='${id}'] + span`).textContent();
    const echo = host.locator(".cb-map-echo");
    assert.equal(await echo.textContent(), "Nothing selected yet");
    for (const piece of drawn) {
      const region = host.locator(`[data-body-area='${piece.id}']`);
      for (const [x, y] of await pointsIn(host, piece)) {
        const where = `${piece.id} at (${x.toFixed(0)}, ${y.toFixed(0)})`;
        await page.touchscreen.tap(x, y);
        await host.locator(`[data-body-area='${piece.id}'][aria-checked='true']`).waitFor();
        assert.deepEqual(await ticked(host), [piece.id], `a tap on ${where} ticks that place alone`);
        assert.equal(await echo.textContent(), `Selected: ${await label(piece.id)}`, "and the line under the map says so");
        assert.equal(await region.locator(".cb-map-tick").count() > 0, true, "a tick marks it, not its colour alone");
        await page.touchscreen.tap(x, y);
        await host.locator(`[data-body-area='${piece.id}'][aria-checked='false']`).waitFor();
        assert.deepEqual(await ticked(host), [], `a second tap on ${where} unticks it`);
      }
    }
    await context.close();
  });
}

test("on a desktop the map is no smaller than on a phone, above the answers or beside them", async () => {
  // The measuring page gives the widget the window's width less the page's margins.
  const width = async (viewport) => {
    const { context, host } = await areaStep(viewport, { path: "/pages/measure.html" });
    const figure = await host.locator(".cb-map svg").evaluate((svg) => svg.getBoundingClientRect().width);
    await context.close();
    return figure;
  };
  const phone = await width(390);
  for (const viewport of [640, 768, 1280]) {
    const desktop = await width(viewport);
    assert.ok(desktop >= phone, `at ${viewport} px the map is ${desktop} px wide, on a phone ${phone} px`);
  }
});

test("the body map and the checkboxes agree both ways, by pointer and by keyboard", async () => {
  const { context, page, host } = await areaStep(390);
  const region = (id) => host.locator(`[data-body-area='${id}']`);
  const box = (id) => host.locator(`[data-question='area'] input[value='${id}']`);
  await region("spine").click();
  assert.equal(await box("spine").isChecked(), true, "the map ticks the checkbox");
  assert.equal(await region("spine").getAttribute("aria-checked"), "true");
  await box("ribs").check();
  assert.equal(await region("ribs").getAttribute("aria-checked"), "true", "the checkbox marks the map");
  await box("chest").check();
  assert.equal(
    await host.locator(".cb-map-echo").textContent(),
    "Selected: Along the spine, On the sides, over the ribs, Chest",
    "the line under the map names every place chosen, on the map or in the list",
  );
  await box("chest").uncheck();
  await box("ribs").uncheck();
  assert.equal(await region("ribs").getAttribute("aria-checked"), "false");
  await region("spine").click();
  assert.equal(await box("spine").isChecked(), false, "and unticks it");
  // The keyboard: each region is a stop of the Tab key, and Space or Enter toggles it.
  await region("shoulders").focus();
  await page.keyboard.press("Space");
  assert.equal(await box("shoulders").isChecked(), true);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.getElementById("widget").shadowRoot.activeElement.dataset.bodyArea), "upper-back");
  await page.keyboard.press("Enter");
  assert.equal(await box("upper-back").isChecked(), true);
  assert.equal(await region("spine").getAttribute("aria-label"), "Along the spine", "each region is named");
  assert.deepEqual(await axeViolations(page), [], "the body map passes axe");
  await context.close();
});
