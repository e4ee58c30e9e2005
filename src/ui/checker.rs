//! The symptom checker's interview: one step at a time, each question a fieldset of radio
//! buttons or checkboxes with visible labels, and the way on.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::body_map::body_map;
use super::button::{button, submit, Look};
use super::focus::Mark;
use super::state::Msg;
use crate::content::{fill, ui, Choice, Kind};
use crate::engine::screens::{Asked, StepScreen};
use crate::engine::session;

/// A step of the interview.
pub fn step(ui: &Ui, screen: &StepScreen) -> Html {
    let lang = ui.lang;
    let progress = fill(
        ui::STEP_OF.get(lang),
        &[("step", &screen.number.to_string()), ("total", &screen.total.to_string())],
    );
    // On the last step, the way to the result is the primary button.
    let results = if screen.is_last() { Look::Primary } else { Look::Plain };
    let onsubmit = ui.send.reform(|event: SubmitEvent| {
        event.prevent_default();
        Action::Next.msg()
    });
    html! {
        <form class="cb-step" novalidate=true data-step={screen.step.id} {onsubmit}>
            <div class="cb-progress">
                <span>{ progress }</span>
                <progress aria-hidden="true" max={screen.total.to_string()} value={screen.number.to_string()} />
            </div>
            <h3 class="cb-step-title" tabindex="-1" data-focus={Mark::Title.id()}>{ screen.step.title.get(lang) }</h3>
            if screen.is_first() {
                <p>{ ui::CHECKER_INTRO.get(lang) }{ " " }{ ui::OPTIONAL.get(lang) }</p>
            }
            for asked in &screen.questions {
                { question(ui, asked) }
            }
            if screen.ends_here {
                <p class="cb-stop" role="alert">{ ui::STOPPED_EARLY.get(lang) }</p>
            }
            <div class="cb-nav">
                if !screen.is_first() {
                    { button(ui, Action::Back, ui::BACK, Look::Plain) }
                }
                if !screen.is_last() {
                    { submit(ui, Action::Next, ui::NEXT) }
                }
                { button(ui, Action::Results, ui::RESULTS, results) }
            </div>
            if screen.answered {
                { button(ui, Action::Restart, ui::RESTART, Look::Link) }
            }
        </form>
    }
}

/// A question: its label, why it is asked, its options, and the way to clear a single
/// choice.
fn question(ui: &Ui, asked: &Asked) -> Html {
    let lang = ui.lang;
    let question = asked.question;
    let hint_id = format!("cb-hint-{}", question.id);
    let hint = match question.kind {
        Kind::Single => ui::CHOOSE_ONE,
        Kind::Multi => ui::CHOOSE_ANY,
    };
    html! {
        <fieldset key={question.id} class="cb-question" part="question" data-question={question.id} aria-describedby={hint_id.clone()}>
            <legend class="cb-legend">{ question.label.get(lang) }</legend>
            <details class="cb-why">
                <summary>{ ui::WHY_WE_ASK.get(lang) }</summary>
                <p>{ question.why.get(lang) }</p>
            </details>
            <p class="cb-hint" id={hint_id}>
                if let Some(help) = question.help { { help.get(lang) }{ " " } }
                { hint.get(lang) }
            </p>
            if question.body_map {
                { body_map(ui, asked) }
            }
            if question.groups.is_empty() {
                <div class="cb-options">
                    for choice in question.options {
                        { answer(ui, asked, choice) }
                    }
                </div>
            } else {
                { grouped(ui, asked) }
            }
            if let Some(choice) = asked.single_answer() {
                { button(ui, Action::ClearAnswer(question, choice), ui::CLEAR_ANSWER, Look::Link) }
            }
        </fieldset>
    }
}

/// The options of a question in groups: the exclusive one ("None of these") first, apart,
/// then each group under its heading.
fn grouped(ui: &Ui, asked: &Asked) -> Html {
    let question = asked.question;
    let choices = |ids: &'static [&'static str]| ids.iter().filter_map(move |id| question.choice(id));
    html! {
        <div class="cb-options">
            if let Some(choice) = question.exclusive.and_then(|id| question.choice(id)) {
                { answer(ui, asked, choice) }
            }
            for group in question.groups {
                <fieldset class="cb-option-group">
                    <legend class="cb-group-title">{ group.title.get(ui.lang) }</legend>
                    for choice in choices(group.options) {
                        { answer(ui, asked, choice) }
                    }
                </fieldset>
            }
        </div>
    }
}

/// One option, a radio button or a checkbox whose `name` is the question and `value` the
/// option.
fn answer(ui: &Ui, asked: &Asked, choice: &'static Choice) -> Html {
    let question = asked.question;
    let kind = match question.kind {
        Kind::Single => "radio",
        Kind::Multi => "checkbox",
    };
    let onchange = ui.send.reform(move |event: Event| {
        let on = event.target_unchecked_into::<HtmlInputElement>().checked();
        Msg::Checker(session::Action::Choose { question, option: choice.id, on })
    });
    html! {
        <label key={choice.id} class="cb-option" part="option">
            <input type={kind} name={question.id} value={choice.id} checked={asked.is_chosen(choice)} {onchange} />
            <span>{ choice.label.get(ui.lang) }</span>
        </label>
    }
}
