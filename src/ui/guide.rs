//! The mask and remedy guide: the recipe cards, filtered by what they help with and
//! tailored to the reader once the checker has answers; each card with whether it suits
//! the reader and why, its timer and log, and, opened, the checklist and the steps, all
//! at once or one at a time.

use super::cited::{cited, fired};
use super::markup::Markup;
use super::notices::note;
use super::state::{LogStatus, UiState};
use crate::attrs;
use crate::browser::clock::today;
use crate::button;
use crate::content::{fill, ui, Text, TAGS};
use crate::engine::assessment::{Assessment, RecipeAdvice, RecipeStatus};
use crate::engine::calendar::Day;
use crate::engine::timer::Timer;

pub fn guide_view(m: &mut Markup, state: &UiState, a: &Assessment) {
    if let Some((recipe, step)) = state.mask {
        return mask_view(m, state, &a.recipes[recipe], recipe, step);
    }
    let tailored = !state.session.answers.is_empty();
    let day = today();
    let pressed = |tag: Option<&str>| if state.filter == tag { "true" } else { "false" };
    // Printing marks the guide and the card with attributes, which the print stylesheet
    // selects.
    m.open("div", attrs!["class" = "cb-guide"]);
    if state.printing.is_some() {
        m.attr("data-printing", "");
    }
    m.group();
    if state.from_result {
        m.leaf("button", button!(link "back-to-result"), ui::BACK_TO_RESULT);
    }
    m.close();
    m.open("p", attrs![]);
    m.text(ui::RECIPES_INTRO);
    m.str(" ");
    m.text(if tailored { ui::TAILORED_NOTE } else { ui::UNTAILORED_NOTE });
    m.close();
    m.group();
    if a.is_red_flag() {
        m.leaf("p", attrs!["class" = "cb-stop", "role" = "note"], ui::RED_FLAG_NOTE);
    }
    m.close();
    m.open("div", attrs!["class" = "cb-filter", "role" = "group"]);
    m.attr("aria-label", ui::FILTER_LABEL.get(m.lang));
    m.leaf("span", attrs!["class" = "cb-filter-label", "aria-hidden" = "true"], ui::FILTER_LABEL);
    m.open("button", attrs!["type" = "button", "data-tag" = ""]);
    m.attr("aria-pressed", pressed(None));
    m.text(ui::FILTER_ALL);
    m.close();
    for tag in &TAGS {
        m.open("button", attrs!["type" = "button"]);
        m.attr("data-tag", tag.id);
        m.attr("aria-pressed", pressed(Some(tag.id)));
        m.text(tag.label);
        m.close();
    }
    m.close();
    m.group();
    let log_notice = match state.log_status {
        LogStatus::Saved => None,
        LogStatus::Unavailable => Some(ui::LOG_UNAVAILABLE),
        LogStatus::Unreadable => Some(ui::LOG_UNREADABLE),
    };
    if let Some(notice) = log_notice {
        note(m, notice);
    }
    m.close();
    m.open("ul", attrs!["class" = "cb-cards cb-recipes"]);
    for (index, advice) in a.recipes.iter().enumerate() {
        if state.filter.is_none_or(|tag| advice.recipe.helps.contains(&tag)) {
            card_view(m, state, index, advice, tailored, a.is_red_flag(), day);
        }
    }
    m.close();
    m.leaf("button", button!(link "log-clear"), ui::LOG_CLEAR);
    m.close();
}

