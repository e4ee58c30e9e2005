//! The mask and remedy guide: the recipe cards, filtered by what they help with and
//! tailored to the reader once the checker has answers; each card with whether it suits
//! the reader and why, its timer and log, and, opened, the checklist and the steps, all
//! at once or one at a time.

use yew::prelude::*;

use super::cited::{cited, fired};
use super::state::{LogStatus, UiState};
use super::words::words;
use crate::browser::clock::today;
use crate::content::{fill, ui, Lang, Text, TAGS};
use crate::engine::assessment::{Assessment, RecipeAdvice, RecipeStatus};
use crate::engine::calendar::Day;
use crate::engine::timer::Timer;

pub fn guide_view(state: &UiState, a: &Assessment, lang: Lang) -> Html {
    let t = |text: Text| words(text.get(lang));
    if let Some((recipe, step)) = state.mask {
        return mask_view(state, &a.recipes[recipe], recipe, step, lang);
    }
    let tailored = !state.session.answers.is_empty();
    let day = today();
    let shown = a
        .recipes
        .iter()
        .enumerate()
        .filter(|(_, r)| state.filter.is_none_or(|tag| r.recipe.helps.contains(&tag)));
    let pressed = |tag: Option<&str>| (state.filter == tag).to_string();
    // Printing marks the guide and the card with attributes, not with class expressions:
    // those build Yew's `Classes`, a set of names, at every render, and its code.
    html! {
        <div class="cb-guide" data-printing={state.printing.map(|_| "")}>
            if state.from_result {
                <button type="button" class="cb-link" data-action="back-to-result">{ t(ui::BACK_TO_RESULT) }</button>
            }
            <p>{ t(ui::RECIPES_INTRO) }{ " " }{ t(if tailored { ui::TAILORED_NOTE } else { ui::UNTAILORED_NOTE }) }</p>
            if a.is_red_flag() {
                <p class="cb-stop" role="note">{ t(ui::RED_FLAG_NOTE) }</p>
            }
            <div class="cb-filter" role="group" aria-label={ui::FILTER_LABEL.get(lang)}>
                <span class="cb-filter-label" aria-hidden="true">{ t(ui::FILTER_LABEL) }</span>
                <button type="button" data-tag="" aria-pressed={pressed(None)}>{ t(ui::FILTER_ALL) }</button>
                { for TAGS.iter().map(|tag| html! {
                    <button type="button" data-tag={tag.id} aria-pressed={pressed(Some(tag.id))}>{ t(tag.label) }</button>
                }) }
            </div>
            { match state.log_status {
                LogStatus::Saved => Html::default(),
                LogStatus::Unavailable => html! { <p class="cb-notice" part="notice" role="note">{ t(ui::LOG_UNAVAILABLE) }</p> },
                LogStatus::Unreadable => html! { <p class="cb-notice" part="notice" role="note">{ t(ui::LOG_UNREADABLE) }</p> },
            } }
            <ul class="cb-cards cb-recipes">
                { for shown.map(|(index, advice)| card_view(state, index, advice, tailored, a.is_red_flag(), day, lang)) }
            </ul>
            <button type="button" class="cb-link" data-action="log-clear">{ t(ui::LOG_CLEAR) }</button>
        </div>
    }
}

fn card_view(
    state: &UiState,
    index: usize,
    advice: &RecipeAdvice,
    tailored: bool,
    red_flag: bool,
    day: Day,
    lang: Lang,
) -> Html {
    let t = |text: Text| words(text.get(lang));
    let recipe = advice.recipe;
    let status = advice.status;
    let badge = match (tailored, status) {
        (true, RecipeStatus::Suitable) => ui::STATUS_SUITABLE,
        (_, RecipeStatus::Caution) if red_flag => ui::STATUS_DOCTOR_FIRST,
        (_, RecipeStatus::Caution) => ui::STATUS_CAUTION,
        (true, RecipeStatus::NotAdvised) => ui::STATUS_NOT_ADVISED,
        (false, _) => ui::STATUS_GENERAL,
    };
    let printing = state.printing == Some(index);
    let shown = state.is_open(index) || printing;
    let body_id = format!("cb-recipe-{}", recipe.id);
    let last_done = state.log.last_done(recipe.id);
    html! {
        <li class="cb-card cb-recipe" data-print-this={printing.then_some("")} part="card recipe"
            data-recipe={recipe.id} data-status={status.id()}>
            <div class="cb-recipe-head">
                <h3 class="cb-card-title" tabindex="-1">{ t(recipe.title) }</h3>
                <span class="cb-badge" part="badge">{ t(badge) }</span>
            </div>
            <p>{ t(recipe.purpose) }</p>
            // Why it is not advised stays in view; why it needs care is a tap away, so that
            // the list stays short enough to compare.
            if status == RecipeStatus::NotAdvised {
                <div class="cb-risk">{ fired(&advice.against, lang, ui::BECAUSE, None) }</div>
            } else if status == RecipeStatus::Caution {
                <details class="cb-risk">
                    <summary>{ t(ui::WHY_STATUS) }</summary>
                    { fired(&advice.against, lang, ui::BECAUSE, None) }
                </details>
            }
            <p class="cb-cautions"><strong>{ t(ui::CAUTIONS_LABEL) }</strong>{ " " }{ t(recipe.cautions) }</p>
            // What the widget leaves out of the article, and why, is a safety note: in view.
            if let Some(note) = recipe.note {
                <p class="cb-note">{ t(note) }</p>
            }
            <p class="cb-meta">
                if let Some(timer) = &recipe.timer {
                    <span>{ ui::MINUTES.get(lang, timer.minutes) }</span>
                }
                if let Some(limit) = &recipe.limit {
                    <span>{ t(limit.text) }</span>
                }
            </p>
            if let Some(Some(timer)) = state.timers.get(index) {
                { countdown_view(timer, state, index, status == RecipeStatus::NotAdvised, lang) }
            }
            <div class="cb-log">
                <p>{ match last_done {
                    Some(day) => fill(ui::LAST_DONE.get(lang), &[("date", &day.written(lang))]),
                    None => ui::NEVER_DONE.get(lang).to_owned(),
                } }</p>
                if let (Some(_), Some(limit)) = (state.log.overuse(recipe, day), &recipe.limit) {
                    <p class="cb-warning" data-warning="frequency" role="status">
                        { fill(ui::FREQUENCY_WARNING.get(lang), &[("value", limit.text.get(lang))]) }
                    </p>
                }
                <button type="button" data-action="log-done">{ t(ui::LOG_DONE) }</button>
            </div>
            <button type="button" class="cb-link" data-action="toggle-recipe" aria-expanded={shown.to_string()} aria-controls={body_id.clone()}>
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
                    <ol class="cb-steps">
                        { for recipe.steps.iter().map(|text| html! { <li>{ t(*text) }</li> }) }
                    </ol>
                    <div class="cb-nav">
                        <button type="button" class="cb-primary" part="button primary-button" data-action="mask-mode">{ t(ui::MASK_MODE) }</button>
                        <button type="button" part="button" data-action="print-recipe">{ t(ui::PRINT_RECIPE) }</button>
                    </div>
                    { cited(recipe.sources, recipe.evidence, lang, None) }
                </div>
            }
        </li>
    }
}

