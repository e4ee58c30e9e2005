//! The bridge to the host page: `embed.js` defines `<clearback-widget>` and, once the
//! element nears the viewport, calls [`mount`] with it. Everything that touches the host
//! element lives here; the components only see plain props and callbacks.

mod attributes;
mod events;
mod print;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use crate::content::{texts, Lang};
use crate::ui::{App, AppProps, Bridge};

/// Adds the texts of a language, as `texts-<code>.txt` holds them; the loader calls it
/// before mounting and whenever a widget asks for another language. `false` when the
/// language is unknown or the pack belongs to another build.
#[wasm_bindgen]
pub fn add_texts(code: &str, pack: String) -> bool {
    Lang::from_tag(code).is_some_and(|lang| texts::add(lang, pack).is_ok())
}

/// One mounted widget, alive until [`Widget::unmount`].
#[wasm_bindgen]
pub struct Widget {
    app: Rc<RefCell<Option<AppHandle<App>>>>,
    container: Element,
    observer: MutationObserver,
    _on_mutation: Closure<dyn FnMut()>,
}

#[wasm_bindgen]
impl Widget {
    /// Stops the app and removes what it rendered; the shadow root stays for a remount.
    pub fn unmount(self) {
        self.observer.disconnect();
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
        self.container.remove();
    }
}

/// Renders the widget into `host`'s open shadow root (created if the host has none),
/// after whatever the shadow root already holds, such as the stylesheet link.
/// `load_texts(code)` fetches and adds a language's texts, returning a promise; without
/// it only the languages already added can be shown. Nothing when the widget cannot
/// mount (the reason goes to the console); the loader then shows its message.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, load_texts: Option<js_sys::Function>) -> Option<Widget> {
    try_mount(host, load_texts)
        .map_err(|error| web_sys::console::warn_2(&"Clearback could not start:".into(), &error))
        .ok()
}

fn try_mount(host: HtmlElement, load_texts: Option<js_sys::Function>) -> Result<Widget, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = host.owner_document().ok_or("the element is not in a document")?;
    let container = document.create_element("div")?;
    container.set_class_name("cb-mount");
    root.append_child(&container)?;

    let bridge = {
        let (for_events, for_print) = (host.clone(), host.clone());
        Bridge {
            on_assessment: Callback::from(move |ids| {
                let _ = events::announce(&for_events, &ids);
            }),
            on_print: Callback::from(move |after: Callback<()>| {
                let _ = print::print(&for_print, move || after.emit(()));
            }),
            load_texts: Callback::from(move |(lang, loaded): (Lang, Callback<()>)| {
                let Some(load) = &load_texts else { return };
                let Ok(promise) = load.call1(&JsValue::NULL, &lang.code().into()) else { return };
                wasm_bindgen_futures::spawn_local(async move {
                    match JsFuture::from(js_sys::Promise::from(promise)).await {
                        Ok(_) => loaded.emit(()),
                        Err(error) => {
                            web_sys::console::warn_2(&"Clearback could not load a language:".into(), &error)
                        }
                    }
                });
            }),
        }
    };
    let props =
        move |host: &HtmlElement| AppProps { attributes: attributes::read(host), bridge: bridge.clone() };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props(&host)).render();
    let app = Rc::new(RefCell::new(Some(app)));

    // Only the props change on an attribute change, so the app keeps its state.
    let on_mutation = {
        let (host, app) = (host.clone(), app.clone());
        Closure::<dyn FnMut()>::new(move || {
            if let Some(app) = app.borrow_mut().as_mut() {
                app.update(props(&host));
            }
        })
    };
    let observer = MutationObserver::new(on_mutation.as_ref().unchecked_ref())?;
    let options = MutationObserverInit::new();
    options.set_attributes(true);
    options.set_attribute_filter(
        &attributes::OBSERVED.iter().copied().map(JsValue::from_str).collect::<js_sys::Array>(),
    );
    observer.observe_with_options(&host, &options)?;
    Ok(Widget { app, container, observer, _on_mutation: on_mutation })
}
