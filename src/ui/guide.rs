//! The mask and remedy guide: the recipe cards, filtered by what they help with and marked
//! for the reader once the checker has answers, those not advised folded away after the
//! rest; or mask mode, one recipe a step at a time.

use std::rc::Rc;

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, disclosure, flag, Look};
use super::card::RecipeCard;
use super::mask::mask;
use super::notices::note;
use super::shared::Shared;
use super::state::{LogStatus, UiState};
use crate::content::{fill, ui, Tag, TAGS};
use crate::engine::screens::{Card, CountdownOffer, GuideScreen};

/// The guide, or mask mode where the reader opened it.
// Compiled apart from the root's view: Chromium compiles a wasm function on its first call,
// and the first screen need not pay for this one.
#[inline(never)]
pub fn guide(ui: &Ui, state: &UiState, guide: &GuideScreen) -> Html {
    let lang = ui.lang;
    // Mask mode opens only from a card that offers its recipe for use.
    let masked = state.mask.and_then(|(recipe, step)| Some((guide.card(recipe)?, step)));
    if let Some((card, step)) = masked.filter(|(card, _)| card.offers_use()) {
        return mask(ui, state, card, step);
    }
    let log_notice = match state.log_status {
        LogStatus::Saved => None,
        LogStatus::Unavailable => Some(ui::LOG_UNAVAILABLE),
        LogStatus::Unreadable => Some(ui::LOG_UNREADABLE),
    };
    let ruled_out: Vec<&Rc<Card>> =
        guide.ruled_out().iter().filter(|card| state.shows(card.advice.recipe)).collect();
    let label = fill(ui::RULED_OUT_TITLE.get(lang), &[("count", &ruled_out.len().to_string())]);
    // A card that can only stop a timer started before its recipe was ruled out is not
    // folded away: the reader may have the remedy on the skin.
    let stopping =
        ruled_out.iter().any(|c| c.countdown(state.timer(c.advice.recipe)) == CountdownOffer::StopOnly);
    let shown = state.ruled_out_open || stopping;
    // Printing marks the guide and the card with attributes, which the print stylesheet
    // selects.
    html! {
        <div class="cb-guide" data-printing={state.printing.map(|_| "")}>
            if state.from_result {
                { button(ui, Action::BackToResult, ui::BACK_TO_RESULT, Look::Link) }
            }
            if guide.tailored {
                <p>{ ui::RECIPES_INTRO.get(lang) }{ " " }{ ui::TAILORED_NOTE.get(lang) }</p>
            } else {
                <p>{ ui::RECIPES_INTRO.get(lang) }</p>
                // Before any answer no card claims to suit the reader: the checker can say.
                <p class="cb-prompt">
                    <span>{ ui::CHECK_PROMPT.get(lang) }</span>
                    { button(ui, Action::CheckSymptoms, ui::CHECK_SYMPTOMS, Look::Link) }
                </p>
                <p>{ ui::UNTAILORED_NOTE.get(lang) }</p>
            }
            if guide.red_flag {
                <p class="cb-stop" role="note">{ ui::RED_FLAG_NOTE.get(lang) }</p>
            }
            <div class="cb-filter" role="group" aria-label={ui::FILTER_LABEL.get(lang)}>
                <span class="cb-filter-label" aria-hidden="true">{ ui::FILTER_LABEL.get(lang) }</span>
                { filter(ui, state, None) }
                for tag in TAGS.iter() {
                    { filter(ui, state, Some(tag)) }
                }
            </div>
            if let Some(text) = log_notice {
                { note(ui, text) }
            }
            { cards(ui, state, guide.offered().iter().filter(|card| state.shows(card.advice.recipe)), None, false) }
            if !ruled_out.is_empty() {
                <section class="cb-ruled-out">
                    <h3 class="cb-group-title">
                        { disclosure(ui, Action::ToggleRuledOut, label, shown, RULED_OUT.to_owned()) }
                    </h3>
                    // Folded, the cards stay in the page, hidden, with their hooks.
                    { cards(ui, state, ruled_out.into_iter(), Some(RULED_OUT), !shown) }
                </section>
            }
            { button(ui, Action::LogClear, ui::LOG_CLEAR, Look::Link) }
        </div>
    }
}

/// The id of the list of the remedies not advised, which its disclosure shows.
const RULED_OUT: &str = "cb-ruled-out";

/// A list of recipe cards, each keyed by its recipe.
fn cards<'a>(
    ui: &Ui,
    state: &UiState,
    cards: impl Iterator<Item = &'a Rc<Card>>,
    id: Option<&'static str>,
    hidden: bool,
) -> Html {
    let today = state.device.today();
    html! {
        <ul class="cb-cards cb-recipes" {id} {hidden}>
            for card in cards {
                <RecipeCard key={card.advice.recipe.id} ui={ui.clone()} card={Shared(card.clone())}
                    open={state.is_open(card.advice.recipe) || state.printing == Some(card.advice.recipe)}
                    printing={state.printing == Some(card.advice.recipe)}
                    timer={state.timer(card.advice.recipe)}
                    last_done={state.log.last_done(card.advice.recipe.id)}
                    overused={state.log.overuse(card.advice.recipe, today).is_some()} />
            }
        </ul>
    }
}

/// The filter's button for a tag, or for every recipe.
fn filter(ui: &Ui, state: &UiState, tag: Option<&'static Tag>) -> Html {
    let action = Action::Filter(tag);
    let label = tag.map_or(ui::FILTER_ALL, |tag| tag.label);
    html! {
        <button type="button" data-action={action.hook()} data-tag={tag.map_or("", |tag| tag.id)}
            aria-pressed={flag(state.filter == tag)} onclick={ui.send.reform(move |_: MouseEvent| action.msg())}>
            { label.get(ui.lang) }
        </button>
    }
}
