//! Reading the element's attributes and the page language it sits in.

use web_sys::{Element, HtmlElement};

use crate::engine::settings::Attributes;

/// Which widget of the page this is, for its stored answers: its `id`, else its place
/// among the page's widgets (`0` for the first, whose key has no suffix), so that several
/// widgets on one page keep their own answers across a reload.
pub fn instance(host: &HtmlElement) -> String {
    let id = host.id();
    if !id.is_empty() {
        return format!("#{id}");
    }
    let Ok(all) = gloo_utils::document().query_selector_all("clearback-widget") else {
        return String::new();
    };
    let place = (0..all.length()).find(|&i| all.item(i).is_some_and(|e| e == ***host)).unwrap_or(0);
    if place == 0 {
        String::new()
    } else {
        place.to_string()
    }
}

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
