//! Text nodes of words that stay for the page's lifetime: a pack's texts, which are
//! loaded once and kept, and literals.

use yew::virtual_dom::{VNode, VText};
use yew::{AttrValue, Html};

/// The node keeps the reference: a `&str` child of `html!` would be copied into a new
/// string, twice, at every render, by code repeated at every place a text is shown.
#[inline(never)]
pub fn words(text: &'static str) -> Html {
    VNode::VText(VText::new(AttrValue::Static(text)))
}
