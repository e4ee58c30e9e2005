//! The mask and remedy guide: the recipe cards, filtered by what they help with and marked
//! for the reader once the checker has answers; or mask mode, one recipe a step at a time.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, flag, Look};
use super::card::RecipeCard;
use super::mask::mask;
use super::notices::note;
use super::shared::Shared;
use super::state::{LogStatus, UiState};
use crate::content::{ui, Tag, TAGS};
use crate::engine::screens::GuideScreen;

/// The guide, or mask mode where the reader opened it.
// Compiled apart from the root's view: Chromium compiles a wasm function on its first call,
// and the first screen need not pay for this one.
#[inline(never)]
pub fn guide(ui: &Ui, state: &UiState, guide: &GuideScreen) -> Html {
    let lang = ui.lang;
    if let Some((recipe, step)) = state.mask {
        return mask(ui, state, &guide.cards[recipe.index], step);
    }
    let today = state.device.today();
    let log_notice = match state.log_status {
        LogStatus::Saved => None,
        LogStatus::Unavailable => Some(ui::LOG_UNAVAILABLE),
        LogStatus::Unreadable => Some(ui::LOG_UNREADABLE),
    };
    // Printing marks the guide and the card with attributes, which the print stylesheet
    // selects.
    html! {
        <div class="cb-guide" data-printing={state.printing.map(|_| "")}>
            if state.from_result {
                { button(ui, Action::BackToResult, ui::BACK_TO_RESULT, Look::Link) }
            }
            <p>
                { ui::RECIPES_INTRO.get(lang) }{ " " }
                { if guide.tailored { ui::TAILORED_NOTE } else { ui::UNTAILORED_NOTE }.get(lang) }
            </p>
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
            <ul class="cb-cards cb-recipes">
                for card in guide.cards.iter().filter(|card| state.shows(card.advice.recipe)) {
                    <RecipeCard key={card.advice.recipe.id} ui={ui.clone()} card={Shared(card.clone())}
                        open={state.is_open(card.advice.recipe) || state.printing == Some(card.advice.recipe)}
                        printing={state.printing == Some(card.advice.recipe)}
                        timer={state.timer(card.advice.recipe)}
                        confirming={state.confirming == Some(card.advice.recipe)}
                        last_done={state.log.last_done(card.advice.recipe.id)}
                        overused={state.log.overuse(card.advice.recipe, today).is_some()} />
                }
            </ul>
            { button(ui, Action::LogClear, ui::LOG_CLEAR, Look::Link) }
        </div>
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
