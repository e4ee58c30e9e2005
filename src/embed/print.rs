//! Printing the widget alone: the page prints whole, so a print-only stylesheet beside
//! the page's own hides all but the element marked while it prints. Closed details would
//! print empty, so they are opened for the printout. Whatever happens, the page returns to
//! normal, and a request while one is under way waits for it rather than printing twice.

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDetailsElement, HtmlElement, HtmlLinkElement};
use yew::Callback;

use super::File;

/// The page's printing, one at a time for all its widgets.
#[derive(Default)]
struct Printing {
    /// The widget about to print, and every request waiting for it.
    waiting: Option<(HtmlElement, Vec<Callback<()>>)>,
    /// The print stylesheet has loaded (one that failed is asked for again next time).
    sheet_loaded: bool,
    /// The listeners of the last stylesheet requested, dropped at the next request.
    listeners: Vec<EventListener>,
}

thread_local! {
    static PRINTING: RefCell<Printing> = RefCell::default();
}

const SHEET_ID: &str = "clearback-print-sheet";
const MARK: &str = "data-clearback-printing";

/// Prints `host`, then calls `then`. The first time, the stylesheet loads before the
/// browser's print dialog takes its snapshot of the page.
pub fn print(host: &HtmlElement, sheet: Option<&File>, then: Callback<()>) {
    let (under_way, sheet_loaded) = PRINTING.with_borrow_mut(|printing| match &mut printing.waiting {
        Some((_, waiting)) => {
            waiting.push(then);
            (true, printing.sheet_loaded)
        }
        None => {
            printing.waiting = Some((host.clone(), vec![then]));
            (false, printing.sheet_loaded)
        }
    });
    match (under_way, sheet) {
        (true, _) => {}
        (false, Some(sheet)) if !sheet_loaded => load_sheet(sheet),
        (false, _) => finish(),
    }
}

fn load_sheet(sheet: &File) {
    let document = gloo_utils::document();
    if let Some(failed) = document.get_element_by_id(SHEET_ID) {
        failed.remove();
    }
    let Some(link) = document.create_element("link").ok().and_then(|e| e.dyn_into::<HtmlLinkElement>().ok())
    else {
        return finish();
    };
    link.set_id(SHEET_ID);
    link.set_rel("stylesheet");
    link.set_media("print");
    link.set_href(&sheet.href);
    if let Some(integrity) = &sheet.integrity {
        link.set_integrity(integrity);
        link.set_cross_origin(Some("anonymous"));
    }
    let listeners = vec![
        EventListener::once(&link, "load", |_| {
            PRINTING.with_borrow_mut(|printing| printing.sheet_loaded = true);
            finish();
        }),
        EventListener::once(&link, "error", |_| finish()),
    ];
    // Those of a sheet asked for before are removed outside the borrow: removing calls out
    // to the page.
    let earlier = PRINTING.with_borrow_mut(|printing| std::mem::replace(&mut printing.listeners, listeners));
    drop(earlier);
    if gloo_utils::head().append_child(&link).is_err() {
        finish();
    }
}

/// Prints the waiting widget, puts the page back, and answers every request that waited.
fn finish() {
    let Some((host, waiting)) = PRINTING.with_borrow_mut(|printing| printing.waiting.take()) else { return };
    let closed: Vec<HtmlDetailsElement> = host
        .shadow_root()
        .and_then(|root| root.query_selector_all("details:not([open])").ok())
        .map(|list| (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect())
        .unwrap_or_default();
    for details in &closed {
        details.set_open(true);
    }
    let _ = host.set_attribute(MARK, "");
    if let Err(error) = gloo_utils::window().print() {
        gloo_console::warn!("Clearback could not print:", error);
    }
    let _ = host.remove_attribute(MARK);
    for details in &closed {
        details.set_open(false);
    }
    for then in waiting {
        then.emit(());
    }
}
