//! One step of the interview: progress, its questions, and the way on.

use yew::prelude::*;

use super::question::question_view;
use crate::content::{fill, ui, Lang};
use crate::engine::interview::{questions, steps};
use crate::engine::session::{Action, Session};

/// `heading` is the step title, which takes focus when the reader moves to another step.
pub fn step_view(session: &Session, lang: Lang, on_action: &Callback<Action>, heading: &NodeRef) -> Html {
    let all = steps(&session.answers);
    let step = all[session.step.min(all.len() - 1)];
    let act = |action: Action| on_action.reform(move |_: MouseEvent| action);
    let onsubmit = on_action.reform(|event: SubmitEvent| {
        event.prevent_default();
        Action::Next
    });
    let number = format!("{} / {}", session.step + 1, all.len());
    let is_last = session.step + 1 >= all.len();
    html! {
        <form class="cb-step" data-step={step.id} {onsubmit} novalidate=true>
            <div class="cb-progress">
                <span>{ fill(ui::STEP_OF.get(lang), &number) }</span>
                <progress max={all.len().to_string()} value={(session.step + 1).to_string()} aria-hidden="true"></progress>
            </div>
            <h3 class="cb-step-title" tabindex="-1" ref={heading.clone()}>{ step.title.get(lang) }</h3>
            if session.step == 0 {
                <p>{ ui::CHECKER_INTRO.get(lang) }{ " " }{ ui::OPTIONAL.get(lang) }</p>
            }
            { for questions(step, &session.answers).into_iter().map(|question| question_view(question, &session.answers, lang, on_action)) }
            if session.ends_here() {
                <p class="cb-stop" role="alert">{ ui::STOPPED_EARLY.get(lang) }</p>
            }
            <div class="cb-nav">
                if session.step > 0 {
                    <button type="button" data-action="back" onclick={act(Action::Back)}>{ ui::BACK.get(lang) }</button>
                }
                if !is_last {
                    <button type="submit" class="cb-primary" data-action="next">{ ui::NEXT.get(lang) }</button>
                }
                <button type="button" class={is_last.then_some("cb-primary")} data-action="results"
                    onclick={act(Action::ShowResult)}>{ ui::RESULTS.get(lang) }</button>
            </div>
            if !session.answers.is_empty() {
                <button type="button" class="cb-link" data-action="restart" onclick={act(Action::Restart)}>
                    { ui::RESTART.get(lang) }
                </button>
            }
        </form>
    }
}
