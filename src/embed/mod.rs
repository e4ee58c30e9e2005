//! The bridge to the host page. `embed.js` defines `<clearback-widget>`, reserves its space
//! and, once the element nears the viewport, fetches the widget's files, adds the texts of
//! its language ([`add_texts`]) and calls [`mount`] with the element, the loader's own
//! services ([`Loader`]) and the names of the files the widget may still need. From there
//! the wasm owns the element: it renders into its shadow root, follows its attributes and
//! the page's language (`watch`), tells the page what happened (`events`), and prints,
//! copies, keeps the screen on and sounds the timer (`page`, and a module for each).

mod attributes;
mod chime;
mod clipboard;
mod config;
mod events;
mod page;
mod print;
mod wake_lock;
mod warm;
mod watch;

use std::cell::RefCell;
use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::browser::{Browser, Device};
use crate::content::{texts, Lang};
use crate::engine::publisher::Publisher;
use crate::engine::settings::View;
use crate::ui::{App, AppProps, Bridge, Command, Opening, Shared};
use page::Page;
use watch::Watch;

#[wasm_bindgen]
extern "C" {
    /// What only the loader can do for a mounted widget, as the one that fetched its files
    /// and reserved its space (`loader` in `www/embed.js`).
    pub type Loader;

    /// Fetches the texts of a language and adds them, then calls `done` once with whether
    /// it could.
    #[wasm_bindgen(method, js_name = loadTexts)]
    fn load_texts(this: &Loader, code: &str, done: JsValue);

    /// Gives up the space reserved for the first screen: the widget sizes itself.
    #[wasm_bindgen(method, js_name = releaseSpace)]
    fn release_space(this: &Loader);
}

/// The files of the build the widget may fetch after mounting, by their hashed names.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Files {
    /// The stylesheet that hides the rest of the page while the widget prints.
    pub print_sheet: Option<File>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct File {
    pub href: String,
    /// Its Subresource Integrity hash.
    pub integrity: Option<String>,
}

// Yew's panic hook must be `Send + Sync`, which a JS function is not: the handler waits
// here instead of in the hook.
thread_local! {
    static ON_PANIC: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Calls `handler(message)` when Rust panics, before the wasm stops: the loader replaces
/// every widget on the page with its message, since the instance they share cannot go on,
/// and keeps the failure out of the host page's errors.
#[wasm_bindgen(js_name = onPanic)]
pub fn on_panic(handler: js_sys::Function) {
    ON_PANIC.with(|slot| *slot.borrow_mut() = Some(handler));
    // Through Yew, which otherwise puts its own hook in place at the first mount.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = JsValue::from_str(&info.to_string());
        ON_PANIC.with(|slot| {
            if let Ok(slot) = slot.try_borrow() {
                if let Some(handler) = slot.as_ref() {
                    let _ = handler.call1(&JsValue::NULL, &message);
                }
            }
        });
    }));
}

/// Runs stage `stage` of the widget's code on nothing the page shows, in the language
/// `lang` (whose texts are added), so that it is compiled before a reader needs it; the
/// loader calls it while the page is idle, a stage a task. Whether more stages remain.
#[wasm_bindgen]
pub fn warm(stage: u32, lang: &str) -> bool {
    Lang::from_tag(lang).is_some_and(|lang| warm::warm(stage, lang))
}

/// Panics on purpose, so that the tests can show what a panic does to the page (nothing
/// but the widget's message).
#[wasm_bindgen(js_name = testPanic)]
pub fn test_panic() {
    panic!("the test-only export panics on purpose");
}

/// Adds the texts of a language, the array of strings `texts-<code>.json` holds; the
/// loader calls it before mounting and whenever a widget asks for another language.
/// `false` when the language is unknown or the pack is not one of this build's.
#[wasm_bindgen]
pub fn add_texts(code: &str, pack: JsValue) -> bool {
    let Some(lang) = Lang::from_tag(code) else { return false };
    serde_wasm_bindgen::from_value(pack).is_ok_and(|texts| texts::add(lang, texts).is_ok())
}

/// One mounted widget, alive until [`Widget::unmount`]; it shows nothing until
/// [`Widget::render`].
#[wasm_bindgen]
pub struct Widget {
    mounted: Rc<RefCell<Mounted>>,
    page: Rc<Page>,
    /// Follows the attributes and the page's language while the widget lives.
    _watch: Watch,
}

/// What a widget's app is made from; the attributes are read again at every update.
struct Mounted {
    app: Option<AppHandle<App>>,
    host: HtmlElement,
    container: Element,
    bridge: Bridge,
    device: Shared<dyn Device>,
    publisher: Rc<Publisher>,
    session_key: Rc<str>,
    /// The page's last call, with a count, so that the app carries out each once.
    command: (u32, Option<Command>),
}

