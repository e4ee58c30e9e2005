//! Reading the element's attributes and the page language it sits in.

use web_sys::{Element, HtmlElement};

use crate::engine::settings::Attributes;

pub fn read(host: &HtmlElement) -> Attributes {
    let inherited_lang = host
        .parent_element()
        .and_then(|parent| parent.closest("[lang]").ok().flatten())
        .and_then(|ancestor: Element| ancestor.get_attribute("lang"));
    Attributes {
        lang: host.get_attribute("lang"),
        inherited_lang,
        view: host.get_attribute("view"),
        theme: host.get_attribute("theme"),
    }
}
