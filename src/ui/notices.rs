//! Polite notices about values the page gave that the widget could not use: attribute
//! values (`data-notice="attribute"`) and entries of the publisher's configuration
//! (`data-notice="config"`); and the widget's own notes on what it could not do.

use yew::prelude::*;

use super::app::Ui;
use crate::content::{fill, ui, Text};
use crate::engine::settings::Notice;

/// The notices of the attributes and of the configuration's keys that could not be used.
pub fn notices(ui: &Ui, attributes: &[Notice], config: &[String]) -> Html {
    if attributes.is_empty() && config.is_empty() {
        return html! {};
    }
    let attribute = attributes.iter().map(|notice| match notice {
        Notice::UnknownLang(value) => (ui::NOTICE_LANG, value, "attribute"),
        Notice::UnknownView(value) => (ui::NOTICE_VIEW, value, "attribute"),
        Notice::UnknownTheme(value) => (ui::NOTICE_THEME, value, "attribute"),
    });
    let setting = config.iter().map(|key| (ui::NOTICE_CONFIG, key, "config"));
    html! {
        <div role="status">
            <ul class="cb-notices">
                for (template, value, kind) in attribute.chain(setting) {
                    <li class="cb-notice" part="notice" data-notice={kind}>{ fill(template.get(ui.lang), &[("value", value)]) }</li>
                }
            </ul>
        </div>
    }
}

/// A note of the widget's own about what it could not do (keep the answers, read the
/// log), in the view it concerns.
pub fn note(ui: &Ui, text: Text) -> Html {
    html! { <p class="cb-notice" part="notice" role="note">{ text.get(ui.lang) }</p> }
}
