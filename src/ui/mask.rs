//! Mask mode, for a reader with the mask on their back: a recipe's steps one at a time, in
//! large type with large targets, on a layer over the whole page. The timer is offered on
//! the step that waits, as its main button, and a countdown that has started stays in view
//! on every step; the last step ends with "done, log today" or "close". The screen is kept
//! on while it is open.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, button_enabled, Look};
use super::card::cautions;
use super::countdown::{Controls, Countdown};
use super::focus::Mark;
use super::layer::Layer;
use super::state::UiState;
use crate::content::{fill, ui};
use crate::engine::screens::Card;
use crate::engine::timer::Countdown as Counting;

/// Mask mode of the card's recipe, on its step `step`.
pub fn mask(ui: &Ui, state: &UiState, card: &Card, step: usize) -> Html {
    let lang = ui.lang;
    let recipe = card.advice.recipe;
    let steps = recipe.steps;
    let count = fill(
        ui::STEP_NUMBER.get(lang),
        &[("step", &(step + 1).to_string()), ("total", &steps.len().to_string())],
    );
    let timed = recipe.timer.as_ref().is_some_and(|t| t.step == step);
    let timer = state.timer(recipe);
    let countdown = match timer {
        Some(timer) if timed => Some((timer, Controls::TimedStep)),
        Some(timer) if timer.state != Counting::Ready => Some((timer, Controls::TimeOnly)),
        _ => None,
    };
    let last = step + 1 == steps.len();
    // On the step that waits, starting the timer is the way on until its time is up.
    let next_look = match timer {
        Some(timer) if timed && timer.remaining_seconds(state.device.now()) > 0 => Look::Plain,
        _ => Look::Primary,
    };
    html! {
        <Layer ui={ui.clone()} close={Action::MaskClose} labelled_by="cb-mask-title">
            <section class="cb-mask" part="mask" data-recipe={recipe.id} data-status={card.advice.status.id()}>
                <div class="cb-mask-head">
                    <h3 id="cb-mask-title" class="cb-card-title" tabindex="-1" autofocus=true data-focus={Mark::Mask.id()}>
                        { recipe.title.get(lang) }
                    </h3>
                    { button(ui, Action::MaskClose, ui::MASK_CLOSE, Look::Plain) }
                </div>
                if let Some((timer, controls)) = countdown {
                    <Countdown ui={ui.clone()} {recipe} {timer} {controls} />
                }
                <p class="cb-step-count">{ count }</p>
                <p class="cb-mask-step">{ steps[step].get(lang) }</p>
                <div class="cb-nav cb-mask-nav">
                    { button_enabled(ui, Action::MaskPrevious, ui::PREVIOUS_STEP, Look::Plain, step > 0) }
                    if last {
                        { button(ui, Action::MaskDone(recipe), ui::MASK_DONE, Look::Primary) }
                        { button(ui, Action::MaskClose, ui::CLOSE, Look::Plain) }
                    } else {
                        { button(ui, Action::MaskNext, ui::NEXT_STEP, next_look) }
                    }
                </div>
                { cautions(ui, recipe.cautions) }
                <label class="cb-option cb-sound">
                    <input type="checkbox" data-action={Action::Sound.hook()} checked={!state.muted}
                        onchange={ui.send.reform(|_: Event| Action::Sound.msg())} />
                    <span>{ ui::SOUND.get(lang) }</span>
                </label>
                <p class="cb-note">{ ui::SCREEN_ON.get(lang) }</p>
            </section>
        </Layer>
    }
}
