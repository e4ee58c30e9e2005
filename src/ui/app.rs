//! The root component: settings from the attributes, the notices, the two views and
//! the checker's state they share.

use yew::prelude::*;

use super::checker::Checker;
use super::guide::Guide;
use super::notices::notices;
use super::shared::Shared;
use super::state::use_session;
use super::tabs::Tabs;
use crate::content::{texts, ui, Lang};
use crate::engine::assessment::assess;
use crate::engine::settings::{resolve, Attributes, View};

/// What an assessment tells the host page: ids only, never the reader's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentIds {
    pub triage: &'static str,
    pub factors: Vec<&'static str>,
}

/// The ways out to the host page, provided by `embed`.
#[derive(Clone, PartialEq)]
pub struct Bridge {
    pub on_assessment: Callback<AssessmentIds>,
    /// Prints the widget alone, then calls back.
    pub on_print: Callback<Callback<()>>,
    /// Fetches the texts of a language, then calls back.
    pub load_texts: Callback<(Lang, Callback<()>)>,
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attributes: Attributes,
    pub bridge: Bridge,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let settings = resolve(&props.attributes);
    let lang = use_language(settings.lang, &props.bridge.load_texts);
    let active = use_state_eq(|| settings.view);
    {
        // A new `view` attribute switches the view; a new `lang` leaves the reader's choice.
        let active = active.clone();
        use_effect_with(settings.view, move |view| active.set(*view));
    }
    let (state, storage_ok) = use_session();
    let assessment = Shared(use_memo(state.session.answers, assess));
    {
        let shown = state
            .session
            .showing_result
            .then(|| AssessmentIds { triage: assessment.triage.id(), factors: assessment.factor_ids() });
        let on_assessment = props.bridge.on_assessment.clone();
        use_effect_with(shown, move |shown| {
            if let Some(ids) = shown {
                on_assessment.emit(ids.clone());
            }
        });
    }
    let select = |view: View| {
        let active = active.clone();
        Callback::from(move |_| active.set(view))
    };
    html! {
        <section class="cb" lang={lang.code()} aria-labelledby="cb-title">
            <h2 id="cb-title" class="cb-title">{ ui::WIDGET_TITLE.get(lang) }</h2>
            { notices(&settings.notices, lang) }
            <Tabs active={*active} {lang} on_select={Callback::from({ let active = active.clone(); move |v| active.set(v) })} />
            <div class="cb-panel" role="tabpanel" id="cb-panel" aria-labelledby={format!("cb-tab-{}", active.id())}>
                { match *active {
                    View::Checker => html! {
                        <Checker state={state.clone()} assessment={assessment.clone()} {storage_ok} {lang}
                            on_open_recipes={select(View::Recipes)} on_print={props.bridge.on_print.clone()} />
                    },
                    View::Recipes => html! {
                        <Guide assessment={assessment.clone()} tailored={!state.session.answers.is_empty()} {lang}
                            on_print={props.bridge.on_print.clone()} />
                    },
                } }
            </div>
            <p class="cb-disclaimer">{ ui::DISCLAIMER.get(lang) }</p>
        </section>
    }
}

/// The language to show: `wanted` once its texts are here, asking for them if need be;
/// until then the language shown before.
#[hook]
fn use_language(wanted: Lang, load_texts: &Callback<(Lang, Callback<()>)>) -> Lang {
    let shown = use_mut_ref(|| wanted);
    let arrived = use_force_update();
    {
        let load_texts = load_texts.clone();
        use_effect_with(wanted, move |wanted| {
            if !texts::is_loaded(*wanted) {
                load_texts.emit((*wanted, Callback::from(move |()| arrived.force_update())));
            }
        });
    }
    if texts::is_loaded(wanted) {
        *shown.borrow_mut() = wanted;
    }
    let lang = *shown.borrow();
    lang
}
