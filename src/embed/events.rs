//! The `clearback:assessment` event on the host element: ids only, so a publisher can
//! count use without ever receiving health data.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::ui::AssessmentIds;

pub const ASSESSMENT_EVENT: &str = "clearback:assessment";

pub fn announce(host: &HtmlElement, ids: &AssessmentIds) -> Result<(), JsValue> {
    let detail = js_sys::Object::new();
    js_sys::Reflect::set(&detail, &"triage".into(), &ids.triage.into())?;
    let factors: js_sys::Array = ids.factors.iter().map(|f| JsValue::from_str(f)).collect();
    js_sys::Reflect::set(&detail, &"factors".into(), &factors)?;
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    let event = CustomEvent::new_with_event_init_dict(ASSESSMENT_EVENT, &init)?;
    host.dispatch_event(&event)?;
    Ok(())
}
