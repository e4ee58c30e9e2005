//! The symptom checker's interview: one step at a time, each question a fieldset of radio
//! buttons or checkboxes with visible labels, and the way on. Controls carry their hooks
//! only; the widget's root listens for them (`intent.rs`).

use yew::NodeRef;

use super::body_map::body_map;
use super::markup::{Fixed, Markup};
use crate::attrs;
use crate::button;
use crate::content::{fill, ui, Kind, Question};
use crate::engine::answers::Answers;
use crate::engine::interview::{questions, steps};
use crate::engine::session::Session;

/// `heading` is the step title, which takes focus when the reader moves to another step.
pub fn step_view(m: &mut Markup, session: &Session, heading: &NodeRef) {
    let all = steps(&session.answers);
    let step = session.current();
    let is_last = session.step + 1 >= all.len();
    let (number, total) = ((session.step + 1).to_string(), all.len().to_string());
    m.open("form", attrs!["class" = "cb-step", "novalidate" = "novalidate"]);
    m.attr("data-step", step.id);
    m.open("div", attrs!["class" = "cb-progress"]);
    m.open("span", attrs![]);
    m.string(fill(ui::STEP_OF.get(m.lang), &[("step", &number), ("total", &total)]));
    m.close();
    m.open("progress", attrs!["aria-hidden" = "true"]);
    m.attr_string("max", total);
    m.attr_string("value", number);
    m.close();
    m.close();
    m.open("h3", attrs!["class" = "cb-step-title", "tabindex" = "-1"]);
    m.node_ref(heading);
    m.text(step.title);
    m.close();
    m.group();
    if session.step == 0 {
        m.open("p", attrs![]);
        m.text(ui::CHECKER_INTRO);
        m.str(" ");
        m.text(ui::OPTIONAL);
        m.close();
    }
    m.close();
    m.group();
    for q in questions(step, &session.answers) {
        question_view(m, q, &session.answers);
    }
    m.close();
    m.group();
    if session.ends_here() {
        m.leaf("p", attrs!["class" = "cb-stop", "role" = "alert"], ui::STOPPED_EARLY);
    }
    m.close();
    m.open("div", attrs!["class" = "cb-nav"]);
    m.group();
    if session.step > 0 {
        m.leaf("button", button!("back"), ui::BACK);
    }
    m.close();
    m.group();
    if !is_last {
        m.leaf(
            "button",
            attrs![
                "type" = "submit",
                "class" = "cb-primary",
                "part" = "button primary-button",
                "data-action" = "next"
            ],
            ui::NEXT,
        );
    }
    m.close();
    // On the last step, the way to the result is the primary button.
    let results: Fixed = if is_last { button!(primary "results") } else { button!("results") };
    m.leaf("button", results, ui::RESULTS);
    m.close();
    m.group();
    if !session.answers.is_empty() {
        m.leaf("button", button!(link "restart"), ui::RESTART);
    }
    m.close();
    m.close();
}

fn question_view(m: &mut Markup, q: &'static Question, answers: &Answers) {
    let (input_type, hint): (Fixed, _) = match q.kind {
        Kind::Single => (attrs!["type" = "radio"], ui::CHOOSE_ONE),
        Kind::Multi => (attrs!["type" = "checkbox"], ui::CHOOSE_ANY),
    };
    let hint_id = format!("cb-hint-{}", q.id);
    m.open("fieldset", attrs!["class" = "cb-question", "part" = "question"]);
    m.attr("data-question", q.id);
    m.attr_string("aria-describedby", hint_id.clone());
    m.leaf("legend", attrs!["class" = "cb-legend"], q.label);
    m.open("details", attrs!["class" = "cb-why"]);
    m.leaf("summary", attrs![], ui::WHY_WE_ASK);
    m.leaf("p", attrs![], q.why);
    m.close();
    m.open("p", attrs!["class" = "cb-hint"]);
    m.attr_string("id", hint_id);
    m.group();
    if let Some(help) = q.help {
        m.text(help);
        m.str(" ");
    }
    m.close();
    m.text(hint);
    m.close();
    m.group();
    if q.body_map {
        body_map(m, q, answers);
    }
    m.close();
    m.open("div", attrs!["class" = "cb-options"]);
    for choice in q.options {
        m.open("label", attrs!["class" = "cb-option", "part" = "option"]);
        m.input(input_type, Some(choice.id), Some(answers.has_option(q, choice.id)));
        m.attr("name", q.id);
        m.close();
        m.leaf("span", attrs![], choice.label);
        m.close();
    }
    m.close();
    m.group();
    if let (Kind::Single, Some(choice)) = (q.kind, answers.chosen(q).next()) {
        m.open("button", button!(link "clear-answer"));
        m.attr("data-option", choice.id);
        m.text(ui::CLEAR_ANSWER);
        m.close();
    }
    m.close();
    m.close();
}
