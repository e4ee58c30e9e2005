//! Copying the result's summary for the reader's doctor.

use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Puts `text` on the clipboard, then calls `then` with whether it could: not at all
/// where the page is not a secure context, which has no clipboard.
pub fn copy(text: &str, then: Callback<bool>) {
    let navigator = gloo_utils::window().navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !available {
        return then.emit(false);
    }
    let written = JsFuture::from(navigator.clipboard().write_text(text));
    wasm_bindgen_futures::spawn_local(async move { then.emit(written.await.is_ok()) });
}
