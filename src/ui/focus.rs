//! Effects that follow the reader's own moves and never the first render: the page must
//! not scroll to the widget, nor the view change, just because it loaded.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Calls `on_change` with `value` whenever it changes after the first render.
#[hook]
pub fn use_change<K: PartialEq + Clone + 'static>(value: K, on_change: Callback<K>) {
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |value| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            on_change.emit(value.clone());
        }
    });
}

/// Focuses `target` whenever `key` changes after the first render.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(target: NodeRef, key: K) {
    use_change(
        key,
        Callback::from(move |_| {
            if let Some(element) = target.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        }),
    );
}
