//! A layer over the whole page: a modal dialog, which the browser puts in its top layer,
//! above anything the host page stacks and whatever box the widget sits in, and keeps the
//! page behind from the keyboard and the pointer. Tab and Shift+Tab wrap within it, and
//! Escape (or the browser's own close request, such as a back gesture) does its close
//! action, so that the state, not the browser, closes it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlElement, Node};
use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;

/// What the Tab key stops on.
const FOCUSABLE: &str = "button:not(:disabled), input:not(:disabled), summary, a[href]";

#[derive(Properties, PartialEq)]
pub struct LayerProps {
    pub ui: Ui,
    /// What closing it does.
    pub close: Action,
    /// The id of the element that names it.
    pub labelled_by: AttrValue,
    pub children: Html,
}

#[component(Layer)]
pub fn layer(props: &LayerProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |()| {
            if let Some(dialog) = node.cast::<HtmlDialogElement>() {
                // Without modal dialogs it still shows, over the page by its styles.
                if dialog.show_modal().is_err() {
                    dialog.set_open(true);
                }
            }
        });
    }
    let close = props.close;
    let onkeydown = {
        let (send, node) = (props.ui.send.clone(), node.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Escape" => {
                event.prevent_default();
                send.emit(close.msg());
            }
            "Tab" => wrap(&event, &node),
            _ => {}
        })
    };
    let oncancel = props.ui.send.reform(move |event: Event| {
        event.prevent_default();
        close.msg()
    });
    html! {
        <dialog class="cb-layer" ref={node} aria-labelledby={props.labelled_by.clone()} {onkeydown} {oncancel}>
            { props.children.clone() }
        </dialog>
    }
}

/// Tab on the last stop goes to the first, and Shift+Tab on the first (or on what is not
/// a stop, such as the title) to the last.
fn wrap(event: &KeyboardEvent, node: &NodeRef) {
    let Some(stops) = node.cast::<Element>().and_then(|layer| layer.query_selector_all(FOCUSABLE).ok())
    else {
        return;
    };
    let (Some(first), Some(last)) = (stops.item(0), stops.item(stops.length().saturating_sub(1))) else {
        return;
    };
    let from = event.target().and_then(|t| t.dyn_into::<Node>().ok());
    let is = |stop: &Node| from.as_ref().is_some_and(|from| from.is_same_node(Some(stop)));
    let on_a_stop = (0..stops.length()).filter_map(|i| stops.item(i)).any(|stop| is(&stop));
    let to = match event.shift_key() {
        false if is(&last) => first,
        true if is(&first) || !on_a_stop => last,
        _ => return,
    };
    if let Ok(to) = to.dyn_into::<HtmlElement>() {
        event.prevent_default();
        let _ = to.focus();
    }
}
