//! The publisher's configuration: a `<script type="application/json">` child of the
//! element, never executed. The browser parses the JSON (no JSON parser in the wasm);
//! each entry is read into its typed form here and checked by `engine::publisher`, so that
//! one bad entry raises a notice naming its key and the rest applies. (Reading the few
//! fields by hand costs a fraction of what serde-wasm-bindgen's deserializer adds to the
//! wasm: 16 KB brotli, measured.)

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use crate::engine::publisher::{Publisher, RawLink, RawPhone};

pub fn read(host: &HtmlElement) -> Publisher {
    let mut publisher = Publisher::default();
    let Some(script) = host.query_selector(":scope > script[type='application/json']").ok().flatten() else {
        return publisher;
    };
    let text = script.text_content().unwrap_or_default();
    let Ok(value) = js_sys::JSON::parse(&text) else {
        publisher.refuse("JSON");
        return publisher;
    };
    let Some(sections) = object(&value) else {
        publisher.refuse("JSON");
        return publisher;
    };
    for (section, value) in sections {
        match section.as_str() {
            "triage" | "specialist" | "factor" => {
                each(&mut publisher, &section, &value, |p, id, entry| match fields(&entry, "href") {
                    Some((href, label)) => p.add_link(&section, id, RawLink { href, label }),
                    None => p.refuse(format!("{section}.{id}")),
                })
            }
            "phone" => each(&mut publisher, "phone", &value, |p, id, entry| match fields(&entry, "number") {
                Some((number, label)) => p.add_phone(id, RawPhone { number, label }),
                None => p.refuse(format!("phone.{id}")),
            }),
            "health-ids" => match value.as_bool() {
                Some(on) => publisher.health_ids = on,
                None => publisher.refuse("health-ids"),
            },
            _ => publisher.refuse(section),
        }
    }
    publisher
}

/// The entries of a JSON object, in the order written; `None` for anything else.
fn object(value: &JsValue) -> Option<Vec<(String, JsValue)>> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return None;
    }
    let entries = js_sys::Object::entries(value.unchecked_ref());
    Some(
        entries
            .iter()
            .filter_map(|pair| {
                let pair: js_sys::Array = pair.dyn_into().ok()?;
                Some((pair.get(0).as_string()?, pair.get(1)))
            })
            .collect(),
    )
}

/// `{ "<main>": "…", "label": { "<lang>": "…" } }` and nothing else: the main field and
/// the labels; `None` when a field is missing, unknown or not text.
fn fields(entry: &JsValue, main: &str) -> Option<(String, Vec<(String, String)>)> {
    let mut value = None;
    let mut labels = Vec::new();
    for (key, field) in object(entry)? {
        match key.as_str() {
            "label" => {
                for (lang, text) in object(&field)? {
                    labels.push((lang, text.as_string()?));
                }
            }
            k if k == main => value = Some(field.as_string()?),
            _ => return None,
        }
    }
    Some((value?, labels))
}

fn each(
    publisher: &mut Publisher,
    section: &str,
    value: &JsValue,
    mut add: impl FnMut(&mut Publisher, &str, JsValue),
) {
    match object(value) {
        Some(entries) => entries.into_iter().for_each(|(id, entry)| add(publisher, &id, entry)),
        None => publisher.refuse(section),
    }
}