fn card_view(
    m: &mut Markup,
    state: &UiState,
    index: usize,
    advice: &RecipeAdvice,
    tailored: bool,
    red_flag: bool,
    day: Day,
) {
    let lang = m.lang;
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
    m.open("li", attrs!["class" = "cb-card cb-recipe", "part" = "card recipe"]);
    m.key(recipe.id);
    if printing {
        m.attr("data-print-this", "");
    }
    m.attr("data-recipe", recipe.id);
    m.attr("data-status", status.id());
    m.open("div", attrs!["class" = "cb-recipe-head"]);
    m.leaf("h3", attrs!["class" = "cb-card-title", "tabindex" = "-1"], recipe.title);
    m.leaf("span", attrs!["class" = "cb-badge", "part" = "badge"], badge);
    m.close();
    m.leaf("p", attrs![], recipe.purpose);
    // Why it is not advised stays in view; why it needs care is a tap away, so that the
    // list stays short enough to compare.
    m.group();
    match status {
        RecipeStatus::NotAdvised => {
            m.open("div", attrs!["class" = "cb-risk"]);
            fired(m, &advice.against, ui::BECAUSE, None);
            m.close();
        }
        RecipeStatus::Caution => {
            m.open("details", attrs!["class" = "cb-risk"]);
            m.leaf("summary", attrs![], ui::WHY_STATUS);
            fired(m, &advice.against, ui::BECAUSE, None);
            m.close();
        }
        RecipeStatus::Suitable => {}
    }
    m.close();
    cautions(m, recipe.cautions);
    // What the widget leaves out of the article, and why, is a safety note: in view.
    m.group();
    if let Some(note) = recipe.note {
        m.leaf("p", attrs!["class" = "cb-note"], note);
    }
    m.close();
    m.open("p", attrs!["class" = "cb-meta"]);
    m.group();
    if let Some(timer) = &recipe.timer {
        m.open("span", attrs![]);
        m.string(ui::MINUTES.get(lang, timer.minutes));
        m.close();
    }
    m.close();
    m.group();
    if let Some(limit) = &recipe.limit {
        m.leaf("span", attrs![], limit.text);
    }
    m.close();
    m.close();
    m.group();
    if let Some(Some(timer)) = state.timers.get(index) {
        countdown_view(m, timer, state, index, status == RecipeStatus::NotAdvised);
    }
    m.close();
    m.open("div", attrs!["class" = "cb-log"]);
    m.open("p", attrs![]);
    m.string(match state.log.last_done(recipe.id) {
        Some(done) => fill(ui::LAST_DONE.get(lang), &[("date", &done.written(lang))]),
        None => ui::NEVER_DONE.get(lang).to_owned(),
    });
    m.close();
    m.group();
    if let (Some(_), Some(limit)) = (state.log.overuse(recipe, day), &recipe.limit) {
        m.open("p", attrs!["class" = "cb-warning", "data-warning" = "frequency", "role" = "status"]);
        m.string(fill(ui::FREQUENCY_WARNING.get(lang), &[("value", limit.text.get(lang))]));
        m.close();
    }
    m.close();
    m.leaf("button", button!(bare "log-done"), ui::LOG_DONE);
    m.close();
    m.open("button", button!(link "toggle-recipe"));
    m.attr("aria-expanded", if shown { "true" } else { "false" });
    m.attr_string("aria-controls", body_id.clone());
    m.text(if shown { ui::HIDE_RECIPE } else { ui::SHOW_RECIPE });
    m.close();
    m.group();
    if shown {
        m.open("div", attrs!["class" = "cb-recipe-body"]);
        m.attr_string("id", body_id);
        m.leaf("h4", attrs![], ui::YOU_NEED);
        m.open("ul", attrs!["class" = "cb-checklist"]);
        for text in recipe.ingredients {
            m.open("li", attrs![]);
            m.open("label", attrs!["class" = "cb-option"]);
            m.input(attrs!["type" = "checkbox"], None, None);
            m.close();
            m.leaf("span", attrs![], *text);
            m.close();
            m.close();
        }
        m.close();
        m.leaf("h4", attrs![], ui::HOW_TO);
        m.open("ol", attrs!["class" = "cb-steps"]);
        for text in recipe.steps {
            m.leaf("li", attrs![], *text);
        }
        m.close();
        m.open("div", attrs!["class" = "cb-nav"]);
        m.leaf("button", button!(primary "mask-mode"), ui::MASK_MODE);
        m.leaf("button", button!("print-recipe"), ui::PRINT_RECIPE);
        m.close();
        cited(m, recipe.sources, recipe.evidence, None);
        m.close();
    }
    m.close();
    m.close();
}

/// Who should not use the recipe, and what to watch for: on the card and in mask mode.
fn cautions(m: &mut Markup, text: Text) {
    m.open("p", attrs!["class" = "cb-cautions"]);
    m.leaf("strong", attrs![], ui::CAUTIONS_LABEL);
    m.str(" ");
    m.text(text);
    m.close();
}

