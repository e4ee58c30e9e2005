// The development server of scripts/dev: builds dist/ (the development profile, or the
// release with --release), serves it at http://127.0.0.1:8080 (another port with
// --port N), rebuilds when a source changes, and reloads the open pages once a rebuild
// has finished. A build that fails leaves the last good one served and says why.
import { existsSync, watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { TYPES } from "../tests/e2e/support/server.mjs";
import { build } from "./build.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const release = process.argv.includes("--release");
const portAt = process.argv.indexOf("--port");
const port = portAt > 0 ? Number(process.argv[portAt + 1]) : 8080;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error("dev: --port takes a port number, such as --port 8081");
  process.exit(2);
}
const WATCHED = ["src", "www", "content", "build", "fallback", "index.html", "Cargo.toml"];

// An external script, so that a page under a strict CSP reloads too.
const RELOADER = 'new EventSource("/.dev/events").onmessage = () => location.reload();\n';

const listeners = new Set();

async function rebuild() {
  const started = Date.now();
  try {
    await build({ release });
    console.log(`dev: built in ${((Date.now() - started) / 1000).toFixed(1)} s; serving http://127.0.0.1:${port}/`);
    for (const response of listeners) response.write("data: built\n\n");
  } catch (error) {
    console.error(`dev: the build failed (${error.message}); still serving the last one`);
  }
}

// One build at a time; changes made during a build start one more afterwards.
let building = null;
let again = false;
function schedule() {
  if (building) {
    again = true;
    return;
  }
  building = rebuild().then(() => {
    building = null;
    if (again) {
      again = false;
      schedule();
    }
  });
}

let pause = null;
for (const path of WATCHED) {
  watch(join(root, path), { recursive: true }, () => {
    clearTimeout(pause);
    pause = setTimeout(schedule, 200);
  });
}

async function answer(request, response) {
  const url = new URL(request.url, "http://127.0.0.1");
  if (url.pathname === "/.dev/events") {
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store" });
    listeners.add(response);
    request.on("close", () => listeners.delete(response));
    return;
  }
  if (url.pathname === "/.dev/reload.js") {
    response.writeHead(200, { "Content-Type": TYPES[".js"], "Cache-Control": "no-store" }).end(RELOADER);
    return;
  }
  const wanted = url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
  const path = normalize(join(dist, decodeURIComponent(wanted)));
  let body = path.startsWith(dist) ? await readFile(path).catch(() => null) : null;
  if (!body) {
    const first = building && !existsSync(dist);
    response
      .writeHead(first ? 503 : 404, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "10" })
      .end(first ? "the first build is still running; reload in a moment\n" : "not found\n");
    return;
  }
  if (path.endsWith(".html")) {
    body = body.toString().replace("</head>", '<script src="/.dev/reload.js"></script>\n</head>');
  }
  response
    .writeHead(200, { "Content-Type": TYPES[extname(path)] || "application/octet-stream", "Cache-Control": "no-store" })
    .end(body);
}

const server = createServer((request, response) =>
  // A request the server cannot read (a malformed address or escape) is refused, not fatal.
  answer(request, response).catch(() => {
    if (!response.headersSent) response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("bad request\n");
  }),
);
server.on("error", (error) => {
  console.error(`dev: cannot serve on 127.0.0.1:${port} (${error.code}); another port: scripts/dev --port 8081`);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`dev: building; then serving http://127.0.0.1:${port}/`);
  schedule();
});
