//! The tabs between the symptom checker and the guide: arrow keys, Home and End move
//! between them, as in any tab list, and take the focus along.

use yew::prelude::*;

use super::actions::Action;
use super::app::{tab_id, Ui};
use super::button::flag;
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
        send.emit(Msg::TabTo(View::ALL[next]));
    });
    html! {
        <div class="cb-tabs" part="tabs" role="tablist" aria-label={ui::SECTIONS.get(ui.lang)} {onkeydown}>
            for tab in View::ALL {
                { self::tab(ui, tab, tab == view) }
            }
        </div>
    }
}

fn tab(ui: &Ui, view: View, selected: bool) -> Html {
    let action = Action::Show(view);
    let label = match view {
        View::Checker => ui::TAB_CHECKER,
        View::Recipes => ui::TAB_RECIPES,
    };
    html! {
        <button type="button" role="tab" class="cb-tab" part={if selected { "tab selected-tab" } else { "tab" }}
            id={tab_id(view)} data-view={view.id()} data-action={action.hook()} aria-selected={flag(selected)}
            aria-controls="cb-panel" tabindex={if selected { "0" } else { "-1" }}
            onclick={ui.send.reform(move |_: MouseEvent| action.msg())}>
            { label.get(ui.lang) }
        </button>
    }
}
