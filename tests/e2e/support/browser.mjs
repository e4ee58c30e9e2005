// Debian's Chromium driven by playwright-core, with what a page's reader would notice
// recorded: console errors, uncaught exceptions, and every request.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { startServer } from "./server.mjs";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/// `args`: Chromium's switches beyond the ones every run shares (the benchmark's).
export async function launch({ args = [] } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [...ARGS, ...args],
  });
  const server = await startServer();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/// A new page in its own context, recording what went wrong and what was fetched.
export async function openPage(env, path, { viewport = { width: 390, height: 844 }, reducedMotion } = {}) {
  const context = await env.browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  const record = { errors: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(message.text());
  });
  page.on("pageerror", (error) => record.errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => record.requests.push(request.url()));
  await page.goto(env.server.origin + path);
  return { page, context, record };
}

/// A page whose `storage` ("sessionStorage" or "localStorage") throws on every access, as
/// with blocked cookies or in a sandboxed frame; uncaught errors are recorded.
export async function openWithStorageBlocked(env, path, storage) {
  const context = await env.browser.newContext();
  await context.addInitScript((name) => {
    Object.defineProperty(window, name, {
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
  }, storage);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(env.server.origin + path);
  const host = page.locator("#widget");
  await ready(host);
  return { context, page, host, errors };
}

/// The widget's own render, not the first screen the loader paints before it (`.cb-first`).
export const LIVE = ".cb-mount:not(.cb-first) > .cb";

/// Waits until the widget behind `hostLocator` has rendered its app.
export async function ready(hostLocator) {
  await hostLocator.locator(LIVE).waitFor({ state: "visible", timeout: 15000 });
}

/// Waits until the page has painted `count` more frames: layout and the layout-shift
/// entries it causes are then recorded.
export async function painted(page, count = 2) {
  await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const frame = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => frame(left - 1)));
        frame(count);
      }),
    count,
  );
}

/// axe-core over the widget only, with the WCAG 2.2 A and AA rules and best practice.
export async function axeViolations(page, include = "clearback-widget") {
  const results = await new AxeBuilder({ page })
    .include(include)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
