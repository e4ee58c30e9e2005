//! A recipe's countdown: the time left, start, pause, resume and reset; starting a remedy
//! that is not advised asks first. While it runs it draws itself again four times a
//! second, and nothing else of the widget with it.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, Look};
use super::focus::Mark;
use crate::browser::clock;
use crate::content::{ui, Recipe};
use crate::engine::timer::Timer;

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub ui: Ui,
    pub recipe: &'static Recipe,
    pub timer: Timer,
    /// Its start asks for confirmation (a remedy not advised for the reader)...
    pub asks_first: bool,
    /// ...and is asking now.
    pub confirming: bool,
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
    let (recipe, timer) = (props.recipe, props.timer);
    let remaining = timer.remaining_seconds(clock::now());
    let finished = !running && remaining == 0;
    let paused_midway = !running && remaining > 0 && f64::from(remaining) * 1000.0 < timer.total;
    let start = if props.asks_first && !props.confirming {
        Action::TimerAsk(recipe)
    } else {
        Action::TimerStart(recipe)
    };
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
            <div class="cb-nav" data-focus={Mark::Timer.id()}>
                if running {
                    { button(ui, Action::TimerPause(recipe), ui::TIMER_PAUSE, Look::Bare) }
                } else if finished {
                    { button(ui, Action::TimerReset(recipe), ui::TIMER_RESET, Look::Primary) }
                } else {
                    { button(ui, start, if paused_midway { ui::TIMER_RESUME } else { ui::TIMER_START }, Look::Primary) }
                }
                if !finished {
                    { button(ui, Action::TimerReset(recipe), ui::TIMER_RESET, Look::Bare) }
                }
            </div>
            if props.confirming {
                <div class="cb-confirm" role="alertdialog" aria-label={ui::CONFIRM_NOT_ADVISED.get(lang)}>
                    <p>{ ui::CONFIRM_NOT_ADVISED.get(lang) }</p>
                    <div class="cb-nav">
                        { button(ui, Action::TimerConfirm(recipe), ui::CONFIRM_YES, Look::Bare) }
                        { button(ui, Action::TimerCancel, ui::CONFIRM_NO, Look::Bare) }
                    </div>
                </div>
            }
            if finished {
                <p class="cb-done">{ ui::TIMER_DONE.get(lang) }</p>
            }
        </div>
    }
}
