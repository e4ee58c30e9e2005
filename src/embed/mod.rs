//! The bridge to the host page: `embed.js` defines `<clearback-widget>` and, once the
//! element nears the viewport, calls [`mount`] with it and with the [`Host`] services it
//! provides. The loader observes the element's attributes and the page's language and
//! calls [`Widget::update`]; it also prints, copies and dispatches the events, which take
//! a few lines of script where Rust would need bindings for each browser API. The
//! components only see plain props and callbacks.

mod attributes;
mod config;
mod events;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use std::rc::Rc;

use crate::content::{texts, Lang};
use crate::engine::publisher::Publisher;
use crate::engine::settings::View;
use crate::ui::{App, AppProps, Bridge, Command, HostEvent, Opening, Services};

#[wasm_bindgen]
extern "C" {
    /// What the loader offers a mounted widget (see `makeHost` in `www/embed.js`).
    pub type Host;

    /// Fetches and adds the texts of a language, then calls `done` once with whether it
    /// could.
    #[wasm_bindgen(method, js_name = loadTexts)]
    fn load_texts(this: &Host, code: &str, done: JsValue);

    /// Prints the widget alone, then calls `done` once the page is back to normal.
    #[wasm_bindgen(method)]
    fn print(this: &Host, done: JsValue);

    /// Puts `text` on the clipboard, then calls `done` once with whether it could.
    #[wasm_bindgen(method)]
    fn copy(this: &Host, text: &str, done: JsValue);

    /// Dispatches `clearback:<name>` on the element, with `detail` (JSON) as its detail.
    #[wasm_bindgen(method)]
    fn emit(this: &Host, name: &str, detail: &str);

    /// Gives up the space reserved for the first screen: the widget sizes itself.
    #[wasm_bindgen(method, js_name = releaseSpace)]
    fn release_space(this: &Host);

    /// Keeps the screen on, where the browser allows it, or lets it sleep again.
    #[wasm_bindgen(method, js_name = keepAwake)]
    fn keep_awake(this: &Host, on: bool);

    /// A timer's time is up: a short vibration, and a chime when `sound`.
    #[wasm_bindgen(method, js_name = timeUp)]
    fn time_up(this: &Host, sound: bool);
}

// Yew's panic hook must be `Send + Sync`, which a JS function is not: the handler waits
// here instead of in the hook.
thread_local! {
    static ON_PANIC: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
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

/// Panics on purpose, so that the tests can show what a panic does to the page (nothing
/// but the widget's message).
#[wasm_bindgen(js_name = testPanic)]
pub fn test_panic() {
    panic!("the test-only export panics on purpose");
}

/// Adds the texts of a language, as `texts-<code>.txt` holds them; the loader calls it
/// before mounting and whenever a widget asks for another language. `false` when the
/// language is unknown or the pack belongs to another build.
#[wasm_bindgen]
pub fn add_texts(code: &str, pack: String) -> bool {
    Lang::from_tag(code).is_some_and(|lang| texts::add(lang, pack).is_ok())
}

/// One mounted widget, alive until [`Widget::unmount`]; it shows nothing until
/// [`Widget::render`].
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    host: HtmlElement,
    bridge: Bridge,
    publisher: Rc<Publisher>,
    session_key: Rc<str>,
    command: (u32, Option<Command>),
    container: Element,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the first screen. `calls` are the page's `show()` and `restart()` calls
    /// made before the widget loaded, as `[name, value]` pairs in order: the widget opens
    /// where they lead. The loader calls it in a task after [`mount`]'s, so that the
    /// first render and the compiling it causes are a task of their own.
    pub fn render(&mut self, calls: js_sys::Array) {
        if self.app.is_none() {
            let props = AppProps { opening: opening(&calls), ..self.props() };
            self.app =
                Some(yew::Renderer::<App>::with_root_and_props(self.container.clone(), props).render());
        }
    }

    /// Re-reads the attributes and the page language: only the props change, so the
    /// reader's answers and place are kept.
    pub fn update(&mut self) {
        let props = self.props();
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }

    /// The element's `restart()`: a fresh checker.
    pub fn restart(&mut self) {
        self.send(Command::Restart);
    }

    /// The element's `show(view)`; `false` for a view the widget does not have.
    pub fn show(&mut self, view: &str) -> bool {
        let Some(view) = View::ALL.into_iter().find(|v| v.id() == view) else { return false };
        self.send(Command::Show(view));
        true
    }

    fn send(&mut self, command: Command) {
        self.command = (self.command.0 + 1, Some(command));
        self.update();
    }

    fn props(&self) -> AppProps {
        AppProps {
            attributes: attributes::read(&self.host),
            bridge: self.bridge.clone(),
            command: self.command,
            publisher: self.publisher.clone(),
            session_key: self.session_key.clone(),
            opening: Opening::default(),
        }
    }

    /// Stops the app and removes what it rendered; the shadow root stays for a remount.
    pub fn unmount(self) {
        if let Some(app) = self.app {
            app.destroy();
        }
        self.container.remove();
    }
}

