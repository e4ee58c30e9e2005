//! Following what the page changes after mounting: the element's `lang`, `view` and
//! `theme` attributes, and any `lang` above it, which decide the widget's language, first
//! view and theme. One observer per widget, disconnected when it unmounts.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, MutationObserver, MutationObserverInit};

/// Calls its handler after each batch of such changes, until dropped.
pub struct Watch {
    observer: MutationObserver,
    _handler: Closure<dyn FnMut(js_sys::Array, MutationObserver)>,
}

impl Watch {
    pub fn new(host: &HtmlElement, changed: impl Fn() + 'static) -> Result<Watch, JsValue> {
        let handler = Closure::<dyn FnMut(_, _)>::new(move |_: js_sys::Array, _: MutationObserver| changed());
        let observer = MutationObserver::new(handler.as_ref().unchecked_ref())?;
        let filter = |names: &[&str]| names.iter().map(|n| JsValue::from_str(n)).collect::<js_sys::Array>();
        let own = MutationObserverInit::new();
        own.set_attribute_filter(&filter(&["lang", "view", "theme"]));
        observer.observe_with_options(host, &own)?;
        // The page's language can change on any element above the widget.
        let page = MutationObserverInit::new();
        page.set_attribute_filter(&filter(&["lang"]));
        page.set_subtree(true);
        observer.observe_with_options(&gloo_utils::document_element(), &page)?;
        Ok(Watch { observer, _handler: handler })
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
