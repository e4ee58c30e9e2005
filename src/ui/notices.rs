//! Polite notices about attribute values the widget could not use.

use yew::prelude::*;

use crate::content::{fill, ui, Lang};
use crate::engine::settings::Notice;

pub fn notices(notices: &[Notice], lang: Lang) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    html! {
        <div role="status"><ul class="cb-notices">
            { for notices.iter().map(|notice| {
                let (template, value) = match notice {
                    Notice::UnknownLang(value) => (ui::NOTICE_LANG, value),
                    Notice::UnknownView(value) => (ui::NOTICE_VIEW, value),
                    Notice::UnknownTheme(value) => (ui::NOTICE_THEME, value),
                };
                html! { <li class="cb-notice" part="notice" data-notice="attribute">{ fill(template.get(lang), &[("value", value)]) }</li> }
            }) }
        </ul></div>
    }
}
