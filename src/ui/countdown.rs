//! A recipe's countdown: the time left, and where it offers them, start, pause, resume and
//! reset. While it runs it draws itself again four times a second, and nothing else of the
//! widget with it.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, counted_button, Look};
use crate::browser::clock;
use crate::content::{ui, Recipe};
use crate::engine::timer::Timer;

/// Where the countdown shows, which decides its buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Controls {
    /// On a card: the start, or the reset once the time is up, is the card's main button.
    Card,
    /// On mask mode's step that waits: the start, named with its minutes, is the step's
    /// main button; once the time is up the way on is the next step, not the reset.
    TimedStep,
    /// On mask mode's other steps: the time alone.
    TimeOnly,
}

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub ui: Ui,
    pub recipe: &'static Recipe,
    pub timer: Timer,
    pub controls: Controls,
}

#[component(Countdown)]
pub fn countdown(props: &CountdownProps) -> Html {
    let ui = &props.ui;
    let lang = ui.lang;
    let redraw = use_force_update();
    let running = props.timer.is_running();
    use_effect_with(running, move |running| {
        let interval = running.then(|| Interval::new(250, move || redraw.force_update()));
        move || drop(interval)
    });
    let (recipe, timer, controls) = (props.recipe, props.timer, props.controls);
    let remaining = timer.remaining_seconds(clock::now());
    let finished = !running && remaining == 0;
    let paused_midway = !running && remaining > 0 && f64::from(remaining) * 1000.0 < timer.total;
    let start = Action::TimerStart(recipe);
    let start = match (controls, paused_midway) {
        (_, true) => button(ui, start, ui::TIMER_RESUME, Look::Primary),
        (Controls::TimedStep, false) => {
            let minutes = recipe.timer.as_ref().map_or(0, |t| t.minutes);
            counted_button(ui, start, ui::TIMER_START_MINUTES.get(lang, minutes), Look::Primary)
        }
        _ => button(ui, start, ui::TIMER_START, Look::Primary),
    };
    let reset_look = if controls == Controls::Card { Look::Primary } else { Look::Bare };
    html! {
        <div class="cb-countdown" part="timer">
            <p class="cb-timer">
                <span class="cb-timer-label">{ ui::TIMER_LABEL.get(lang) }{ " " }</span>
                <span role="timer" data-timer="" data-remaining-seconds={remaining.to_string()}>
                    { format!("{}:{:02}", remaining / 60, remaining % 60) }
                </span>
            </p>
            // The first button changes with the countdown in place, so that the focus on it
            // stays: pause while it runs, reset once its time is up.
            if controls != Controls::TimeOnly {
                <div class="cb-nav">
                    if running {
                        { button(ui, Action::TimerPause(recipe), ui::TIMER_PAUSE, Look::Bare) }
                    } else if finished {
                        { button(ui, Action::TimerReset(recipe), ui::TIMER_RESET, reset_look) }
                    } else {
                        { start }
                    }
                    if !finished {
                        { button(ui, Action::TimerReset(recipe), ui::TIMER_RESET, Look::Bare) }
                    }
                </div>
            }
            if finished {
                <p class="cb-done">{ ui::TIMER_DONE.get(lang) }</p>
            }
        </div>
    }
}
