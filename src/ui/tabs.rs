//! The tabs between the symptom checker and the guide: arrow keys, Home and End move
//! between them, as in any tab list, and take the focus along.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::app::{tab_id, Ui};
use super::state::Msg;
use crate::content::ui;
use crate::engine::settings::View;

/// The tabs, `view` the open one.
pub fn tabs(ui: &Ui, view: View) -> Html {
    let send = ui.send.clone();
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        let at = View::ALL.iter().position(|v| *v == view).unwrap_or(0);
        let last = View::ALL.len() - 1;
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1) % View::ALL.len(),
            "ArrowLeft" | "ArrowUp" => (at + last) % View::ALL.len(),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        event.prevent_default();
        // The key goes to the focused tab; its siblings are the tabs, in the order of
        // `View::ALL`. (Yew delegates events, so the list is not the current target.)
        let list = event.target_dyn_into::<Element>().and_then(|tab| tab.parent_element());
        if let Some(tab) = list.and_then(|list| list.children().item(next as u32)) {
            if let Ok(tab) = tab.dyn_into::<HtmlElement>() {
                let _ = tab.focus();
            }
        }
        send.emit(Msg::Show(View::ALL[next]));
    });
    html! {
        <div class="cb-tabs" part="tabs" role="tablist" aria-label={ui::SECTIONS.get(ui.lang)} {onkeydown}>
            { for View::ALL.into_iter().map(|tab| {
                let selected = tab == view;
                let label = match tab {
                    View::Checker => ui::TAB_CHECKER,
                    View::Recipes => ui::TAB_RECIPES,
                };
                html! {
                    <button type="button" role="tab" class="cb-tab"
                        part={if selected { "tab selected-tab" } else { "tab" }}
                        id={tab_id(tab)} data-view={tab.id()}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls="cb-panel" tabindex={if selected { "0" } else { "-1" }}
                        onclick={ui.send.reform(move |_: MouseEvent| Msg::Show(tab))}>
                        { label.get(ui.lang) }
                    </button>
                }
            }) }
        </div>
    }
}
