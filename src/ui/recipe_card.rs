//! One recipe card: whether it suits the reader and why, its timer and log, and, opened,
//! the ingredient checklist and the steps, all at once or one at a time.

use yew::prelude::*;

use super::cited::{cited, fired};
use super::countdown::Countdown;
use super::shared::Shared;
use crate::content::{fill, ui, Lang};
use crate::engine::assessment::{Assessment, RecipeStatus};
use crate::engine::calendar::Day;
use crate::engine::log::Overuse;

#[derive(Properties, PartialEq)]
pub struct RecipeCardProps {
    pub assessment: Shared<Assessment>,
    /// Which of the assessment's recipes this card shows.
    pub index: usize,
    /// Whether the status comes from the reader's answers.
    pub tailored: bool,
    /// The reader's answers need a doctor before any remedy.
    pub red_flag: bool,
    pub lang: Lang,
    pub last_done: Option<Day>,
    pub overuse: Option<Overuse>,
    pub on_done: Callback<()>,
    pub on_print: Callback<()>,
    /// Shown whole, for printing.
    pub printing: bool,
}

#[component(RecipeCard)]
pub fn recipe_card(props: &RecipeCardProps) -> Html {
    let lang = props.lang;
    let t = |text: crate::content::Text| text.get(lang);
    let advice = &props.assessment.recipes[props.index];
    let recipe = advice.recipe;
    let status = advice.status;
    let open = use_state_eq(|| false);
    let one_at_a_time = use_state_eq(|| None::<usize>);
    let body_id = format!("cb-recipe-{}", recipe.id);
    let badge = match (props.tailored, status) {
        (true, RecipeStatus::Suitable) => ui::STATUS_SUITABLE,
        (_, RecipeStatus::Caution) if props.red_flag => ui::STATUS_DOCTOR_FIRST,
        (_, RecipeStatus::Caution) => ui::STATUS_CAUTION,
        (true, RecipeStatus::NotAdvised) => ui::STATUS_NOT_ADVISED,
        (false, _) => ui::STATUS_GENERAL,
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let shown = *open || props.printing;
    let steps = match *one_at_a_time {
        Some(i) if !props.printing => &recipe.steps[i..=i],
        _ => recipe.steps,
    };
    let first_step = one_at_a_time.unwrap_or(0);
    html! {
        <li class={if props.printing { "cb-card cb-recipe cb-print-this" } else { "cb-card cb-recipe" }}
            data-recipe={recipe.id} data-status={status.id()}>
            <div class="cb-recipe-head">
                <h3 class="cb-card-title">{ t(recipe.title) }</h3>
                <span class="cb-badge">{ t(badge) }</span>
            </div>
            <p>{ t(recipe.purpose) }</p>
            if status != RecipeStatus::Suitable {
                // Before the checker has answers, only the cautions for everyone can hold.
                <div class="cb-risk">{ fired(&advice.against, lang, ui::BECAUSE, None) }</div>
            }
            <p class="cb-cautions"><strong>{ t(ui::CAUTIONS_LABEL) }</strong>{ " " }{ t(recipe.cautions) }</p>
            if let Some(note) = recipe.note {
                <p class="cb-note">{ t(note) }</p>
            }
            <p class="cb-meta">
                if let Some(timer) = &recipe.timer {
                    <span>{ fill(t(ui::MINUTES), &timer.minutes.to_string()) }</span>
                }
                if let Some(limit) = &recipe.limit {
                    <span>{ t(limit.text) }</span>
                }
            </p>
            if let Some(timer) = &recipe.timer {
                <Countdown minutes={timer.minutes} {lang} not_advised={status == RecipeStatus::NotAdvised} />
            }
            <div class="cb-log">
                <p>{ match props.last_done {
                    Some(day) => fill(t(ui::LAST_DONE), &day.iso()),
                    None => t(ui::NEVER_DONE).to_owned(),
                } }</p>
                if let (Some(_), Some(limit)) = (props.overuse, &recipe.limit) {
                    <p class="cb-warning" data-warning="frequency" role="status">
                        { fill(t(ui::FREQUENCY_WARNING), t(limit.text)) }
                    </p>
                }
                <button type="button" data-action="log-done" onclick={emit(&props.on_done)}>{ t(ui::LOG_DONE) }</button>
            </div>
            <button type="button" class="cb-link" aria-expanded={shown.to_string()} aria-controls={body_id.clone()} onclick={toggle}>
                { t(if shown { ui::HIDE_RECIPE } else { ui::SHOW_RECIPE }) }
            </button>
            if shown {
                <div class="cb-recipe-body" id={body_id}>
                    <h4>{ t(ui::YOU_NEED) }</h4>
                    <ul class="cb-checklist">
                        { for recipe.ingredients.iter().map(|text| html! {
                            <li><label class="cb-option"><input type="checkbox" /><span>{ t(*text) }</span></label></li>
                        }) }
                    </ul>
                    <h4>{ t(ui::HOW_TO) }</h4>
                    <ol class="cb-steps" start={(first_step + 1).to_string()}>
                        { for steps.iter().map(|text| html! { <li>{ t(*text) }</li> }) }
                    </ol>
                    <div class="cb-nav">
                        { match *one_at_a_time {
                            None => html! {
                                <button type="button" onclick={{ let s = one_at_a_time.clone(); Callback::from(move |_| s.set(Some(0))) }}>
                                    { t(ui::STEP_BY_STEP) }
                                </button>
                            },
                            Some(i) => html! {
                                <>
                                    <span class="cb-step-count" aria-live="polite">
                                        { fill(t(ui::STEP_NUMBER), &format!("{} / {}", i + 1, recipe.steps.len())) }
                                    </span>
                                    <button type="button" disabled={i == 0}
                                        onclick={{ let s = one_at_a_time.clone(); Callback::from(move |_| s.set(Some(i.saturating_sub(1)))) }}>
                                        { t(ui::PREVIOUS_STEP) }
                                    </button>
                                    <button type="button" disabled={i + 1 >= recipe.steps.len()}
                                        onclick={{ let s = one_at_a_time.clone(); let last = recipe.steps.len() - 1; Callback::from(move |_| s.set(Some((i + 1).min(last)))) }}>
                                        { t(ui::NEXT_STEP) }
                                    </button>
                                    <button type="button" onclick={{ let s = one_at_a_time.clone(); Callback::from(move |_| s.set(None)) }}>
                                        { t(ui::ALL_STEPS) }
                                    </button>
                                </>
                            },
                        } }
                        <button type="button" data-action="print-recipe" onclick={emit(&props.on_print)}>{ t(ui::PRINT_RECIPE) }</button>
                    </div>
                    { cited(recipe.sources, recipe.evidence, lang, None) }
                </div>
            }
        </li>
    }
}
