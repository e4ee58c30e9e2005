//! The symptom checker's interview: one step at a time, each question a fieldset of radio
//! buttons or checkboxes with visible labels, and the way on. Controls carry their hooks
//! only; the widget's root listens for them (`intent.rs`).

use yew::prelude::*;

use super::body_map::body_map;
use super::words::words;
use crate::content::{fill, ui, Kind, Lang, Question};
use crate::engine::answers::Answers;
use crate::engine::interview::{questions, steps};
use crate::engine::session::Session;

/// `heading` is the step title, which takes focus when the reader moves to another step.
pub fn step_view(session: &Session, lang: Lang, heading: &NodeRef) -> Html {
    let t = |text: crate::content::Text| words(text.get(lang));
    let all = steps(&session.answers);
    let step = session.current();
    let is_last = session.step + 1 >= all.len();
    html! {
        <form class="cb-step" data-step={step.id} novalidate=true>
            <div class="cb-progress">
                <span>{ fill(ui::STEP_OF.get(lang), &[("step", &(session.step + 1).to_string()), ("total", &all.len().to_string())]) }</span>
                <progress max={all.len().to_string()} value={(session.step + 1).to_string()} aria-hidden="true"></progress>
            </div>
            <h3 class="cb-step-title" tabindex="-1" ref={heading.clone()}>{ t(step.title) }</h3>
            if session.step == 0 {
                <p>{ t(ui::CHECKER_INTRO) }{ " " }{ t(ui::OPTIONAL) }</p>
            }
            { for questions(step, &session.answers).into_iter().map(|q| question_view(q, &session.answers, lang)) }
            if session.ends_here() {
                <p class="cb-stop" role="alert">{ t(ui::STOPPED_EARLY) }</p>
            }
            <div class="cb-nav">
                if session.step > 0 {
                    <button type="button" part="button" data-action="back">{ t(ui::BACK) }</button>
                }
                if !is_last {
                    <button type="submit" class="cb-primary" part="button primary-button" data-action="next">{ t(ui::NEXT) }</button>
                }
                // Two buttons rather than a class expression, which would bring in Yew's
                // `Classes` for one name.
                if is_last {
                    <button type="button" class="cb-primary" part="button primary-button" data-action="results">{ t(ui::RESULTS) }</button>
                } else {
                    <button type="button" part="button" data-action="results">{ t(ui::RESULTS) }</button>
                }
            </div>
            if !session.answers.is_empty() {
                <button type="button" class="cb-link" data-action="restart">{ t(ui::RESTART) }</button>
            }
        </form>
    }
}

fn question_view(q: &'static Question, answers: &Answers, lang: Lang) -> Html {
    let t = |text: crate::content::Text| words(text.get(lang));
    let (input_type, hint) = match q.kind {
        Kind::Single => ("radio", ui::CHOOSE_ONE),
        Kind::Multi => ("checkbox", ui::CHOOSE_ANY),
    };
    let hint_id = format!("cb-hint-{}", q.id);
    let chosen = answers.chosen(q).next();
    html! {
        <fieldset class="cb-question" part="question" data-question={q.id} aria-describedby={hint_id.clone()}>
            <legend class="cb-legend">{ t(q.label) }</legend>
            <details class="cb-why">
                <summary>{ t(ui::WHY_WE_ASK) }</summary>
                <p>{ t(q.why) }</p>
            </details>
            <p class="cb-hint" id={hint_id}>
                if let Some(help) = q.help {
                    { t(help) }{ " " }
                }
                { t(hint) }
            </p>
            if q.body_map {
                { body_map(q, answers, lang) }
            }
            <div class="cb-options">
                { for q.options.iter().map(|choice| html! {
                    <label class="cb-option" part="option">
                        <input type={input_type} name={q.id} value={choice.id} checked={answers.has_option(q, choice.id)} />
                        <span>{ t(choice.label) }</span>
                    </label>
                }) }
            </div>
            if let (Kind::Single, Some(choice)) = (q.kind, chosen) {
                <button type="button" class="cb-link" data-action="clear-answer" data-option={choice.id}>{ t(ui::CLEAR_ANSWER) }</button>
            }
        </fieldset>
    }
}
