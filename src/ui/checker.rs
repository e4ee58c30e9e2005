//! The symptom checker view: the interview step by step, then the result.

use yew::prelude::*;

use super::focus::use_focus_on_change;
use super::result::{result_view, ResultProps};
use super::shared::Shared;
use super::state::{Command, SessionState};
use super::step::step_view;
use crate::browser::clipboard;
use crate::browser::clock::today;
use crate::content::{ui, Lang};
use crate::engine::assessment::Assessment;
use crate::engine::summary::summary;

#[derive(Properties, PartialEq)]
pub struct CheckerProps {
    pub state: UseReducerHandle<SessionState>,
    pub assessment: Shared<Assessment>,
    pub storage_ok: bool,
    pub lang: Lang,
    pub on_open_recipes: Callback<()>,
    pub on_print: Callback<Callback<()>>,
}

#[component(Checker)]
pub fn checker(props: &CheckerProps) -> Html {
    let session = props.state.session.clone();
    let lang = props.lang;
    let heading = use_node_ref();
    use_focus_on_change(heading.clone(), (session.showing_result, session.step));
    let copy_status = use_state_eq(|| None::<bool>);
    let on_action = {
        let (state, copy_status) = (props.state.clone(), copy_status.clone());
        Callback::from(move |action| {
            copy_status.set(None);
            state.dispatch(Command::Do(action));
        })
    };
    let on_copy = {
        let (copy_status, assessment, answers) =
            (copy_status.clone(), props.assessment.clone(), session.answers);
        Callback::from(move |_| {
            let text = summary(&assessment, &answers, lang, &today().iso());
            let copy_status = copy_status.clone();
            wasm_bindgen_futures::spawn_local(
                async move { copy_status.set(Some(clipboard::copy(&text).await)) },
            );
        })
    };
    html! {
        <div class="cb-checker">
            if !props.storage_ok {
                <p class="cb-notice" role="note">{ ui::STORAGE_UNAVAILABLE.get(lang) }</p>
            }
            if session.showing_result {
                { result_view(&ResultProps {
                    assessment: &props.assessment,
                    stopped_early: session.stopped_early(),
                    lang,
                    on_action: &on_action,
                    on_open_recipes: &props.on_open_recipes,
                    on_print: &props.on_print.reform(|()| Callback::noop()),
                    on_copy: &on_copy,
                    copy_status: *copy_status,
                    heading: &heading,
                }) }
            } else {
                { step_view(&session, lang, &on_action, &heading) }
            }
        </div>
    }
}
