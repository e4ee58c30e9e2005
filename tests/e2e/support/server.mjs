// A static server for the end-to-end tests: the built dist/ under any path prefix, and
// the test pages with that prefix filled in, each page optionally under a CSP header.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, gzip } from "node:zlib";
import { BROTLI, GZIP } from "../../../scripts/sizes.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dist = join(root, "dist");
const pages = fileURLToPath(new URL("../pages/", import.meta.url));

/// The types dist/ is served with, as a publisher's server would.
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".ts": "text/plain; charset=utf-8",
};

export const CSP = {
  strict: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  noWasm: "default-src 'self'; script-src 'self'; style-src 'self'",
};

/// Where dist/ is served: `/cb/` and, to prove path independence, a deeper prefix.
export const PREFIXES = ["/cb/", "/static/cb/v1/"];

async function file(path) {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

// dist/'s files compressed as a publisher's CDN would send them, as the size gate
// measures them (brotli -q 11 or gzip -9), so that Lighthouse and the benchmark see the
// bytes a reader downloads. Off the event loop, which must go on answering the page, and
// kept while the file is unchanged.
const ENCODERS = { br: (body) => promisify(brotliCompress)(body, BROTLI), gzip: (body) => promisify(gzip)(body, GZIP) };
const compressed = new Map();
async function encode(path, body, accepted) {
  const offered = (accepted || "").split(",").map((part) => part.trim().split(/\s*;\s*/));
  const takes = (name) => offered.some(([token, q]) => token === name && !/^q=0(\.0*)?$/.test(q || ""));
  const encoding = Object.keys(ENCODERS).find(takes);
  if (!encoding) return null;
  const key = `${encoding} ${path}`;
  const kept = compressed.get(key);
  if (kept && kept.body.equals(body)) return { encoding, bytes: await kept.bytes };
  const made = { body, bytes: ENCODERS[encoding](body) };
  compressed.set(key, made);
  return { encoding, bytes: await made.bytes };
}

function inside(base, relative) {
  const path = normalize(join(base, relative));
  return path.startsWith(base) ? path : null;
}

/// `cors`: the server is a CDN for another origin's pages, and says so
/// (`Access-Control-Allow-Origin`).
export async function startServer({ cors = false } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    const prefix = PREFIXES.find((p) => url.pathname.startsWith(p));
    let body = null;
    let path = null;
    const headers = {};
    if (url.pathname === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    if (prefix) {
      path = inside(dist, url.pathname.slice(prefix.length));
      body = path && (await file(path));
    } else if (url.pathname.startsWith("/pages/")) {
      path = inside(pages, url.pathname.slice("/pages/".length));
      body = path && (await file(path));
      if (body && path.endsWith(".html")) {
        const base = url.searchParams.get("base") || PREFIXES[0];
        // What every test page's head shares: the viewport, the host page's own script
        // and the publisher's snippet (`?reserve=0` leaves out its stylesheet).
        const reserve = url.searchParams.get("reserve") === "0" ? "" : `<link rel="stylesheet" href="${base}embed.css">`;
        const head =
          '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
          `<script src="page.js"></script>${reserve}<script src="${base}embed.js" defer></script>`;
        // `?nowidget=1`: the same article without the widget, to measure it against.
        const bare = url.searchParams.get("nowidget") === "1";
        body = body.toString().replaceAll("{{WIDGET_HEAD}}", bare ? head.replace(/<link rel="stylesheet"[^>]*>|<script src="[^"]*embed\.js"[^>]*><\/script>/g, "") : head);
        if (bare) body = body.replace(/<clearback-widget[^>]*><\/clearback-widget>/g, "");
        // `?lang=ru` makes the same page a page in another language.
        const lang = url.searchParams.get("lang");
        if (lang && /^[a-z]{2}$/.test(lang)) body = body.replace(/<html lang="[a-z]+">/, `<html lang="${lang}">`);
        // `{{FALLBACK:<lang>}}`: the build's fallback for readers without JavaScript, pasted
        // inside the element as the README says.
        body = body.toString().replace(/\{\{FALLBACK:([a-z]+)\}\}/g, (_, code) => {
          try {
            return readFileSync(join(dist, "fallback", `${code}.html`), "utf8");
          } catch {
            return "";
          }
        });
        // `?view=recipes` opens the widget on that view.
        const view = url.searchParams.get("view");
        if (view && /^[a-z]+$/.test(view)) body = body.replace(/<clearback-widget id="widget">/, `<clearback-widget id="widget" view="${view}">`);
        const csp = CSP[url.searchParams.get("csp")];
        if (csp) headers["Content-Security-Policy"] = csp;
        // `?csp=cdn&cdn=<origin>`: the strict policy, plus the origin dist/ is served from.
        const cdn = url.searchParams.get("cdn");
        if (url.searchParams.get("csp") === "cdn" && /^http:\/\/127\.0\.0\.1:\d+$/.test(cdn || "")) {
          headers["Content-Security-Policy"] =
            `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cdn}; style-src 'self' ${cdn}; connect-src 'self' ${cdn}`;
        }
      }
    }
    if (body === null) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    headers["Content-Type"] = TYPES[extname(path)] || "application/octet-stream";
    if (cors) headers["Access-Control-Allow-Origin"] = "*";
    headers["Cache-Control"] = "no-store";
    const sent = prefix && (await encode(path, body, request.headers["accept-encoding"]));
    if (prefix) headers["Vary"] = "Accept-Encoding";
    if (sent) headers["Content-Encoding"] = sent.encoding;
    response.writeHead(200, headers).end(sent ? sent.bytes : body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}
