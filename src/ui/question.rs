//! One question: a fieldset of radio buttons or checkboxes with visible labels.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::{ui, Kind, Lang, Question};
use crate::engine::answers::Answers;
use crate::engine::session::Action;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    pub answers: Answers,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let q = props.question;
    let lang = props.lang;
    let (input_type, hint) = match q.kind {
        Kind::Single => ("radio", ui::CHOOSE_ONE),
        Kind::Multi => ("checkbox", ui::CHOOSE_ANY),
    };
    let hint_id = format!("cb-hint-{}", q.id);
    let answered = !props.answers.selected(q.id).is_empty();
    html! {
        <fieldset class="cb-question" data-question={q.id} aria-describedby={hint_id.clone()}>
            <legend class="cb-legend">{ q.label.get(lang) }</legend>
            <details class="cb-why">
                <summary>{ ui::WHY_WE_ASK.get(lang) }</summary>
                <p>{ q.why.get(lang) }</p>
            </details>
            <p class="cb-hint" id={hint_id}>
                if let Some(help) = q.help {
                    { help.get(lang) }{ " " }
                }
                { hint.get(lang) }
            </p>
            <div class="cb-options">
                { for q.options.iter().map(|choice| {
                    let onchange = {
                        let on_action = props.on_action.clone();
                        Callback::from(move |event: Event| {
                            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                            on_action.emit(Action::Choose { question: q, option: choice.id, on });
                        })
                    };
                    html! {
                        <label class="cb-option">
                            <input type={input_type} name={q.id} value={choice.id}
                                checked={props.answers.has(q.id, choice.id)} {onchange} />
                            <span>{ choice.label.get(lang) }</span>
                        </label>
                    }
                }) }
            </div>
            if q.kind == Kind::Single && answered {
                <button type="button" class="cb-link" onclick={
                    let (on_action, option) = (props.on_action.clone(), props.answers.selected(q.id)[0]);
                    Callback::from(move |_| on_action.emit(Action::Choose { question: q, option, on: false }))
                }>{ ui::CLEAR_ANSWER.get(lang) }</button>
            }
        </fieldset>
    }
}
