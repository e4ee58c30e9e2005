//! Focus that follows the reader's own moves, and never the first render: the page must
//! not scroll to the widget just because it loaded.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses `target` whenever `key` changes after the first render.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(target: NodeRef, key: K) {
    let first = use_mut_ref(|| true);
    use_effect_with(key, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Some(element) = target.cast::<HtmlElement>() {
            let _ = element.focus();
        }
    });
}
