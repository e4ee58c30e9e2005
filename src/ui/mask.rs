//! Mask mode: a recipe's steps one at a time, in large type with large targets, the timer
//! above them, and the sound switch; the screen is kept on while it is open.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, Look};
use super::card::cautions;
use super::countdown::Countdown;
use super::state::{Msg, UiState};
use crate::content::{fill, ui};
use crate::engine::assessment::RecipeStatus;
use crate::engine::screens::Card;

/// Mask mode of the recipe at `recipe` among the recipes, on its step `step`.
pub fn mask(ui: &Ui, state: &UiState, card: &Card, recipe: usize, step: usize) -> Html {
    let lang = ui.lang;
    let advice = &card.advice;
    let steps = advice.recipe.steps;
    let last = steps.len() - 1;
    let count = fill(
        ui::STEP_NUMBER.get(lang),
        &[("step", &(step + 1).to_string()), ("total", &steps.len().to_string())],
    );
    let go = |to: usize| ui.send.reform(move |_: MouseEvent| Action::MaskStep(to).msg());
    html! {
        <section class="cb-mask" part="mask" aria-labelledby="cb-mask-title" data-recipe={advice.recipe.id} data-status={advice.status.id()}>
            <div class="cb-mask-head">
                <h3 id="cb-mask-title" class="cb-card-title" tabindex="-1">{ advice.recipe.title.get(lang) }</h3>
                { button(ui, Action::MaskClose, ui::MASK_CLOSE, Look::Plain) }
            </div>
            { cautions(ui, advice.recipe.cautions) }
            if let Some(timer) = state.timers.get(recipe).copied().flatten() {
                <Countdown ui={ui.clone()} {recipe} {timer} confirming={state.confirming == Some(recipe)}
                    asks_first={advice.status == RecipeStatus::NotAdvised} />
            }
            <p class="cb-step-count">{ count }</p>
            <p class="cb-mask-step">{ steps[step].get(lang) }</p>
            <div class="cb-nav cb-mask-nav">
                <button type="button" part="button" data-action={Action::MaskStep(0).hook()} disabled={step == 0}
                    onclick={go(step.saturating_sub(1))}>{ ui::PREVIOUS_STEP.get(lang) }</button>
                <button type="button" class="cb-primary" part="button primary-button" data-action={Action::MaskStep(0).hook()}
                    disabled={step == last} onclick={go((step + 1).min(last))}>{ ui::NEXT_STEP.get(lang) }</button>
            </div>
            <label class="cb-option cb-sound">
                <input type="checkbox" data-action={Action::Sound.hook()} checked={!state.muted}
                    onchange={ui.send.reform(|_: Event| Msg::ToggleSound)} />
                <span>{ ui::SOUND.get(lang) }</span>
            </label>
            <p class="cb-note">{ ui::SCREEN_ON.get(lang) }</p>
        </section>
    }
}