impl Mounted {
    fn props(&self, opening: Opening) -> AppProps {
        AppProps {
            device: self.device.clone(),
            attributes: attributes::read(&self.host),
            bridge: self.bridge.clone(),
            command: self.command,
            publisher: self.publisher.clone(),
            session_key: self.session_key.clone(),
            opening,
        }
    }

    /// Re-reads the attributes and the page language: only the props change, so the
    /// reader's answers and place are kept.
    fn update(&mut self) {
        let props = self.props(Opening::default());
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }

    fn send(&mut self, command: Command) {
        self.command = (self.command.0 + 1, Some(command));
        self.update();
    }
}

/// A page's call made before the widget loaded: `["restart"]` or `["show", view]`.
#[derive(Deserialize)]
struct Call(String, #[serde(default)] Option<String>);

#[wasm_bindgen]
impl Widget {
    /// Renders the first screen. `calls` are the page's `show()` and `restart()` calls made
    /// before the widget loaded, in order: the widget opens where they lead. The loader
    /// calls it in a task after [`mount`]'s, so that the first render and the compiling it
    /// causes are a task of their own.
    pub fn render(&mut self, calls: JsValue) {
        let calls: Vec<Call> = serde_wasm_bindgen::from_value(calls).unwrap_or_default();
        let mut mounted = self.mounted.borrow_mut();
        if mounted.app.is_none() {
            let props = mounted.props(opening(&calls));
            let app = yew::Renderer::<App>::with_root_and_props(mounted.container.clone(), props).render();
            mounted.app = Some(app);
        }
    }

    /// The element's `restart()`: a fresh checker, and no assessment until one is shown.
    pub fn restart(&mut self) {
        self.page.forget_assessment();
        self.mounted.borrow_mut().send(Command::Restart);
    }

    /// The element's `show(view)`; `false` for a view the widget does not have.
    pub fn show(&mut self, view: &str) -> bool {
        let Some(view) = View::from_id(view) else { return false };
        self.mounted.borrow_mut().send(Command::Show(view));
        true
    }

    /// The element's `assessment`: `null` until one is shown, then its event's detail.
    #[wasm_bindgen(getter)]
    pub fn assessment(&self) -> JsValue {
        self.page.assessment()
    }

    /// Stops the app, lets the screen sleep and removes what it rendered; the shadow root
    /// stays for a remount.
    pub fn unmount(self) {
        let mounted = self.mounted.borrow_mut().app.take();
        if let Some(app) = mounted {
            app.destroy();
        }
        self.page.leave();
        self.mounted.borrow().container.remove();
    }
}

/// Folds the calls as they would have run one after another; an unknown view changes
/// nothing, as it would have after loading.
fn opening(calls: &[Call]) -> Opening {
    let mut opening = Opening::default();
    for Call(name, value) in calls {
        match (name.as_str(), value.as_deref()) {
            ("restart", _) => opening = Opening { fresh: true, view: Some(View::Checker) },
            ("show", value) => match value.and_then(View::from_id) {
                Some(view) => opening.view = Some(view),
                None => gloo_console::warn!("Clearback has no view", value.unwrap_or_default()),
            },
            _ => {}
        }
    }
    opening
}

/// Makes the widget's place in `host`'s open shadow root (created if the host has none),
/// after whatever the shadow root already holds, such as the stylesheet link, reads the
/// publisher's configuration and starts following the attributes; [`Widget::render`]
/// shows it. Without a `loader` (the browser tests) only the languages already added can
/// be shown. Nothing when the widget cannot mount (the reason goes to the console); the
/// loader then shows its message.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, loader: Option<Loader>, files: JsValue) -> Option<Widget> {
    try_mount(host, loader, files)
        .map_err(|error| gloo_console::warn!("Clearback could not start:", error))
        .ok()
}

fn try_mount(host: HtmlElement, loader: Option<Loader>, files: JsValue) -> Result<Widget, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let container = gloo_utils::document().create_element("div")?;
    container.set_class_name("cb-mount");
    root.append_child(&container)?;
    let files: Files = serde_wasm_bindgen::from_value(files).unwrap_or_default();
    let publisher = Rc::new(config::read(&host));
    let page = Rc::new(Page::new(host.clone(), loader, publisher.health_ids, files));
    let session_key: Rc<str> = crate::browser::storage::session_key(&attributes::instance(&host)).into();
    let mounted = Rc::new(RefCell::new(Mounted {
        app: None,
        host: host.clone(),
        container,
        bridge: Shared(page.clone()),
        device: Shared(Rc::new(Browser)),
        publisher,
        session_key,
        command: (0, None),
    }));
    let following = Rc::downgrade(&mounted);
    let watch = Watch::new(&host, move || {
        // A change while the widget itself is busy is read at its next update.
        if let Some(mounted) = following.upgrade() {
            if let Ok(mut mounted) = mounted.try_borrow_mut() {
                mounted.update();
            }
        }
    })?;
    Ok(Widget { mounted, page, _watch: watch })
}
