// The README's screenshots, taken from the real release build (dist/) in headless
// Chromium: the widget on a phone and on a desktop, light and dark, in each language,
// and the first step, the body map, mask mode, the guide and three publishers' themes. Written to
// docs/screenshots/; run after `trunk build --release`:
//
//   node scripts/screenshots.mjs
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launch, ready } from "../tests/e2e/support/browser.mjs";
import { completeInterview } from "../tests/e2e/support/checker.mjs";

const out = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 },
};
/// A reader whose result shows every kind of item.
const ANSWERS = {
  "warning-signs": ["none"],
  area: ["upper-back", "shoulders"],
  look: ["blackheads", "red-bumps", "scars"],
  duration: ["months"],
  age: ["20-39"],
  hormones: ["none"],
  conditions: ["none"],
  clothing: ["tight-synthetic"],
  sweat: ["often"],
  tanning: ["no"],
};

await mkdir(out, { recursive: true });
const env = await launch();

async function open(device, scheme, path) {
  const context = await env.browser.newContext({ ...DEVICES[device], colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(env.server.origin + path);
  return { context, page };
}

/// The widget from its top, as far as one screen of the device shows.
async function shoot(page, name) {
  const host = page.locator("#widget");
  await host.evaluate((e) => e.scrollIntoView());
  const box = await host.boundingBox();
  const height = Math.min(box.height, page.viewportSize().height);
  await page.screenshot({ path: `${out}${name}.png`, clip: { x: box.x, y: box.y, width: box.width, height } });
  console.log(`screenshots: ${name}.png`);
}

for (const lang of ["en", "ru", "uk"]) {
  for (const device of Object.keys(DEVICES)) {
    for (const scheme of ["light", "dark"]) {
      const { context, page } = await open(device, scheme, `/pages/near.html?lang=${lang}&reserve=0`);
      const host = page.locator("#widget");
      await ready(host);
      await completeInterview(host, ANSWERS);
      await shoot(page, `result-${lang}-${device}-${scheme}`);
      await context.close();
    }
  }
}

{
  const { context, page } = await open("phone", "light", "/pages/near.html?reserve=0");
  await ready(page.locator("#widget"));
  await shoot(page, "first-step-en-phone-light");
  await page.locator("#widget [data-view='recipes']").click();
  await page.locator("#widget [data-recipe='salt-clay-mask'] [data-action='toggle-recipe']").click();
  await page.locator("#widget [data-recipe='salt-clay-mask']").evaluate((e) => e.scrollIntoView());
  await page.screenshot({ path: `${out}guide-en-phone-light.png` });
  console.log("screenshots: guide-en-phone-light.png");
  await context.close();
}
for (const [device, scheme] of [["phone", "light"], ["desktop", "dark"]]) {
  const { context, page } = await open(device, scheme, "/pages/near.html?reserve=0");
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-action='next']").click();
  // On one of its shapes: a region's middle can be the space between them (the shoulders).
  for (const area of ["shoulders", "spine", "ribs"]) await host.locator(`[data-body-area='${area}'] > .cb-map-piece`).first().click();
  await host.locator("[data-question='area']").screenshot({ path: `${out}body-map-en-${device}-${scheme}.png` });
  console.log(`screenshots: body-map-en-${device}-${scheme}.png`);
  await context.close();
}
for (const [device, scheme] of [["phone", "light"], ["phone", "dark"]]) {
  const { context, page } = await open(device, scheme, "/pages/near.html?view=recipes&reserve=0");
  const host = page.locator("#widget");
  await ready(host);
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='toggle-recipe']").click();
  await host.locator("[data-recipe='salt-clay-mask'] [data-action='mask-mode']").click();
  // On the step where the mask stays on, its timer running: the layer fills the screen.
  const mask = host.locator(".cb-mask");
  for (let i = 0; i < 8 && !(await mask.locator("[data-action='timer-start']").count()); i += 1) {
    await mask.locator("[data-action='mask-next']").click();
  }
  await mask.locator("[data-action='timer-start']").click();
  await page.screenshot({ path: `${out}mask-mode-en-${device}-${scheme}.png` });
  console.log(`screenshots: mask-mode-en-${device}-${scheme}.png`);
  await context.close();
}
{
  const { context, page } = await open("desktop", "light", "/cb/themes.html");
  for (const id of ["plain", "ocean", "night"]) await ready(page.locator(`#${id}`));
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: `${out}themes-desktop.png` });
  console.log("screenshots: themes-desktop.png");
  await context.close();
}
await env.close();
