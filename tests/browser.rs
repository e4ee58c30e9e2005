//! The widget in a real browser (headless Chromium through wasm-bindgen-test): mounting
//! into shadow roots, independence of instances, attribute and page-language changes.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{eventually, find, mount_host, selected, text_of, text_or_empty, wait_for, Heard};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn mounts_into_an_open_shadow_root_and_not_the_light_dom() {
    let (host, _widget) = mount_host(&[]);
    eventually("rendered", || selected(&host, "checker")).await;
    let root = host.shadow_root().expect("an open shadow root");
    assert!(root.query_selector("[data-view='checker']").unwrap().is_some());
    assert!(
        host.query_selector("[data-view]").unwrap().is_none(),
        "nothing rendered outside the shadow root"
    );
    assert_eq!(find(&host, "[data-view='checker']").get_attribute("aria-selected").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn two_instances_keep_their_own_state() {
    let (first, _a) = mount_host(&[]);
    let (second, _b) = mount_host(&[]);
    eventually("both rendered", || selected(&first, "checker") && selected(&second, "checker")).await;
    find(&first, "[data-view='recipes']").click();
    eventually("the first switched", || selected(&first, "recipes")).await;
    // The second has handled a move of its own since, and is still where it was.
    find(&second, "[data-action='next']").click();
    eventually("the second moved on", || !text_or_empty(&second, "[data-question='look']").is_empty()).await;
    assert!(selected(&second, "checker"), "the second did not switch");
    assert!(!text_or_empty(&first, ".cb-guide").is_empty(), "the first kept its own view");
    web_sys::window().unwrap().session_storage().unwrap().unwrap().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_lang_change_rerenders_and_keeps_the_readers_place() {
    let (host, _widget) = mount_host(&[]);
    eventually("rendered", || selected(&host, "checker")).await;
    assert_eq!(text_of(&host, "[data-view='checker']"), "Symptom checker");
    find(&host, "[data-view='recipes']").click();
    eventually("switched", || selected(&host, "recipes")).await;
    host.set_attribute("lang", "ru").unwrap();
    eventually("in Russian", || text_or_empty(&host, "[data-view='checker']") == "Проверка симптомов").await;
    assert!(selected(&host, "recipes"), "the reader's place is kept");
}

#[wasm_bindgen_test]
async fn a_view_change_switches_the_view() {
    let (host, _widget) = mount_host(&[]);
    eventually("rendered", || selected(&host, "checker")).await;
    host.set_attribute("view", "recipes").unwrap();
    eventually("switched to the recipes", || selected(&host, "recipes")).await;
}

#[wasm_bindgen_test]
async fn calls_made_before_loading_decide_the_first_screen() {
    // The first screen drawn is already the one asked for: the reader never sees another.
    let (host, _a) = support::mount_host_after(&[], &[], &[("show", "recipes")]);
    eventually("rendered", || !text_or_empty(&host, ".cb").is_empty()).await;
    assert!(selected(&host, "recipes"), "the first render shows the recipes");
    // An unknown view changes nothing; a restart clears the stored answers and opens the
    // checker at its start.
    let storage = web_sys::window().unwrap().session_storage().unwrap().unwrap();
    storage.set_item("clearback:checker:v1:#queued", "1|1|0|look=lumps;warning-signs=none").unwrap();
    let calls = [("show", "recipes"), ("restart", ""), ("show", "everything")];
    let (host, _b) = support::mount_host_after(&[], &[("id", "queued")], &calls);
    eventually("rendered", || !text_or_empty(&host, ".cb").is_empty()).await;
    assert!(selected(&host, "checker"));
    assert!(!text_or_empty(&host, "[data-question='warning-signs']").is_empty(), "at the start");
    assert_eq!(storage.get_item("clearback:checker:v1:#queued").unwrap(), None, "the answers are cleared");
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_bad_attribute_shows_a_notice_and_the_default() {
    let (host, _widget) = mount_host(&[("view", "everything"), ("lang", "xx")]);
    eventually("rendered", || selected(&host, "checker")).await;
    let notices = text_of(&host, ".cb-notices");
    assert!(notices.contains("“everything”"), "{notices}");
    assert!(notices.contains("“xx”"), "{notices}");
    assert_eq!(find(&host, "[data-view='checker']").get_attribute("aria-selected").as_deref(), Some("true"));
    host.set_attribute("view", "recipes").unwrap();
    eventually("the notice goes once the value is fixed", || {
        !text_or_empty(&host, ".cb-notices").contains("everything")
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_page_language_is_inherited_and_followed() {
    let (host, _widget) = support::mount_host_in(&[("lang", "ru")], &[]);
    eventually("rendered", || selected(&host, "checker")).await;
    assert_eq!(text_of(&host, "[data-view='checker']"), "Проверка симптомов");
    host.parent_element().unwrap().set_attribute("lang", "uk").unwrap();
    eventually("in Ukrainian", || text_or_empty(&host, "[data-view='checker']") == "Перевірка симптомів")
        .await;
}

#[wasm_bindgen_test]
async fn unmount_removes_the_widget() {
    let (host, widget) = mount_host(&[]);
    eventually("rendered", || selected(&host, "checker")).await;
    widget.unmount();
    eventually("the widget is gone", || host.shadow_root().unwrap().query_selector(".cb").unwrap().is_none())
        .await;
}

#[wasm_bindgen_test]
async fn the_result_dispatches_a_composed_event_with_no_health_information() {
    use wasm_bindgen::closure::Closure;
    let (host, _widget) = mount_host(&[]);
    eventually("rendered", || selected(&host, "checker")).await;
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::<web_sys::CustomEvent>::new()));
    let listener = {
        let seen = seen.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e| seen.borrow_mut().push(e))
    };
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .add_event_listener_with_callback("clearback:assessment", listener.as_ref().unchecked_ref())
        .unwrap();
    find(&host, "[data-question='warning-signs'] input[value='fever']").click();
    eventually("the interview ends here", || !text_or_empty(&host, ".cb-stop").is_empty()).await;
    find(&host, "[data-action='next']").click();
    wait_for(|| !seen.borrow().is_empty()).await;
    document
        .remove_event_listener_with_callback("clearback:assessment", listener.as_ref().unchecked_ref())
        .unwrap();
    let events = seen.borrow();
    assert_eq!(events.len(), 1);
    assert!(events[0].bubbles() && events[0].composed());
    // Without the publisher's "health-ids": true, the detail says only that it was shown.
    let detail = events[0].detail();
    let keys = js_sys::Object::keys(detail.unchecked_ref::<js_sys::Object>());
    assert_eq!(keys.length(), 1);
    assert_eq!(js_sys::Reflect::get(&detail, &"shown".into()).unwrap().as_bool(), Some(true));
    web_sys::window().unwrap().session_storage().unwrap().unwrap().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_stored_session_is_restored_and_a_corrupt_one_ignored() {
    let storage = web_sys::window().unwrap().session_storage().unwrap().unwrap();
    // A widget with an id keeps its answers under its own key.
    storage.set_item("clearback:checker:v1:#restored", "1|1|0|look=lumps;warning-signs=none").unwrap();
    let (host, widget) = mount_host(&[("id", "restored")]);
    eventually("restored at the second step", || !text_or_empty(&host, "[data-question='look']").is_empty())
        .await;
    let lumps: web_sys::HtmlInputElement =
        find(&host, "[data-question='look'] input[value='lumps']").unchecked_into();
    assert!(lumps.checked());
    widget.unmount();
    storage.set_item("clearback:checker:v1:#restored", "1|not-a-step|zz|%%%").unwrap();
    let (host, _widget) = mount_host(&[("id", "restored")]);
    eventually("a fresh start", || !text_or_empty(&host, "[data-question='warning-signs']").is_empty()).await;
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn focus_stays_with_the_page_on_load_and_follows_the_reader_after() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = support::host_element(&[], &[]);
    let ready = Heard::on(&host, "clearback:ready");
    let _widget = support::mount_on(&host, &[]);
    // `clearback:ready` comes from the effect that would move the focus.
    eventually("ready", || ready.count() == 1).await;
    assert!(host.shadow_root().unwrap().active_element().is_none(), "loading must not take focus");
    find(&host, "[data-action='next']").click();
    let title_focused =
        || host.shadow_root().unwrap().active_element().is_some_and(|e| e.class_name() == "cb-step-title");
    eventually("the next step's title has the focus", title_focused).await;
    assert_eq!(document.active_element().unwrap(), host.clone().into());
    web_sys::window().unwrap().session_storage().unwrap().unwrap().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_corrupt_log_is_reported_and_left_alone_until_cleared() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("clearback:log:v1", "not a log").unwrap();
    let (host, _widget) = mount_host(&[("view", "recipes")]);
    eventually("the log is reported unreadable", || {
        text_or_empty(&host, ".cb-guide .cb-notice").contains("could not be read")
    })
    .await;
    let never = text_of(&host, "[data-recipe='soda-mask'] .cb-log p");
    find(&host, "[data-recipe='soda-mask'] [data-action='log-done']").click();
    eventually("today is marked on the card", || {
        text_of(&host, "[data-recipe='soda-mask'] .cb-log p") != never
    })
    .await;
    assert_eq!(
        storage.get_item("clearback:log:v1").unwrap().as_deref(),
        Some("not a log"),
        "the unreadable log is kept"
    );
    find(&host, "[data-action='log-clear']").click();
    eventually("the notice goes", || text_or_empty(&host, ".cb-guide .cb-notice").is_empty()).await;
    assert_eq!(storage.get_item("clearback:log:v1").unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_restart_from_the_page_leaves_the_focus_where_it_is() {
    let document = web_sys::window().unwrap().document().unwrap();
    let (host, mut widget) = mount_host(&[("id", "page-restart")]);
    eventually("rendered", || selected(&host, "checker")).await;
    find(&host, "[data-action='next']").click();
    eventually("at the second step", || !text_or_empty(&host, "[data-question='look']").is_empty()).await;
    let outside: web_sys::HtmlElement = document.create_element("button").unwrap().unchecked_into();
    document.body().unwrap().append_child(&outside).unwrap();
    outside.focus().unwrap();
    widget.restart();
    // The first step's render and the effects that follow it run in one task.
    eventually("at the start", || !text_or_empty(&host, "[data-question='warning-signs']").is_empty()).await;
    let active = document.active_element().unwrap();
    outside.remove();
    web_sys::window().unwrap().session_storage().unwrap().unwrap().clear().unwrap();
    assert_eq!(active, outside.into(), "the page's restart() took the focus into the widget");
}
