//! The mask and remedy guide: the recipe cards, filtered by what they help with and marked
//! for the reader once the checker has answers; or mask mode, one recipe a step at a time.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, Look};
use super::card::RecipeCard;
use super::mask::mask;
use super::notices::note;
use super::state::{LogStatus, Msg, UiState};
use crate::content::{ui, TAGS};
use crate::engine::screens::GuideScreen;

/// The guide, or mask mode where the reader opened it.
pub fn guide(ui: &Ui, state: &UiState, guide: &GuideScreen) -> Html {
    let lang = ui.lang;
    if let Some((recipe, step)) = state.mask {
        return mask(ui, state, &guide.cards[recipe], recipe, step);
    }
    let today = state.device.0.today();
    let filter = |tag: Option<&'static str>| {
        let pressed = if state.filter == tag { "true" } else { "false" };
        let onclick = ui.send.reform(move |_: MouseEvent| Msg::Filter(tag));
        (pressed, onclick)
    };
    let (all_pressed, all_click) = filter(None);
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
                <button type="button" data-tag="" aria-pressed={all_pressed} onclick={all_click}>{ ui::FILTER_ALL.get(lang) }</button>
                { for TAGS.iter().map(|tag| {
                    let (pressed, onclick) = filter(Some(tag.id));
                    html! { <button type="button" data-tag={tag.id} aria-pressed={pressed} {onclick}>{ tag.label.get(lang) }</button> }
                }) }
            </div>
            if let Some(text) = log_notice {
                { note(ui, text) }
            }
            <ul class="cb-cards cb-recipes">
                { for guide.cards.iter().enumerate()
                    .filter(|(_, card)| state.filter.is_none_or(|tag| card.advice.recipe.helps.contains(&tag)))
                    .map(|(index, card)| {
                        let recipe = card.advice.recipe;
                        html! {
                            <RecipeCard key={recipe.id} ui={ui.clone()} card={card.clone()} {index}
                                open={state.is_open(index) || state.printing == Some(index)}
                                printing={state.printing == Some(index)}
                                timer={state.timers.get(index).copied().flatten()}
                                confirming={state.confirming == Some(index)}
                                last_done={state.log.last_done(recipe.id)}
                                overused={state.log.overuse(recipe, today).is_some()} />
                        }
                    }) }
            </ul>
            { button(ui, Action::LogClear, ui::LOG_CLEAR, Look::Link) }
        </div>
    }
}
