//! The root component: settings from the attributes, the notices, the two views.

use yew::prelude::*;

use super::notices::Notices;
use super::tabs::Tabs;
use crate::content::ui;
use crate::engine::settings::{resolve, Attributes, View};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attributes: Attributes,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let settings = resolve(&props.attributes);
    let lang = settings.lang;
    let active = use_state_eq(|| settings.view);
    {
        // A new `view` attribute switches the view; a new `lang` leaves the reader's choice.
        let active = active.clone();
        use_effect_with(settings.view, move |view| active.set(*view));
    }
    let on_select = {
        let active = active.clone();
        Callback::from(move |view| active.set(view))
    };
    let intro = match *active {
        View::Checker => ui::CHECKER_INTRO,
        View::Recipes => ui::RECIPES_INTRO,
    };
    html! {
        <section class="cb" lang={lang.code()} aria-labelledby="cb-title">
            <h2 id="cb-title" class="cb-title">{ ui::WIDGET_TITLE.get(lang) }</h2>
            <Notices notices={settings.notices.clone()} {lang} />
            <Tabs active={*active} {lang} {on_select} />
            <div class="cb-panel" role="tabpanel" id="cb-panel" aria-labelledby={format!("cb-tab-{}", active.id())}>
                <p>{ intro.get(lang) }</p>
            </div>
            <p class="cb-disclaimer">{ ui::DISCLAIMER.get(lang) }</p>
        </section>
    }
}
