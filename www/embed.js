/*
 * Clearback loader. Paste once per page:
 *   <script src="…/clearback/embed.js" defer></script>
 * then place <clearback-widget></clearback-widget> where the widget belongs.
 *
 * It defines the element, reserves its space, and fetches the rest of the widget
 * (stylesheet, glue, wasm: all beside this file) only when an element nears the
 * viewport. It also does for the widget what touches the host page: it tells a widget
 * when its attributes or the page's language change, prints, copies and dispatches the
 * widget's events. Nothing it does can throw into the host page.
 */
(function () {
  "use strict";

  var TAG = "clearback-widget";
  if (!window.customElements || !window.HTMLElement || customElements.get(TAG)) return;

  var script = document.currentScript;
  var base = new URL(".", (script && script.src) || location.href).href;

  // The languages with a text pack beside this file, the default first; scripts/dist.mjs
  // writes this list from the packs at build time.
  var LANGUAGES = ["en"];
  // Each pack's encoding, written by scripts/dist.mjs with the list.
  var ENCODINGS = {};

  // The files beside this one by their names in the source, and the hash each fetched one
  // must have: scripts/dist.mjs names them by their content and writes both here.
  var ASSETS = {};
  var INTEGRITY = {};
  function asset(name) {
    return base + (ASSETS[name] || name);
  }
  // Every fetch of the widget's files, until a retry gives up on them: a stalled request
  // holds the browser's cache entry for its address, so a retry must cancel it first.
  var fetches = window.AbortController ? new AbortController() : null;
  function fetchChecked(name) {
    var options = INTEGRITY[name] ? { integrity: INTEGRITY[name] } : {};
    if (fetches) options.signal = fetches.signal;
    return fetch(asset(name), options);
  }

  // Shown instead of the widget when it cannot run, per language: `ui.fallback` of the
  // text files, written here by scripts/dist.mjs.
  var FALLBACK = {};

  // Reserves space for the widget's first screen until the reader moves on (or the
  // widget cannot run). The widget renders into the same grid cell, so its first screen
  // takes at least that space. The snippet's embed.css gives the page the measured space
  // by width, language and first view, which wins over this rough one, kept for pages
  // without it, whose widget is far below the fold.
  var RESERVING =
    ":host{display:grid!important;container-type:inline-size;font-size:var(--clearback-font-size,medium)!important}" +
    ":host::before{content:'';grid-area:1/1;height:var(--clearback-min-height,68em)}" +
    "@container (min-width:40em){:host::before{height:var(--clearback-min-height,50em)}}";
  var FALLBACK_STYLE =
    ".cb-fallback{margin:0;padding:1em;border:1px solid #999;border-radius:.5em;font:1em/1.5 system-ui,sans-serif}" +
    ".cb-slow{grid-area:1/1;align-self:start;z-index:1;background:Canvas;color:CanvasText}.cb-slow p{margin:0 0 .5em}" +
    ".cb-slow button{min-height:2.75em;padding:.5em 1em;font:inherit}";

  var packs = {};
  // A language's texts, fetched once per page.
  function loadTexts(code) {
    if (!packs[code]) {
      var pack = (packs[code] = fetchChecked("texts-" + code + ".txt").then(function (response) {
        if (!response.ok) throw new Error("texts-" + code + ".txt: " + response.status);
        return response.arrayBuffer().then(function (bytes) {
          return new TextDecoder(ENCODINGS[code] || "utf-8").decode(bytes);
        });
      }));
      // Unless a retry has already begun another.
      pack.catch(function () {
        if (packs[code] === pack) delete packs[code];
      });
    }
    return packs[code];
  }

  // The languages the wasm holds, each added once: a pack passed again would be copied
  // into the wasm's memory whole (some 80 KB) at every mount, only to be dropped.
  var added = {};
  function addTexts(glue, code, pack) {
    if (added[code] === glue) return;
    if (!glue.add_texts(code, pack)) throw new Error("texts-" + code + ".txt belongs to another build");
    added[code] = glue;
  }

  // A Rust panic stops the wasm every widget of the page shares: each is replaced by its
  // message, and the trap that follows is kept out of the page's errors.
  var panicked = false;
  function onPanic(message) {
    panicked = true;
    running.slice().forEach(function (element) {
      element._fail(new Error(message));
    });
  }
  window.addEventListener("error", function (event) {
    if (panicked && window.WebAssembly && event.error instanceof WebAssembly.RuntimeError) event.preventDefault();
  });

  // The widgets waiting for the files; they share them, so a retry restarts them all.
  var loading = [];
  function retryLoading() {
    if (fetches) {
      fetches.abort();
      fetches = new AbortController();
    }
    runtime = null;
    packs = {};
    loading.slice().forEach(function (element) {
      doneLoading(element);
      element._state = "waiting";
      element.start();
    });
  }

  // Also drops the slow-load timer, which would keep a removed element alive until then,
  // and the slow-load message.
  function doneLoading(element) {
    leave(loading, element);
    clearTimeout(element._slow);
    var slow = element.shadowRoot && element.shadowRoot.querySelector(".cb-slow");
    if (slow) slow.remove();
  }

  // Resolves to `value` in a task of its own.
  function nextTask(value) {
    return new Promise(function (resolve) {
      setTimeout(resolve, 0, value);
    });
  }

  var runtime = null;
  function loadRuntime() {
    // The stopped instance cannot be loaded again in this page.
    if (panicked) return Promise.reject(new Error("the widget stopped after an error"));
    if (!runtime) {
      var loaded = (runtime = import(asset("clearback.js")).then(function (glue) {
        return glue.default({ module_or_path: fetchChecked("clearback_bg.wasm") }).then(function () {
          glue.onPanic(onPanic);
          return glue;
        });
      }));
      // A load that failed or is given up on is tried afresh next time, unless a retry
      // has already begun another.
      loaded.catch(function () {
        if (runtime === loaded) runtime = null;
      });
    }
    return runtime;
  }

  // How long a reader waits before the widget says it is slow and offers to try again.
  var SLOW = 12000;

  function loadStylesheet(root) {
    return new Promise(function (resolve) {
      if (root.querySelector("link[rel=stylesheet]")) return resolve();
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = asset("clearback.css");
      if (INTEGRITY["clearback.css"]) {
        link.integrity = INTEGRITY["clearback.css"];
        link.crossOrigin = "anonymous";
      }
      // An unstyled widget is still usable, so a failed stylesheet does not stop it.
      link.onload = link.onerror = resolve;
      root.appendChild(link);
    });
  }

  function reserveSpace(root) {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(RESERVING + FALLBACK_STYLE);
      root.adoptedStyleSheets = [sheet];
    } catch (ignored) {
      // Without constructable stylesheets the element simply takes no space until it loads.
    }
  }

  // !important: the page's embed.css reserves the same space on the element's ::before.
  function releaseSpace(root) {
    var sheet = root.adoptedStyleSheets && root.adoptedStyleSheets[0];
    if (sheet) sheet.replaceSync(FALLBACK_STYLE + ":host::before{content:none!important}");
  }

  // Printing: the page prints whole, so a print-only stylesheet beside the widget's own
  // hides all but the element marked while it prints. Closed details would print empty,
  // so they are opened for the printout. Whatever happens, the page returns to normal,
  // and a second request while one is under way waits for it.
  var printing = null;
  // The print stylesheet once it has loaded: one that could not (offline, blocked) still
  // has a `sheet`, without its rules, so its load is remembered rather than read off it.
  var printSheet = null;
  function printWidget(element) {
    if (printing) return printing;
    printing = new Promise(function (resolve) {
      function run() {
        var opened = [];
        try {
          element.shadowRoot.querySelectorAll("details:not([open])").forEach(function (details) {
            details.open = true;
            opened.push(details);
          });
          element.setAttribute("data-clearback-printing", "");
          window.print();
        } catch (error) {
          if (window.console) console.warn("Clearback could not print:", error);
        } finally {
          element.removeAttribute("data-clearback-printing");
          opened.forEach(function (details) {
            details.open = false;
          });
          printing = null;
          resolve();
        }
      }
      // The first time, the sheet must load before the print dialog snapshots the page;
      // one that could not load is asked for again at the next print.
      if (printSheet) return run();
      var failed = document.getElementById("clearback-print-sheet");
      if (failed) failed.remove();
      var sheet = document.createElement("link");
      sheet.id = "clearback-print-sheet";
      sheet.rel = "stylesheet";
      sheet.media = "print";
      sheet.href = asset("clearback-print.css");
      document.head.appendChild(sheet);
      sheet.addEventListener(
        "load",
        function () {
          printSheet = sheet;
          run();
        },
        { once: true }
      );
      sheet.addEventListener("error", run, { once: true });
    });
    return printing;
  }

  function copyText(text) {
    try {
      return navigator.clipboard.writeText(text).then(
        function () {
          return true;
        },
        function () {
          return false;
        }
      );
    } catch (error) {
      return Promise.resolve(false);
    }
  }

  // The screen stays on while a widget asks for it (mask mode, a running timer), where the
  // browser has the Screen Wake Lock API and allows it. Browsers give the lock up when the
  // page is hidden, so it is asked for again when the page is visible.
  var wanting = [];
  var sentinel = null;
  var asking = false;
  function wakeLock() {
    var want = wanting.length > 0 && document.visibilityState === "visible";
    try {
      if (want && !sentinel && !asking && navigator.wakeLock) {
        asking = true;
        navigator.wakeLock.request("screen").then(
          function (lock) {
            asking = false;
            sentinel = lock;
            lock.addEventListener("release", function () {
              if (sentinel === lock) sentinel = null;
            });
            wakeLock();
          },
          function () {
            asking = false;
          }
        );
      } else if (!want && sentinel) {
        var held = sentinel;
        sentinel = null;
        held.release().catch(function () {});
      }
    } catch (refused) {
      asking = false;
    }
  }
  document.addEventListener("visibilitychange", wakeLock);
  function keepAwake(element, on) {
    var at = wanting.indexOf(element);
    if (on && at < 0) wanting.push(element);
    if (!on && at >= 0) wanting.splice(at, 1);
    wakeLock();
  }

  // A timer's time is up: a short vibration where the device has one, and, unless the
  // reader switched it off, two soft tones made on the spot (no sound file to fetch).
  function timeUp(sound) {
    try {
      if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
      var Audio = window.AudioContext || window.webkitAudioContext;
      if (!sound || !Audio) return;
      var audio = new Audio();
      var start = audio.currentTime;
      [660, 880].forEach(function (pitch, i) {
        var at = start + i * 0.35;
        var tone = audio.createOscillator();
        var volume = audio.createGain();
        tone.frequency.value = pitch;
        volume.gain.setValueAtTime(0.0001, at);
        volume.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
        volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
        tone.connect(volume).connect(audio.destination);
        tone.start(at);
        tone.stop(at + 0.32);
      });
      if (audio.resume) audio.resume();
      setTimeout(function () {
        audio.close();
      }, 1500);
    } catch (error) {
      if (window.console) console.warn("Clearback could not sound the timer:", error);
    }
  }

  // Tells the widget how what it asked for went: unless the wasm has stopped meanwhile
  // (a panic), whose trap would otherwise reach the page as an unhandled rejection.
  function answer(done, value) {
    if (panicked) return;
    try {
      done(value);
    } catch (error) {
      if (!panicked) throw error;
    }
  }

  // The services a mounted widget calls (the `Host` of src/embed/mod.rs).
  function makeHost(element, glue) {
    return {
      // Each calls `done` once, with whether it could.
      loadTexts: function (code, done) {
        loadTexts(code)
          .then(function (pack) {
            addTexts(glue, code, pack);
          })
          .then(
            function () {
              answer(done, true);
            },
            function () {
              answer(done, false);
            }
          );
      },
      print: function (done) {
        printWidget(element).then(function () {
          answer(done, true);
        });
      },
      copy: function (text, done) {
        copyText(text).then(function (copied) {
          answer(done, copied);
        });
      },
      releaseSpace: function () {
        releaseSpace(element.shadowRoot);
      },
      keepAwake: function (on) {
        keepAwake(element, on);
      },
      timeUp: timeUp,
      emit: function (name, detail) {
        var value = Object.freeze(JSON.parse(detail));
        if (name === "assessment") element._assessment = value;
        element.dispatchEvent(new CustomEvent("clearback:" + name, { bubbles: true, composed: true, detail: value }));
      }
    };
  }

  // A change of `lang` anywhere above a widget can change its language: one observer for
  // the page tells every running widget.
  var running = [];
  function leave(list, element) {
    var at = list.indexOf(element);
    if (at >= 0) list.splice(at, 1);
  }
  var pageLanguage = null;
  function watchPageLanguage() {
    if (pageLanguage || !window.MutationObserver) return;
    pageLanguage = new MutationObserver(function () {
      running.forEach(function (element) {
        element.update();
      });
    });
    pageLanguage.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
  }

  // The loader's own words in the element's language: `fallback`, `slow`, `retry`.
  function wordsOf(element) {
    return FALLBACK[languageOf(element)] || FALLBACK[LANGUAGES[0]] || {};
  }

  function known(tag) {
    var code = (tag || "").trim().toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.indexOf(code) >= 0 ? code : null;
  }

  // As the widget decides: the element's own `lang` if it is a language of the widget,
  // else the nearest ancestor's, else the default.
  function languageOf(element) {
    var holder = element.parentElement && element.parentElement.closest("[lang]");
    return known(element.getAttribute("lang")) || known(holder && holder.getAttribute("lang")) || LANGUAGES[0];
  }

  var nearViewport = null;
  function whenNear(element) {
    if (!window.IntersectionObserver) return element.start();
    if (!nearViewport) {
      nearViewport = new IntersectionObserver(
        function (entries) {
          entries.forEach(function (entry) {
            if (entry.isIntersecting) {
              nearViewport.unobserve(entry.target);
              entry.target.start();
            }
          });
        },
        { rootMargin: "600px 0px" }
      );
    }
    nearViewport.observe(element);
  }

  class ClearbackWidget extends HTMLElement {
    static get observedAttributes() {
      return ["lang", "view", "theme"];
    }

    attributeChangedCallback() {
      this.update();
    }

    // The element's API (typed in clearback.d.ts). Calls made before the widget has
    // loaded wait for it.
    restart() {
      this._assessment = null;
      this._call("restart");
    }

    show(view) {
      this._call("show", String(view));
    }

    get assessment() {
      return this._assessment || null;
    }

    _call(name, value) {
      if (!this._widget) {
        (this._queue = this._queue || []).push([name, value]);
        return;
      }
      try {
        if (name === "restart") this._widget.restart();
        else if (!this._widget.show(value) && window.console) console.warn("Clearback has no view", value);
      } catch (error) {
        if (window.console) console.warn("Clearback could not " + name + ":", error);
      }
    }

    update() {
      if (!this._widget) return;
      try {
        this._widget.update();
      } catch (error) {
        this._fail(error);
      }
    }

    // The widget cannot go on: out of the lists, and the message in its place.
    _fail(error) {
      leave(running, this);
      doneLoading(this);
      this._widget = null;
      this._state = "failed";
      this.showFallback(error);
    }

    connectedCallback() {
      if (!this.shadowRoot) {
        reserveSpace(this.attachShadow({ mode: "open" }));
      }
      // A moved element keeps its running widget.
      if (!this._state) {
        this._state = "waiting";
        whenNear(this);
      }
    }

    disconnectedCallback() {
      var element = this;
      if (nearViewport) nearViewport.unobserve(element);
      // A move is a disconnect and a connect in one task; only a real removal unmounts.
      queueMicrotask(function () {
        if (element.isConnected) return;
        doneLoading(element);
        if (element._widget) {
          leave(running, element);
          keepAwake(element, false);
          element._widget.unmount();
          element._widget = null;
        }
        element._state = null;
      });
    }

    start() {
      var element = this;
      if (element._state !== "waiting") return;
      element._state = "loading";
      loading.push(element);
      // Each attempt is its own: one given up on cannot mount after a retry has begun.
      var attempt = (element._attempt = (element._attempt || 0) + 1);
      var current = function () {
        return element._state === "loading" && element._attempt === attempt;
      };
      var root = element.shadowRoot;
      var lang = languageOf(element);
      element._slow = setTimeout(function () {
        if (current()) element.showSlow();
      }, SLOW);
      var glue;
      Promise.all([loadRuntime(), loadTexts(lang), loadStylesheet(root)])
        // Adding the texts, mounting and the first render each run in a task of their
        // own, so that they and the compiling they cause do not add up to one long task
        // on the host page's main thread.
        .then(nextTask)
        .then(function (loaded) {
          if (!current()) return;
          glue = loaded[0];
          // The tests reach the test-only panic export through it.
          element._glue = glue;
          addTexts(glue, lang, loaded[1]);
        })
        .then(nextTask)
        .then(function () {
          if (!current()) return null;
          var widget = glue.mount(element, makeHost(element, glue));
          if (!widget) throw new Error("the widget could not mount");
          return widget;
        })
        .then(nextTask)
        .then(function (widget) {
          if (!current()) {
            if (widget) widget.unmount();
            return;
          }
          doneLoading(element);
          // The calls made while loading decide where the widget opens, so that the
          // reader never sees another screen first.
          widget.render((element._queue || []).splice(0));
          element._widget = widget;
          element._state = "ready";
          running.push(element);
          watchPageLanguage();
        })
        .catch(function (error) {
          if (!current()) return;
          element._fail(error);
        });
    }

    // Still loading after a long while: say so, and offer to try again, which fetches
    // afresh what has not arrived. A load that arrives meanwhile still mounts.
    showSlow() {
      var element = this;
      var words = wordsOf(element);
      var box = document.createElement("div");
      box.className = "cb-fallback cb-slow";
      box.setAttribute("role", "status");
      var message = document.createElement("p");
      message.textContent = words.slow;
      var retry = document.createElement("button");
      retry.type = "button";
      retry.textContent = words.retry;
      retry.addEventListener("click", retryLoading);
      box.append(message, retry);
      element.shadowRoot.appendChild(box);
    }

    // The short message, and below it what the page put inside the element (the build's
    // fallback/<lang>.html, if the publisher pasted it), which embed.css shows again.
    showFallback(error) {
      var root = this.shadowRoot;
      var message = document.createElement("p");
      message.className = "cb-fallback";
      message.setAttribute("role", "note");
      message.textContent = wordsOf(this).fallback;
      root.replaceChildren(message, document.createElement("slot"));
      this.setAttribute("data-clearback-failed", "");
      releaseSpace(root);
      if (window.console) console.warn("Clearback could not start:", error);
    }
  }

  customElements.define(TAG, ClearbackWidget);
})();
