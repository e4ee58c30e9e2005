//! The publisher's configuration: a `<script type="application/json">` child of the
//! element, never executed. The browser parses the JSON (no JSON parser in the wasm) and
//! serde reads each entry into its typed form here; `engine::publisher` checks the values.
//! One entry that does not fit raises a notice naming its key, and the rest applies.

use std::collections::BTreeMap;

use serde::de::{DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use crate::engine::publisher::{Publisher, RawLink, RawPhone};

/// A value kept as the browser parsed it, read into its type once its key is known, so
/// that an error names the key.
#[derive(Deserialize)]
struct Raw(#[serde(with = "serde_wasm_bindgen::preserve")] JsValue);

/// An object's entries in the order the page wrote them, so that its notices come in
/// that order too.
struct Entries(Vec<(String, JsValue)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Entries;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some((key, Raw(value))) = map.next_entry()? {
                    entries.push((key, value));
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

/// `{ "href": "…", "label": { "<lang>": "…" } }`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkEntry {
    href: String,
    #[serde(default)]
    label: BTreeMap<String, String>,
}

/// `{ "number": "…", "label": { "<lang>": "…" } }`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhoneEntry {
    number: String,
    #[serde(default)]
    label: BTreeMap<String, String>,
}

pub fn read(host: &HtmlElement) -> Publisher {
    let mut publisher = Publisher::default();
    let Some(script) = host.query_selector(":scope > script[type='application/json']").ok().flatten() else {
        return publisher;
    };
    let text = script.text_content().unwrap_or_default();
    let Some(Entries(sections)) = js_sys::JSON::parse(&text).ok().and_then(|json| typed("JSON", json)) else {
        publisher.refuse("JSON");
        return publisher;
    };
    for (section, value) in sections {
        match section.as_str() {
            "triage" | "specialist" | "factor" => {
                for (id, entry) in entries(&mut publisher, &section, value) {
                    match typed::<LinkEntry>(&format!("{section}.{id}"), entry) {
                        Some(LinkEntry { href, label }) => publisher.add_link(
                            &section,
                            &id,
                            RawLink { href, label: label.into_iter().collect() },
                        ),
                        None => publisher.refuse(format!("{section}.{id}")),
                    }
                }
            }
            "phone" => {
                for (id, entry) in entries(&mut publisher, "phone", value) {
                    match typed::<PhoneEntry>(&format!("phone.{id}"), entry) {
                        Some(PhoneEntry { number, label }) => {
                            publisher.add_phone(&id, RawPhone { number, label: label.into_iter().collect() })
                        }
                        None => publisher.refuse(format!("phone.{id}")),
                    }
                }
            }
            "health-ids" => match typed::<bool>("health-ids", value) {
                Some(on) => publisher.health_ids = on,
                None => publisher.refuse("health-ids"),
            },
            _ => publisher.refuse(section),
        }
    }
    publisher
}

/// The entries of a section, each as the browser parsed it; none, and a notice, when the
/// section is not an object.
fn entries(publisher: &mut Publisher, section: &str, value: JsValue) -> Vec<(String, JsValue)> {
    match typed::<Entries>(section, value) {
        Some(Entries(entries)) => entries,
        None => {
            publisher.refuse(section);
            Vec::new()
        }
    }
}

/// `value` read as a `T`; what serde found wrong goes to the console for the publisher's
/// developer, beside the widget's notice naming `key`.
fn typed<T: DeserializeOwned>(key: &str, value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|error| {
            gloo_console::warn!(format!("Clearback: the setting `{key}` could not be used: {error}"))
        })
        .ok()
}