/// Makes the widget's place in `host`'s open shadow root (created if the host has none),
/// after whatever the shadow root already holds, such as the stylesheet link, and reads
/// the publisher's configuration; [`Widget::render`] shows it. Without `services` (the
/// browser tests) only the languages already added can be shown, and printing, copying
/// and the events do nothing. Nothing when the widget cannot mount (the reason goes to
/// the console); the loader then shows its message.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, services: Option<Host>) -> Option<Widget> {
    try_mount(host, services)
        .map_err(|error| web_sys::console::warn_2(&"Clearback could not start:".into(), &error))
        .ok()
}

/// Folds the calls as they would have run one after another; an unknown view changes
/// nothing, as it would have after loading.
fn opening(calls: &js_sys::Array) -> Opening {
    let mut opening = Opening::default();
    for call in calls.iter() {
        let call = js_sys::Array::from(&call);
        let (name, value) = (call.get(0).as_string(), call.get(1).as_string().unwrap_or_default());
        match name.as_deref() {
            Some("restart") => opening = Opening { fresh: true, view: Some(View::Checker) },
            Some("show") => match View::ALL.into_iter().find(|v| v.id() == value) {
                Some(view) => opening.view = Some(view),
                None => web_sys::console::warn_2(&"Clearback has no view".into(), &value.into()),
            },
            _ => {}
        }
    }
    opening
}

fn try_mount(host: HtmlElement, services: Option<Host>) -> Result<Widget, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = host.owner_document().ok_or("the element is not in a document")?;
    let container = document.create_element("div")?;
    container.set_class_name("cb-mount");
    root.append_child(&container)?;
    let publisher = Rc::new(config::read(&host));
    let bridge = Bridge(Rc::new(Loader { host: services, health_ids: publisher.health_ids }));
    let session_key: Rc<str> = crate::browser::storage::session_key(&attributes::instance(&host)).into();
    Ok(Widget { app: None, host, bridge, publisher, session_key, command: (0, None), container })
}

/// A function for the loader to call once, with whether what it was asked to do
/// succeeded; freed once called.
fn once(then: impl FnOnce(bool) + 'static) -> JsValue {
    Closure::once_into_js(move |ok: JsValue| then(ok.is_truthy()))
}

/// The loader's services to one widget; without them (the browser tests) printing,
/// copying and the events do nothing, and only the languages already added are shown.
struct Loader {
    host: Option<Host>,
    /// The publisher allows health information in the events.
    health_ids: bool,
}

impl Services for Loader {
    fn event(&self, event: HostEvent) {
        if let Some(host) = &self.host {
            let (name, detail) = events::detail(&event, self.health_ids);
            host.emit(name, &detail);
        }
    }

    fn print(&self, then: Callback<()>) {
        match &self.host {
            Some(host) => host.print(once(move |_| then.emit(()))),
            None => then.emit(()),
        }
    }

    fn copy(&self, text: &str, then: Callback<bool>) {
        match &self.host {
            Some(host) => host.copy(text, once(move |ok| then.emit(ok))),
            None => then.emit(false),
        }
    }

    fn load_texts(&self, lang: Lang, then: Callback<()>) {
        let Some(host) = &self.host else { return };
        let loaded = once(move |ok| match ok {
            true => then.emit(()),
            false => web_sys::console::warn_1(&"Clearback could not load a language".into()),
        });
        host.load_texts(lang.code(), loaded);
    }

    fn release_space(&self) {
        if let Some(host) = &self.host {
            host.release_space();
        }
    }

    fn keep_awake(&self, on: bool) {
        if let Some(host) = &self.host {
            host.keep_awake(on);
        }
    }

    fn time_up(&self, sound: bool) {
        if let Some(host) = &self.host {
            host.time_up(sound);
        }
    }
}
