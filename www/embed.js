/*
 * Clearback loader. Paste once per page:
 *   <script src="…/clearback/embed.js" defer></script>
 * then place <clearback-widget></clearback-widget> where the widget belongs.
 *
 * It does what has to happen before the widget's WebAssembly runs: it defines the
 * element, reserves its space and styles it, paints the checker's first screen before the
 * wasm has run, fetches the rest (the glue, the wasm and the texts of its language, all
 * beside this file) once the page has loaded, and mounts the widget when it nears the
 * viewport; it shows a short message when the widget cannot run or is slow to come, and
 * keeps the page's calls to the element until it has loaded. Everything else (following
 * attributes, events, printing, copying, the screen and the timer's sound) is the
 * widget's own. Nothing it does can throw into the host page.
 */
(() => {
  "use strict";

  const TAG = "clearback-widget";
  if (!window.customElements || customElements.get(TAG)) return;

  const script = document.currentScript;
  const base = new URL(".", (script && script.src) || location.href).href;

  // Written by Trunk's post-build hook (scripts/finish-dist.mjs): the languages with a text
  // pack, the default first; the loader's own words in each (`fallback`, `slow`, `retry`);
  // the files beside this one by their names in the source, and the hash each must have;
  // the widget's stylesheet (www/clearback.css); and in each language the checker's first
  // screen as the widget draws it, `[tag, {attributes}, ...children]` or a text.
  const LANGUAGES = ["en"];
  const WORDS = {};
  const ASSETS = {};
  const INTEGRITY = {};
  const STYLE = "";
  const FIRST = {};

  const asset = (name) => base + (ASSETS[name] || name);

  // Every fetch of the widget's files, until a retry gives up on them: a stalled request
  // holds the browser's cache entry for its address, so a retry must cancel it first.
  let fetches = new AbortController();
  const fetchChecked = (name) => fetch(asset(name), { integrity: INTEGRITY[name], signal: fetches.signal });

  // Reserves space for the widget's first screen until the widget gives it up (or cannot
  // run). The widget renders into the same grid cell, so its first screen takes at least
  // that space. The snippet's embed.css gives the page the measured space by width,
  // language and first view, which wins over this rough one, kept for pages without it,
  // whose widget is far below the fold.
  const RESERVING =
    ":host{display:grid!important;container-type:inline-size;font-size:var(--clearback-font-size,medium)!important}" +
    ":host::before{content:'';grid-area:1/1;height:var(--clearback-min-height,68em)}" +
    "@container (min-width:40em){:host::before{height:var(--clearback-min-height,50em)}}";
  const MESSAGES =
    ".cb-fallback{margin:0;padding:1em;border:1px solid #999;border-radius:.5em;font:1em/1.5 system-ui,sans-serif}" +
    ".cb-slow{grid-area:1/1;align-self:start;z-index:1;background:Canvas;color:CanvasText}.cb-slow p{margin:0 0 .5em}" +
    ".cb-slow button{min-height:2.75em;padding:.5em 1em;font:inherit}";

  // The widget's stylesheet, parsed once and shared by every widget of the page.
  let style = null;
  const reserveSpace = (root) => {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(RESERVING + MESSAGES);
      if (!style) {
        style = new CSSStyleSheet();
        style.replaceSync(STYLE);
      }
      root.adoptedStyleSheets = [sheet, style];
    } catch (unsupported) {
      // Without constructable stylesheets the element simply takes no space until it
      // loads, unstyled.
    }
  };

  // !important: the page's embed.css reserves the same space on the element's ::before.
  const releaseSpace = (root) => {
    const sheet = root.adoptedStyleSheets && root.adoptedStyleSheets[0];
    if (sheet) sheet.replaceSync(MESSAGES + ":host::before{content:none!important}");
  };

  // A language's texts, fetched once per page.
  let packs = {};
  const loadTexts = (code) => {
    if (!packs[code]) {
      const pack = (packs[code] = fetchChecked(`texts-${code}.json`).then((response) => {
        if (!response.ok) throw new Error(`texts-${code}.json: ${response.status}`);
        return response.json();
      }));
      // Unless a retry has already begun another.
      pack.catch(() => {
        if (packs[code] === pack) delete packs[code];
      });
    }
    return packs[code];
  };

  // The languages the wasm holds, each added once.
  const added = new Map();
  const addTexts = (glue, code, pack) => {
    if (added.get(code) === glue) return;
    if (!glue.add_texts(code, pack)) throw new Error(`texts-${code}.json belongs to another build`);
    added.set(code, glue);
  };

  // A Rust panic stops the wasm every widget of the page shares: each is replaced by its
  // message, and the trap that follows is kept out of the page's errors.
  let panicked = false;
  const running = new Set();
  const onPanic = (message) => {
    panicked = true;
    for (const element of [...running]) element._fail(new Error(message));
  };
  window.addEventListener("error", (event) => {
    if (panicked && event.error instanceof WebAssembly.RuntimeError) event.preventDefault();
  });

  // The wasm, compiled as it downloads and off the main thread; served with another type
  // than application/wasm, it is compiled from its bytes, more slowly.
  const compileWasm = async () => {
    const response = await fetchChecked("clearback_bg.wasm");
    if (!response.ok) throw new Error(`clearback_bg.wasm: ${response.status}`);
    const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
    if (type === "application/wasm") return WebAssembly.compileStreaming(response);
    console.warn("Clearback: clearback_bg.wasm is not served as application/wasm, so it compiles more slowly");
    return WebAssembly.compile(await response.arrayBuffer());
  };

  let runtime = null;
  const loadRuntime = () => {
    // The stopped instance cannot be loaded again in this page.
    if (panicked) return Promise.reject(new Error("the widget stopped after an error"));
    if (!runtime) {
      const loading = (runtime = Promise.all([import(asset("clearback.js")), compileWasm()]).then(
        async ([glue, module]) => {
          // Instantiating is a task of its own.
          await nextTask();
          await glue.default({ module_or_path: module });
          glue.onPanic(onPanic);
          return glue;
        },
      ));
      // A load that failed or is given up on is tried afresh next time, unless a retry has
      // already begun another.
      loading.catch(() => {
        if (runtime === loading) runtime = null;
      });
    }
    return runtime;
  };

  // The checker's first screen, painted from FIRST where it is the screen the widget will
  // open on, so that the reader sees it before the wasm has run: the same words in the
  // same place, `inert` until the widget replaces it, so that nothing can be pressed that
  // does not work yet. Where the widget may open elsewhere (another view, answers kept in
  // this tab, a value it will give a notice for, the publisher's configuration), the
  // space stays empty instead.
  const canonical = (element, name, values) => {
    const value = (element.getAttribute(name) || "").trim();
    return value === "" || values.includes(value);
  };
  const opensOnFirstScreen = (element) => {
    if (!canonical(element, "view", ["checker"]) || !canonical(element, "theme", ["light", "dark", "auto"])) return false;
    if (element.hasAttribute("lang") && !canonical(element, "lang", []) && !known(element.getAttribute("lang"))) return false;
    if (element.querySelector(":scope > script[type='application/json']")) return false;
    if ((element._queue || []).some(([name, value]) => name === "show" && value !== "checker")) return false;
    try {
      for (let i = 0; i < sessionStorage.length; i += 1) if (sessionStorage.key(i).startsWith("clearback:checker:")) return false;
    } catch (blocked) {
      return false;
    }
    return true;
  };
  const build = (node) => {
    if (typeof node === "string") return document.createTextNode(node);
    const [tag, attributes, ...children] = node;
    const element = document.createElement(tag);
    for (const name of Object.keys(attributes)) element.setAttribute(name, attributes[name]);
    element.append(...children.map(build));
    return element;
  };
  const paintFirstScreen = (element) => {
    const first = FIRST[languageOf(element)];
    if (!first || !opensOnFirstScreen(element) || element.shadowRoot.querySelector(".cb-first")) return;
    const place = document.createElement("div");
    place.className = "cb-mount cb-first";
    place.inert = true;
    place.append(build(first));
    element.shadowRoot.append(place);
  };
  const unpaintFirstScreen = (element) => {
    const first = element.shadowRoot && element.shadowRoot.querySelector(".cb-first");
    if (first) first.remove();
  };

  // What the widget still needs from the loader once mounted (the `Loader` of
  // src/embed/mod.rs): another language's texts, and the end of the space reserved.
  // Each answer is given unless the wasm has stopped meanwhile (a panic), whose trap would
  // otherwise reach the page as an unhandled rejection.
  const answer = (done, value) => {
    if (panicked) return;
    try {
      done(value);
    } catch (error) {
      if (!panicked) throw error;
    }
  };
  const loaderFor = (element, glue) => ({
    loadTexts(code, done) {
      loadTexts(code)
        .then((pack) => addTexts(glue, code, pack))
        .then(
          () => answer(done, true),
          () => answer(done, false),
        );
    },
    releaseSpace() {
      releaseSpace(element.shadowRoot);
    },
  });

  // The files the widget fetches itself, later, by their hashed names.
  const files = () => ({ printSheet: { href: asset("clearback-print.css"), integrity: INTEGRITY["clearback-print.css"] } });

  // The widgets waiting for the files; they share them, so a retry restarts them all.
  const loading = new Set();
  const retryLoading = () => {
    fetches.abort();
    fetches = new AbortController();
    runtime = null;
    packs = {};
    for (const element of [...loading]) {
      element._doneLoading();
      element._state = "waiting";
      element._start();
    }
  };

  // Resolves to `value` in a task of its own.
  const nextTask = (value) => new Promise((resolve) => setTimeout(resolve, 0, value));
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  // The article's own load comes first: nothing of the widget's but this file and
  // embed.css is fetched before it.
  const pageLoaded = new Promise((resolve) => {
    if (document.readyState === "complete") resolve();
    else window.addEventListener("load", () => resolve(), { once: true });
  });
  const idle = () =>
    new Promise((resolve) => (window.requestIdleCallback ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 500)));

  // Once the page has loaded and the browser is idle, what a widget needs is fetched and
  // compiled, and its language's texts added, each in a task of its own, so that a reader
  // who reaches the widget, however fast, waits only for its first render. A page left
  // before then costs nothing more. A failure here is met again, and shown, when the
  // widget starts.
  const prepare = (element) =>
    pageLoaded
      .then(idle)
      .then(async () => {
        if (!element.isConnected || element._state !== "waiting") return;
        const lang = languageOf(element);
        const [glue, pack] = await Promise.all([loadRuntime(), loadTexts(lang)]);
        await nextTask();
        addTexts(glue, lang, pack);
        await warmUp(glue, lang);
      })
      .catch(() => {});

  // The wasm's code is compiled when first run: the widget runs its screens once on
  // nothing the page shows, a stage a task, before a reader needs them (`warm` in
  // src/embed/warm.rs). Once a page; a widget that starts meanwhile waits for it.
  let warming = null;
  const warmUp = (glue, lang) => {
    if (!warming) {
      warming = (async () => {
        for (let stage = 0, more = true; more; stage += 1) {
          await nextTask();
          more = glue.warm(stage, lang);
        }
      })();
    }
    return warming;
  };

  // How long a reader waits before the widget says it is slow and offers to try again.
  const SLOW = 12000;

  const known = (tag) => {
    const code = (tag || "").trim().toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.includes(code) ? code : null;
  };

  // As the widget decides: the element's own `lang` if it is a language of the widget,
  // else the nearest ancestor's, else the default.
  const languageOf = (element) => {
    const holder = element.parentElement && element.parentElement.closest("[lang]");
    return known(element.getAttribute("lang")) || known(holder && holder.getAttribute("lang")) || LANGUAGES[0];
  };

  const wordsOf = (element) => WORDS[languageOf(element)] || WORDS[LANGUAGES[0]] || {};

  let nearViewport = null;
  const whenNear = (element) => {
    if (!window.IntersectionObserver) return element._start();
    if (!nearViewport) {
      nearViewport = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearViewport.unobserve(entry.target);
            entry.target._start();
          }
        },
        { rootMargin: "600px 0px" },
      );
    }
    nearViewport.observe(element);
  };

  // The element's own state is kept in properties named with an underscore: the page
  // uses `restart()`, `show()` and `assessment`, typed in clearback.d.ts.
  class ClearbackWidget extends HTMLElement {
    // Calls made before the widget has loaded wait for it, and decide where it opens.
    restart() {
      this._call("restart");
    }

    show(view) {
      this._call("show", String(view));
    }

    get assessment() {
      try {
        return this._widget ? this._widget.assessment : null;
      } catch (stopped) {
        return null;
      }
    }

    _call(name, value) {
      if (!this._widget) {
        this._queue = this._queue || [];
        this._queue.push([name, value]);
        if (name === "show" && value !== "checker") unpaintFirstScreen(this);
        return;
      }
      try {
        if (name === "restart") this._widget.restart();
        else if (!this._widget.show(value)) console.warn("Clearback has no view", value);
      } catch (error) {
        console.warn(`Clearback could not ${name}:`, error);
      }
    }

    connectedCallback() {
      if (!this.shadowRoot) reserveSpace(this.attachShadow({ mode: "open" }));
      // A moved element keeps its running widget.
      if (!this._state) {
        this._state = "waiting";
        // Already in view, its first screen is part of the page's first paint.
        if (this.getBoundingClientRect().top < window.innerHeight) paintFirstScreen(this);
        whenNear(this);
        prepare(this);
      }
    }

    disconnectedCallback() {
      if (nearViewport) nearViewport.unobserve(this);
      // A move is a disconnect and a connect in one task; only a real removal unmounts.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this._doneLoading();
        if (this._widget) {
          running.delete(this);
          this._widget.unmount();
          this._widget = null;
        }
        this._state = null;
      });
    }

    async _start() {
      if (this._state !== "waiting") return;
      this._state = "loading";
      paintFirstScreen(this);
      loading.add(this);
      // Each attempt is its own: one given up on cannot mount after a retry has begun.
      const attempt = (this._attempt = (this._attempt || 0) + 1);
      const current = () => this._state === "loading" && this._attempt === attempt;
      try {
        // After the page's load, and after the frame that shows the painted first screen,
        // so that no download of the widget's competes with the page's own largest paint.
        await pageLoaded;
        await nextFrame();
        await nextFrame();
        if (!current()) return;
        const lang = languageOf(this);
        this._slow = setTimeout(() => current() && this._showSlow(), SLOW);
        const [glue, pack] = await Promise.all([loadRuntime(), loadTexts(lang)]);
        // Adding the texts, mounting and the first render each run in a task of their
        // own, so that they and the compiling they cause do not add up to one long task
        // on the host page's main thread.
        await nextTask();
        if (!current()) return;
        addTexts(glue, lang, pack);
        await warmUp(glue, lang);
        await nextTask();
        if (!current()) return;
        const widget = glue.mount(this, loaderFor(this, glue), files());
        if (!widget) throw new Error("the widget could not mount");
        await nextTask();
        if (!current()) return widget.unmount();
        this._doneLoading();
        // The calls made while loading decide where the widget opens, so that the reader
        // never sees another screen first. The painted first screen goes in the same task
        // as the widget's own is drawn: no frame shows both, or neither.
        widget.render((this._queue || []).splice(0));
        unpaintFirstScreen(this);
        this._widget = widget;
        this._state = "ready";
        running.add(this);
      } catch (error) {
        if (current()) this._fail(error);
      }
    }

    // Also drops the slow-load timer, which would keep a removed element alive until
    // then, and the slow-load message.
    _doneLoading() {
      loading.delete(this);
      clearTimeout(this._slow);
      const slow = this.shadowRoot && this.shadowRoot.querySelector(".cb-slow");
      if (slow) slow.remove();
    }

    // The widget cannot go on: out of the lists, and the message in its place.
    _fail(error) {
      running.delete(this);
      this._doneLoading();
      this._widget = null;
      this._state = "failed";
      this._showFallback(error);
    }

    // Still loading after a long while: say so, and offer to try again, which fetches
    // afresh what has not arrived. A load that arrives meanwhile still mounts.
    _showSlow() {
      const words = wordsOf(this);
      const box = document.createElement("div");
      box.className = "cb-fallback cb-slow";
      box.setAttribute("role", "status");
      const message = document.createElement("p");
      message.textContent = words.slow;
      const retry = document.createElement("button");
      retry.type = "button";
      retry.textContent = words.retry;
      retry.addEventListener("click", retryLoading);
      box.append(message, retry);
      this.shadowRoot.append(box);
    }

    // The short message, and below it what the page put inside the element (the build's
    // fallback/<lang>.html, if the publisher pasted it), which embed.css shows again.
    _showFallback(error) {
      const message = document.createElement("p");
      message.className = "cb-fallback";
      message.setAttribute("role", "note");
      message.textContent = wordsOf(this).fallback;
      this.shadowRoot.replaceChildren(message, document.createElement("slot"));
      this.setAttribute("data-clearback-failed", "");
      releaseSpace(this.shadowRoot);
      console.warn("Clearback could not start:", error);
    }
  }

  customElements.define(TAG, ClearbackWidget);
})();
