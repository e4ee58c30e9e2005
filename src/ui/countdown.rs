//! A recipe's countdown: start, pause, resume, reset, and a polite announcement when
//! the time is up. Starting a remedy that is not advised asks first.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::content::{ui, Lang};
use crate::engine::timer::Timer;

#[derive(Properties, PartialEq)]
pub struct CountdownProps {
    pub minutes: u32,
    pub lang: Lang,
    /// Starting asks for confirmation first.
    pub not_advised: bool,
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[component(Countdown)]
pub fn countdown(props: &CountdownProps) -> Html {
    let lang = props.lang;
    let timer = use_state_eq(|| Timer::new(props.minutes));
    let confirming = use_state_eq(|| false);
    // Redraws while running; the time itself always comes from the clock.
    let tick = use_force_update();
    {
        let (running, tick) = (timer.is_running(), tick.clone());
        use_effect_with(running, move |running| {
            let interval = running.then(|| Interval::new(250, move || tick.force_update()));
            move || drop(interval)
        });
    }
    let remaining = timer.remaining_seconds(now());
    let done = timer.is_running() && timer.is_done(now());
    {
        let timer = timer.clone();
        use_effect_with(done, move |done| {
            if *done {
                timer.set(timer.pause(now()));
            }
        });
    }
    let set = |change: fn(Timer) -> Timer| {
        let (timer, confirming) = (timer.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            timer.set(change(*timer));
        })
    };
    let start = {
        let (timer, confirming, ask) = (timer.clone(), confirming.clone(), props.not_advised);
        Callback::from(move |_: MouseEvent| {
            if ask && !*confirming {
                confirming.set(true);
            } else {
                confirming.set(false);
                timer.set(timer.start(now()));
            }
        })
    };
    let paused_midway = !timer.is_running() && remaining > 0 && remaining * 1000 < timer.total as u32;
    let finished = !timer.is_running() && remaining == 0;
    html! {
        <div class="cb-countdown">
            <p class="cb-timer">
                <span class="cb-timer-label">{ ui::TIMER_LABEL.get(lang) }{ " " }</span>
                <span role="timer" data-timer="" data-remaining-seconds={remaining.to_string()}>
                    { format!("{}:{:02}", remaining / 60, remaining % 60) }
                </span>
            </p>
            <div class="cb-nav">
                if timer.is_running() {
                    <button type="button" data-action="timer-pause" onclick={set(|t| t.pause(now()))}>{ ui::TIMER_PAUSE.get(lang) }</button>
                } else if !finished {
                    <button type="button" class="cb-primary" data-action="timer-start" onclick={start.clone()}>
                        { if paused_midway { ui::TIMER_RESUME.get(lang) } else { ui::TIMER_START.get(lang) } }
                    </button>
                }
                <button type="button" data-action="timer-reset" onclick={set(Timer::reset)}>{ ui::TIMER_RESET.get(lang) }</button>
            </div>
            if *confirming {
                <div class="cb-confirm" role="alertdialog" aria-label={ui::CONFIRM_NOT_ADVISED.get(lang)}>
                    <p>{ ui::CONFIRM_NOT_ADVISED.get(lang) }</p>
                    <div class="cb-nav">
                        <button type="button" data-action="timer-confirm" onclick={start.clone()}>{ ui::CONFIRM_YES.get(lang) }</button>
                        <button type="button" onclick={{ let c = confirming.clone(); Callback::from(move |_| c.set(false)) }}>
                            { ui::CONFIRM_NO.get(lang) }
                        </button>
                    </div>
                </div>
            }
            <p class="cb-status" role="status">{ if finished { ui::TIMER_DONE.get(lang) } else { "" } }</p>
        </div>
    }
}