/// A recipe's countdown: start, pause, resume, reset; starting a remedy that is not
/// advised asks first.
fn countdown_view(timer: &Timer, state: &UiState, index: usize, not_advised: bool, lang: Lang) -> Html {
    let t = |text: Text| words(text.get(lang));
    let remaining = timer.remaining_seconds(state.now);
    let running = timer.is_running();
    let finished = !running && remaining == 0;
    let paused_midway = !running && remaining > 0 && f64::from(remaining) * 1000.0 < timer.total;
    let confirming = state.confirming == Some(index);
    html! {
        <div class="cb-countdown" part="timer">
            <p class="cb-timer">
                <span class="cb-timer-label">{ t(ui::TIMER_LABEL) }{ " " }</span>
                <span role="timer" data-timer="" data-remaining-seconds={remaining.to_string()}>
                    { format!("{}:{:02}", remaining / 60, remaining % 60) }
                </span>
            </p>
            <div class="cb-nav">
                if running {
                    <button type="button" data-action="timer-pause">{ t(ui::TIMER_PAUSE) }</button>
                } else if !finished {
                    <button type="button" class="cb-primary" data-action="timer-start" data-ask={(not_advised && !confirming).then_some("")}>
                        { t(if paused_midway { ui::TIMER_RESUME } else { ui::TIMER_START }) }
                    </button>
                }
                <button type="button" data-action="timer-reset">{ t(ui::TIMER_RESET) }</button>
            </div>
            if confirming {
                <div class="cb-confirm" role="alertdialog" aria-label={ui::CONFIRM_NOT_ADVISED.get(lang)}>
                    <p>{ t(ui::CONFIRM_NOT_ADVISED) }</p>
                    <div class="cb-nav">
                        <button type="button" data-action="timer-confirm">{ t(ui::CONFIRM_YES) }</button>
                        <button type="button" data-action="timer-cancel">{ t(ui::CONFIRM_NO) }</button>
                    </div>
                </div>
            }
            if finished {
                <p class="cb-done">{ t(ui::TIMER_DONE) }</p>
            }
        </div>
    }
}

/// Mask mode: the recipe's steps one at a time, in large type with large targets, the
/// timer above them, and the sound switch; the screen is kept on while it is open.
fn mask_view(state: &UiState, advice: &RecipeAdvice, index: usize, step: usize, lang: Lang) -> Html {
    let t = |text: Text| words(text.get(lang));
    let recipe = advice.recipe;
    let last = recipe.steps.len() - 1;
    let count = fill(
        ui::STEP_NUMBER.get(lang),
        &[("step", &(step + 1).to_string()), ("total", &recipe.steps.len().to_string())],
    );
    html! {
        <section class="cb-mask" part="mask" data-recipe={recipe.id} data-status={advice.status.id()} aria-labelledby="cb-mask-title">
            <div class="cb-mask-head">
                <h3 id="cb-mask-title" class="cb-card-title" tabindex="-1">{ t(recipe.title) }</h3>
                <button type="button" part="button" data-action="mask-close">{ t(ui::MASK_CLOSE) }</button>
            </div>
            <p class="cb-cautions"><strong>{ t(ui::CAUTIONS_LABEL) }</strong>{ " " }{ t(recipe.cautions) }</p>
            if let Some(Some(timer)) = state.timers.get(index) {
                { countdown_view(timer, state, index, advice.status == RecipeStatus::NotAdvised, lang) }
            }
            <p class="cb-step-count">{ count }</p>
            <p class="cb-mask-step">{ t(recipe.steps[step]) }</p>
            <div class="cb-nav cb-mask-nav">
                <button type="button" part="button" disabled={step == 0} data-go-step={step.saturating_sub(1).to_string()}>{ t(ui::PREVIOUS_STEP) }</button>
                <button type="button" class="cb-primary" part="button primary-button" disabled={step == last} data-go-step={(step + 1).min(last).to_string()}>{ t(ui::NEXT_STEP) }</button>
            </div>
            <label class="cb-option cb-sound">
                <input type="checkbox" data-action="sound" checked={!state.muted} />
                <span>{ t(ui::SOUND) }</span>
            </label>
            <p class="cb-note">{ t(ui::SCREEN_ON) }</p>
        </section>
    }
}
