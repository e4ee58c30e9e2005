//! Mask mode: a recipe's steps one at a time, in large type with large targets, the timer
//! above them, and the sound switch; the screen is kept on while it is open.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, button_enabled, Look};
use super::card::cautions;
use super::countdown::Countdown;
use super::focus::Mark;
use super::state::UiState;
use crate::content::{fill, ui};
use crate::engine::screens::Card;

/// Mask mode of the card's recipe, on its step `step`.
pub fn mask(ui: &Ui, state: &UiState, card: &Card, step: usize) -> Html {
    let lang = ui.lang;
    let recipe = card.advice.recipe;
    let steps = recipe.steps;
    let count = fill(
        ui::STEP_NUMBER.get(lang),
        &[("step", &(step + 1).to_string()), ("total", &steps.len().to_string())],
    );
    html! {
        <section class="cb-mask" part="mask" aria-labelledby="cb-mask-title" data-recipe={recipe.id} data-status={card.advice.status.id()}>
            <div class="cb-mask-head">
                <h3 id="cb-mask-title" class="cb-card-title" tabindex="-1" data-focus={Mark::Mask.id()}>{ recipe.title.get(lang) }</h3>
                { button(ui, Action::MaskClose, ui::MASK_CLOSE, Look::Plain) }
            </div>
            { cautions(ui, recipe.cautions) }
            if let Some(timer) = state.timer(recipe) {
                <Countdown ui={ui.clone()} {recipe} {timer} confirming={state.confirming == Some(recipe)} asks_first={card.asks_first} />
            }
            <p class="cb-step-count">{ count }</p>
            <p class="cb-mask-step">{ steps[step].get(lang) }</p>
            <div class="cb-nav cb-mask-nav">
                { button_enabled(ui, Action::MaskPrevious, ui::PREVIOUS_STEP, Look::Plain, step > 0) }
                { button_enabled(ui, Action::MaskNext, ui::NEXT_STEP, Look::Primary, step + 1 < steps.len()) }
            </div>
            <label class="cb-option cb-sound">
                <input type="checkbox" data-action={Action::Sound.hook()} checked={!state.muted}
                    onchange={ui.send.reform(|_: Event| Action::Sound.msg())} />
                <span>{ ui::SOUND.get(lang) }</span>
            </label>
            <p class="cb-note">{ ui::SCREEN_ON.get(lang) }</p>
        </section>
    }
}
