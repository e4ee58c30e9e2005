//! Polite notices about values the page gave that the widget could not use: attribute
//! values (`data-notice="attribute"`) and entries of the publisher's configuration
//! (`data-notice="config"`).

use yew::prelude::*;

use crate::content::{fill, ui, Lang};
use crate::engine::settings::Notice;

pub fn notices(attributes: &[Notice], config: &[String], lang: Lang) -> Html {
    if attributes.is_empty() && config.is_empty() {
        return Html::default();
    }
    let attribute = attributes.iter().map(|notice| match notice {
        Notice::UnknownLang(value) => (ui::NOTICE_LANG, value, "attribute"),
        Notice::UnknownView(value) => (ui::NOTICE_VIEW, value, "attribute"),
        Notice::UnknownTheme(value) => (ui::NOTICE_THEME, value, "attribute"),
    });
    let setting = config.iter().map(|key| (ui::NOTICE_CONFIG, key, "config"));
    html! {
        <div role="status"><ul class="cb-notices">
            { for attribute.chain(setting).map(|(template, value, kind)| html! {
                <li class="cb-notice" part="notice" data-notice={kind}>{ fill(template.get(lang), &[("value", value)]) }</li>
            }) }
        </ul></div>
    }
}
