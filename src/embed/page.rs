//! The host page's services to one widget (the interface's `Services`): its events on the
//! element, printing, copying, the screen kept on, the timer's chime, and, through the
//! loader, another language's texts and the end of the space reserved for it.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::Callback;

use super::{chime, clipboard, events, print, wake_lock, Files, Loader};
use crate::content::Lang;
use crate::ui::{HostEvent, Services};

pub struct Page {
    host: HtmlElement,
    /// Absent in the browser tests, which mount without the loader.
    loader: Option<Loader>,
    /// The publisher allows health information in the events.
    health_ids: bool,
    files: Files,
    /// The detail of the last `clearback:assessment`, which the element's `assessment`
    /// returns.
    assessment: RefCell<JsValue>,
    /// This widget's number among the page's, for the lock that keeps the screen on.
    number: u32,
}

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

impl Page {
    pub fn new(host: HtmlElement, loader: Option<Loader>, health_ids: bool, files: Files) -> Page {
        let number = MOUNTED.replace(MOUNTED.get() + 1);
        Page { host, loader, health_ids, files, assessment: RefCell::new(JsValue::NULL), number }
    }

    pub fn assessment(&self) -> JsValue {
        self.assessment.borrow().clone()
    }

    pub fn forget_assessment(&self) {
        self.assessment.replace(JsValue::NULL);
    }

    /// The widget is gone: it no longer wants the screen on.
    pub fn leave(&self) {
        wake_lock::want(self.number, false);
    }
}

/// A function for the loader to call once, with whether what it was asked to do
/// succeeded; freed once called.
fn once(then: impl FnOnce(bool) + 'static) -> JsValue {
    Closure::once_into_js(move |ok: JsValue| then(ok.is_truthy()))
}

impl Services for Page {
    fn event(&self, event: HostEvent) {
        let (name, detail) = events::detail(&event, self.health_ids);
        let value = events::dispatch(&self.host, name, &detail);
        if let HostEvent::Assessment(_) = event {
            self.assessment.replace(value);
        }
    }

    fn print(&self, then: Callback<()>) {
        print::print(&self.host, self.files.print_sheet.as_ref(), then);
    }

    fn copy(&self, text: &str, then: Callback<bool>) {
        clipboard::copy(text, then);
    }

    fn load_texts(&self, lang: Lang, then: Callback<()>) {
        let Some(loader) = &self.loader else { return };
        let loaded = once(move |ok| match ok {
            true => then.emit(()),
            false => gloo_console::warn!("Clearback could not load a language"),
        });
        loader.load_texts(lang.code(), loaded);
    }

    fn release_space(&self) {
        if let Some(loader) = &self.loader {
            loader.release_space();
        }
    }

    fn keep_awake(&self, on: bool) {
        wake_lock::want(self.number, on);
    }

    fn time_up(&self, sound: bool) {
        chime::time_up(sound);
    }
}