/// A recipe's countdown: start, pause, resume, reset; starting a remedy that is not
/// advised asks first.
fn countdown_view(m: &mut Markup, timer: &Timer, state: &UiState, index: usize, not_advised: bool) {
    let remaining = timer.remaining_seconds(state.now);
    let running = timer.is_running();
    let finished = !running && remaining == 0;
    let paused_midway = !running && remaining > 0 && f64::from(remaining) * 1000.0 < timer.total;
    let confirming = state.confirming == Some(index);
    m.open("div", attrs!["class" = "cb-countdown", "part" = "timer"]);
    m.open("p", attrs!["class" = "cb-timer"]);
    m.open("span", attrs!["class" = "cb-timer-label"]);
    m.text(ui::TIMER_LABEL);
    m.str(" ");
    m.close();
    m.open("span", attrs!["role" = "timer", "data-timer" = ""]);
    m.attr_string("data-remaining-seconds", remaining.to_string());
    m.string(format!("{}:{:02}", remaining / 60, remaining % 60));
    m.close();
    m.close();
    m.open("div", attrs!["class" = "cb-nav"]);
    m.group();
    if running {
        m.leaf("button", button!(bare "timer-pause"), ui::TIMER_PAUSE);
    } else if !finished {
        m.open("button", attrs!["type" = "button", "class" = "cb-primary", "data-action" = "timer-start"]);
        if not_advised && !confirming {
            m.attr("data-ask", "");
        }
        m.text(if paused_midway { ui::TIMER_RESUME } else { ui::TIMER_START });
        m.close();
    }
    m.close();
    m.leaf("button", button!(bare "timer-reset"), ui::TIMER_RESET);
    m.close();
    m.group();
    if confirming {
        m.open("div", attrs!["class" = "cb-confirm", "role" = "alertdialog"]);
        m.attr("aria-label", ui::CONFIRM_NOT_ADVISED.get(m.lang));
        m.leaf("p", attrs![], ui::CONFIRM_NOT_ADVISED);
        m.open("div", attrs!["class" = "cb-nav"]);
        m.leaf("button", button!(bare "timer-confirm"), ui::CONFIRM_YES);
        m.leaf("button", button!(bare "timer-cancel"), ui::CONFIRM_NO);
        m.close();
        m.close();
    }
    m.close();
    m.group();
    if finished {
        m.leaf("p", attrs!["class" = "cb-done"], ui::TIMER_DONE);
    }
    m.close();
    m.close();
}

/// Mask mode: the recipe's steps one at a time, in large type with large targets, the
/// timer above them, and the sound switch; the screen is kept on while it is open.
fn mask_view(m: &mut Markup, state: &UiState, advice: &RecipeAdvice, index: usize, step: usize) {
    let recipe = advice.recipe;
    let last = recipe.steps.len() - 1;
    let count = fill(
        ui::STEP_NUMBER.get(m.lang),
        &[("step", &(step + 1).to_string()), ("total", &recipe.steps.len().to_string())],
    );
    m.open("section", attrs!["class" = "cb-mask", "part" = "mask", "aria-labelledby" = "cb-mask-title"]);
    m.attr("data-recipe", recipe.id);
    m.attr("data-status", advice.status.id());
    m.open("div", attrs!["class" = "cb-mask-head"]);
    m.leaf("h3", attrs!["id" = "cb-mask-title", "class" = "cb-card-title", "tabindex" = "-1"], recipe.title);
    m.leaf("button", button!("mask-close"), ui::MASK_CLOSE);
    m.close();
    cautions(m, recipe.cautions);
    m.group();
    if let Some(Some(timer)) = state.timers.get(index) {
        countdown_view(m, timer, state, index, advice.status == RecipeStatus::NotAdvised);
    }
    m.close();
    m.open("p", attrs!["class" = "cb-step-count"]);
    m.string(count);
    m.close();
    m.leaf("p", attrs!["class" = "cb-mask-step"], recipe.steps[step]);
    m.open("div", attrs!["class" = "cb-nav cb-mask-nav"]);
    m.open("button", attrs!["type" = "button", "part" = "button"]);
    if step == 0 {
        m.attr("disabled", "disabled");
    }
    m.attr_string("data-go-step", step.saturating_sub(1).to_string());
    m.text(ui::PREVIOUS_STEP);
    m.close();
    m.open("button", attrs!["type" = "button", "class" = "cb-primary", "part" = "button primary-button"]);
    if step == last {
        m.attr("disabled", "disabled");
    }
    m.attr_string("data-go-step", (step + 1).min(last).to_string());
    m.text(ui::NEXT_STEP);
    m.close();
    m.close();
    m.open("label", attrs!["class" = "cb-option cb-sound"]);
    m.input(attrs!["type" = "checkbox", "data-action" = "sound"], None, Some(!state.muted));
    m.close();
    m.leaf("span", attrs![], ui::SOUND);
    m.close();
    m.leaf("p", attrs!["class" = "cb-note"], ui::SCREEN_ON);
    m.close();
}
