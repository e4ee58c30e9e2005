//! The events the widget dispatches on its element: their names and their details, which
//! say what happened and never what the reader answered. A triage level or a factor is
//! health information: the assessment's ids go out only when the publisher's
//! configuration says `"health-ids": true`.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::ui::HostEvent;

/// An event's `detail`, as the page reads it.
#[derive(Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Detail {
    Ready {
        view: &'static str,
    },
    Step {
        step: &'static str,
    },
    /// An assessment was shown, and nothing more without the publisher's consent.
    Shown {
        shown: bool,
    },
    Assessment {
        triage: &'static str,
        factors: Vec<&'static str>,
    },
    TimerDone {
        recipe: &'static str,
    },
}

/// The event's name after `clearback:`, and its detail.
pub fn detail(event: &HostEvent, health_ids: bool) -> (&'static str, Detail) {
    match event {
        HostEvent::Ready(view) => ("ready", Detail::Ready { view: view.id() }),
        HostEvent::Step(step) => ("step", Detail::Step { step }),
        HostEvent::Assessment(ids) if health_ids => {
            ("assessment", Detail::Assessment { triage: ids.triage.id(), factors: ids.factors.clone() })
        }
        HostEvent::Assessment(_) => ("assessment", Detail::Shown { shown: true }),
        HostEvent::TimerDone(recipe) => ("timer-done", Detail::TimerDone { recipe }),
    }
}

/// Dispatches `clearback:<name>` on the element, bubbling out of the shadow root, and
/// returns its detail, frozen so that no listener can change what the next one reads.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &Detail) -> JsValue {
    let value = serde_wasm_bindgen::to_value(detail).unwrap_or(JsValue::NULL);
    if value.is_object() {
        js_sys::Object::freeze(value.unchecked_ref::<js_sys::Object>());
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&value);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&format!("clearback:{name}"), &init) {
        // What the page's listeners throw is reported by the browser as theirs.
        let _ = host.dispatch_event(&event);
    }
    value
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::Triage;
    use crate::engine::settings::View;
    use crate::ui::AssessmentIds;

    fn json(event: &HostEvent, health_ids: bool) -> (&'static str, String) {
        let (name, detail) = detail(event, health_ids);
        (name, serde_json::to_string(&detail).unwrap())
    }

    #[test]
    fn by_default_no_detail_carries_health_information() {
        let ids = AssessmentIds { triage: Triage::Routine, factors: vec!["fungal", "sweat"] };
        assert_eq!(
            json(&HostEvent::Assessment(ids.clone()), false),
            ("assessment", r#"{"shown":true}"#.into())
        );
        assert_eq!(
            json(&HostEvent::Assessment(ids), true),
            ("assessment", r#"{"triage":"routine","factors":["fungal","sweat"]}"#.into()),
            "with the publisher's health-ids"
        );
        assert_eq!(json(&HostEvent::Ready(View::Recipes), false), ("ready", r#"{"view":"recipes"}"#.into()));
        assert_eq!(json(&HostEvent::Step("skin"), false), ("step", r#"{"step":"skin"}"#.into()));
        assert_eq!(
            json(&HostEvent::TimerDone("soda-mask"), false),
            ("timer-done", r#"{"recipe":"soda-mask"}"#.into())
        );
    }
}
