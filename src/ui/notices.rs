//! Polite notices about attribute values the widget could not use.

use yew::prelude::*;

use crate::content::{fill, ui, Lang};
use crate::engine::settings::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub lang: Lang,
}

#[component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    let lang = props.lang;
    html! {
        <ul class="cb-notices" role="status">
            { for props.notices.iter().map(|notice| {
                let (template, value) = match notice {
                    Notice::UnknownLang(value) => (ui::NOTICE_LANG, value),
                    Notice::UnknownView(value) => (ui::NOTICE_VIEW, value),
                };
                html! { <li class="cb-notice" data-notice="attribute">{ fill(template.get(lang), value) }</li> }
            }) }
        </ul>
    }
}
