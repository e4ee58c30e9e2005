//! Helpers for the browser tests: hosts on a fresh page region, and waiting for renders.

use clearback::embed::{mount, Loader, Widget};
use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, EventTarget, HtmlElement};

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new host element with `attributes`, mounted, inside a wrapper with `wrapper_attributes`.
pub fn mount_host_in(
    wrapper_attributes: &[(&str, &str)],
    attributes: &[(&str, &str)],
) -> (HtmlElement, Widget) {
    mount_host_after(wrapper_attributes, attributes, &[])
}

/// As [`mount_host_in`], with the page's `[name, value]` calls made before it loaded.
pub fn mount_host_after(
    wrapper_attributes: &[(&str, &str)],
    attributes: &[(&str, &str)],
    calls: &[(&str, &str)],
) -> (HtmlElement, Widget) {
    let host = host_element(wrapper_attributes, attributes);
    let widget = mount_on(&host, calls);
    (host, widget)
}

/// A new host element with `attributes` on the page, inside a wrapper with
/// `wrapper_attributes`, not yet mounted.
pub fn host_element(wrapper_attributes: &[(&str, &str)], attributes: &[(&str, &str)]) -> HtmlElement {
    let wrapper = document().create_element("div").unwrap();
    for (name, value) in wrapper_attributes {
        wrapper.set_attribute(name, value).unwrap();
    }
    let host: HtmlElement = document().create_element("clearback-widget").unwrap().unchecked_into();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    wrapper.append_child(&host).unwrap();
    document().body().unwrap().append_child(&wrapper).unwrap();
    host
}

/// Mounts the widget on `host` and renders it, with the page's `[name, value]` calls made
/// before it loaded.
pub fn mount_on(host: &HtmlElement, calls: &[(&str, &str)]) -> Widget {
    let queued: js_sys::Array =
        calls.iter().map(|(name, value)| js_sys::Array::of2(&(*name).into(), &(*value).into())).collect();
    let mut widget = mount(host.clone(), Some(test_loader()), JsValue::UNDEFINED).expect("mounts");
    widget.render(queued.into());
    widget
}

// The loader's services, as far as these tests need them: the languages are built in.
#[wasm_bindgen(inline_js = "export function test_loader() {
  return { loadTexts: (code, done) => done(true), releaseSpace: () => {} };
}")]
extern "C" {
    fn test_loader() -> Loader;
}

pub fn mount_host(attributes: &[(&str, &str)]) -> (HtmlElement, Widget) {
    mount_host_in(&[], attributes)
}

/// Waits for a macrotask: a poll of [`wait_for`], never a wait for the widget.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits until `done` holds, for up to two seconds.
pub async fn wait_for(done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        next_task().await;
    }
}

/// Counts the events of one name on a target while it lives: the signal that the widget
/// has done what a test then checks the absence of something after.
pub struct Heard {
    target: EventTarget,
    name: &'static str,
    count: Rc<Cell<u32>>,
    listener: Closure<dyn FnMut()>,
}

impl Heard {
    pub fn on(target: &EventTarget, name: &'static str) -> Heard {
        let count = Rc::new(Cell::new(0));
        let listener = {
            let count = count.clone();
            Closure::<dyn FnMut()>::new(move || count.set(count.get() + 1))
        };
        target.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
        Heard { target: target.clone(), name, count, listener }
    }

    pub fn count(&self) -> u32 {
        self.count.get()
    }
}

impl Drop for Heard {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.name, self.listener.as_ref().unchecked_ref());
    }
}

/// Asserts `check` once it holds or two seconds have passed: renders after an action take
/// a few tasks, more on a loaded machine, so a fixed wait would be flaky.
pub async fn eventually(what: &str, check: impl Fn() -> bool) {
    wait_for(&check).await;
    assert!(check(), "{what}");
}

/// Whether the tab of `view` is the selected one.
pub fn selected(host: &HtmlElement, view: &str) -> bool {
    host.shadow_root()
        .and_then(|root| root.query_selector(&format!("[data-view='{view}']")).ok().flatten())
        .and_then(|tab| tab.get_attribute("aria-selected"))
        .as_deref()
        == Some("true")
}

/// The text of `selector`, or empty when it is not (yet) there.
pub fn text_or_empty(host: &HtmlElement, selector: &str) -> String {
    host.shadow_root()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The element matching `selector` in the host's shadow root.
pub fn find(host: &HtmlElement, selector: &str) -> HtmlElement {
    let root = host.shadow_root().expect("mounted");
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the widget"))
        .unchecked_into()
}

pub fn text_of(host: &HtmlElement, selector: &str) -> String {
    let element: Element = find(host, selector).unchecked_into();
    element.text_content().unwrap_or_default().trim().to_owned()
}
