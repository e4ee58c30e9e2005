//! Printing the result alone. The host page would print whole, so while printing a
//! print-only stylesheet beside the widget's own (`clearback-print.css`) hides everything
//! but the element marked `data-clearback-printing`.

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, HtmlLinkElement};

const MARK: &str = "data-clearback-printing";
const SHEET_ID: &str = "clearback-print-sheet";

/// Prints, then calls `after` (at once when the print sheet is loaded already, else once
/// it has loaded).
pub fn print(host: &HtmlElement, after: impl FnOnce() + 'static) -> Result<(), JsValue> {
    let document = host.owner_document().ok_or("no document")?;
    let root = host.shadow_root().ok_or("no shadow root")?;
    let own_sheet =
        root.query_selector("link[rel=stylesheet]")?.and_then(|l| l.dyn_into::<HtmlLinkElement>().ok());
    let sheet = match (document.get_element_by_id(SHEET_ID), own_sheet) {
        (Some(sheet), _) => Some(sheet),
        (None, Some(own)) => {
            let link: HtmlLinkElement = document.create_element("link")?.unchecked_into();
            link.set_id(SHEET_ID);
            link.set_rel("stylesheet");
            link.set_media("print");
            link.set_href(&own.href().replace("clearback.css", "clearback-print.css"));
            document.head().ok_or("no head")?.append_child(&link)?;
            Some(link.unchecked_into())
        }
        (None, None) => None,
    };
    let host = host.clone();
    let run = move || {
        let _ = print_now(&host);
        after();
    };
    match sheet.and_then(|s| s.dyn_into::<HtmlLinkElement>().ok()).filter(|l| l.sheet().is_none()) {
        // The first time, the sheet must load before the dialog snapshots the page.
        Some(loading) => {
            let done = Closure::once_into_js(run);
            loading.set_onload(Some(done.unchecked_ref()));
        }
        None => run(),
    }
    Ok(())
}

fn print_now(host: &HtmlElement) -> Result<(), JsValue> {
    let root = host.shadow_root().ok_or("no shadow root")?;
    // Closed details would print empty; open them for the printout only.
    let closed = root.query_selector_all("details:not([open])")?;
    let closed: Vec<Element> = (0..closed.length()).filter_map(|i| closed.item(i)?.dyn_into().ok()).collect();
    for details in &closed {
        details.set_attribute("open", "")?;
    }
    host.set_attribute(MARK, "")?;
    let printed = web_sys::window().ok_or("no window")?.print();
    host.remove_attribute(MARK)?;
    for details in &closed {
        details.remove_attribute("open")?;
    }
    printed
}
