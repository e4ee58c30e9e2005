//! The view switcher, as an ARIA tab list with arrow-key movement.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::content::{ui, Lang};
use crate::engine::settings::View;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub active: View,
    pub lang: Lang,
    pub on_select: Callback<View>,
}

#[component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let refs = use_memo((), |_| View::ALL.map(|_| NodeRef::default()));
    let onkeydown = {
        let (refs, active, on_select) = (refs.clone(), props.active, props.on_select.clone());
        Callback::from(move |event: KeyboardEvent| {
            let current = View::ALL.iter().position(|v| *v == active).unwrap_or(0);
            let last = View::ALL.len() - 1;
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => {
                    if current == last {
                        0
                    } else {
                        current + 1
                    }
                }
                "ArrowLeft" | "ArrowUp" => {
                    if current == 0 {
                        last
                    } else {
                        current - 1
                    }
                }
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            on_select.emit(View::ALL[next]);
            if let Some(tab) = refs[next].cast::<HtmlElement>() {
                let _ = tab.focus();
            }
        })
    };
    html! {
        <div class="cb-tabs" role="tablist" aria-label={ui::SECTIONS.get(props.lang)} {onkeydown}>
            { for View::ALL.iter().zip(refs.iter()).map(|(view, node_ref)| {
                let selected = *view == props.active;
                let onclick = {
                    let (on_select, view) = (props.on_select.clone(), *view);
                    Callback::from(move |_| on_select.emit(view))
                };
                let label = match view {
                    View::Checker => ui::TAB_CHECKER,
                    View::Recipes => ui::TAB_RECIPES,
                };
                html! {
                    <button type="button" role="tab" class="cb-tab" ref={node_ref.clone()}
                        id={format!("cb-tab-{}", view.id())} data-view={view.id()}
                        aria-selected={selected.to_string()} aria-controls="cb-panel"
                        tabindex={if selected { "0" } else { "-1" }} {onclick}>
                        { label.get(props.lang) }
                    </button>
                }
            }) }
        </div>
    }
}
