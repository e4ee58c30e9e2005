//! One question: a fieldset of radio buttons or checkboxes with visible labels.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::{ui, Kind, Lang, Question};
use crate::engine::answers::Answers;
use crate::engine::session::Action;

pub fn question_view(
    q: &'static Question,
    answers: &Answers,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let (input_type, hint) = match q.kind {
        Kind::Single => ("radio", ui::CHOOSE_ONE),
        Kind::Multi => ("checkbox", ui::CHOOSE_ANY),
    };
    let hint_id = format!("cb-hint-{}", q.id);
    let answered = answers.bits(q.index) != 0;
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
                    let onchange = on_action.reform(move |event: Event| {
                        let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                        Action::Choose { question: q, option: choice.id, on }
                    });
                    html! {
                        <label class="cb-option">
                            <input type={input_type} name={q.id} value={choice.id}
                                checked={answers.has_option(q, choice.id)} {onchange} />
                            <span>{ choice.label.get(lang) }</span>
                        </label>
                    }
                }) }
            </div>
            if q.kind == Kind::Single && answered {
                <button type="button" class="cb-link" onclick={
                    let option = answers.chosen(q).next().map_or("", |c| c.id);
                    on_action.reform(move |_: MouseEvent| Action::Choose { question: q, option, on: false })
                }>{ ui::CLEAR_ANSWER.get(lang) }</button>
            }
        </fieldset>
    }
}
