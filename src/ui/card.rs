//! A recipe's card in the guide: its badge and what it is for, why it needs care or is not
//! advised, its cautions, its time and limit, its countdown, the reader's log, and, opened,
//! the checklist and the steps; or, for a recipe not advised for the reader, why, and whom
//! to ask instead.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, disclosure, Look};
use super::cited::{cited, fired};
use super::countdown::{Controls, Countdown};
use super::focus::Mark;
use super::shared::Shared;
use crate::content::{fill, ui, Recipe, Text};
use crate::engine::assessment::RecipeStatus;
use crate::engine::calendar::Day;
use crate::engine::rules::Fired;
use crate::engine::screens::{Badge, Card, CountdownOffer};
use crate::engine::timer::Timer;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub ui: Ui,
    /// Made once per assessment, and compared by identity.
    pub card: Shared<Card>,
    pub open: bool,
    /// It is printing alone.
    pub printing: bool,
    pub timer: Option<Timer>,
    pub last_done: Option<Day>,
    /// Doing it again today would go past its limit.
    pub overused: bool,
}

#[component(RecipeCard)]
pub fn recipe_card(props: &CardProps) -> Html {
    if !props.card.offers_use() {
        return ruled_out(props);
    }
    let ui = &props.ui;
    let lang = ui.lang;
    let Card { advice, badge } = &*props.card;
    let recipe = advice.recipe;
    let body = format!("cb-recipe-{}", recipe.id);
    html! {
        <li class="cb-card cb-recipe" part="card recipe" data-print-this={props.printing.then_some("")}
            data-recipe={recipe.id} data-status={advice.status.id()}>
            <div class="cb-recipe-head">
                <h3 class="cb-card-title" tabindex="-1" data-focus={Mark::Card.id()}>{ recipe.title.get(lang) }</h3>
                if let Some(badge) = badge {
                    <span class="cb-badge" part="badge">{ badge_text(*badge).get(lang) }</span>
                }
            </div>
            <p>{ recipe.purpose.get(lang) }</p>
            { risk(ui, advice.status, &advice.against, badge.is_some()) }
            { cautions(ui, recipe.cautions) }
            // What the widget leaves out of the article, and why, is a safety note: in view.
            if let Some(note) = recipe.note {
                <p class="cb-note">{ note.get(lang) }</p>
            }
            { meta(ui, recipe) }
            if let (CountdownOffer::Full, Some(timer)) = (props.card.countdown(props.timer), props.timer) {
                <Countdown ui={ui.clone()} {recipe} {timer} controls={Controls::Card} />
            }
            { log(ui, recipe, props.last_done, props.overused) }
            { disclosure(ui, Action::ToggleRecipe(recipe), if props.open { ui::HIDE_RECIPE } else { ui::SHOW_RECIPE }.get(lang),
                props.open, body.clone()) }
            if props.open {
                { body_of(ui, recipe, body) }
            }
        </li>
    }
}

/// A recipe not advised for the reader: its name, why, and whom to ask instead; nothing
/// that invites its use. A countdown started before it was ruled out can only be stopped,
/// and the recipe itself is there only for information, behind its own disclosure.
fn ruled_out(props: &CardProps) -> Html {
    let ui = &props.ui;
    let lang = ui.lang;
    let advice = &props.card.advice;
    let recipe = advice.recipe;
    let body = format!("cb-recipe-{}", recipe.id);
    html! {
        <li class="cb-card cb-recipe" part="card recipe" data-recipe={recipe.id} data-status={advice.status.id()}>
            <div class="cb-recipe-head">
                <h4 class="cb-card-title" tabindex="-1" data-focus={Mark::Card.id()}>{ recipe.title.get(lang) }</h4>
                <span class="cb-badge" part="badge">{ ui::STATUS_NOT_ADVISED.get(lang) }</span>
            </div>
            { risk(ui, advice.status, &advice.against, true) }
            <p class="cb-ask">{ ui::ASK_INSTEAD.get(lang) }</p>
            if props.card.countdown(props.timer) == CountdownOffer::StopOnly {
                <div class="cb-warning cb-stop-timer">
                    <p>{ ui::RULED_OUT_TIMER.get(lang) }</p>
                    { button(ui, Action::TimerReset(recipe), ui::TIMER_STOP, Look::Plain) }
                </div>
            }
            if let Some(note) = recipe.note {
                <p class="cb-note">{ note.get(lang) }</p>
            }
            { disclosure(ui, Action::ToggleRecipe(recipe), if props.open { ui::HIDE_RECIPE } else { ui::SHOW_ANYWAY }.get(lang),
                props.open, body.clone()) }
            if props.open {
                <div class="cb-recipe-body" id={body}>
                    <p>{ recipe.purpose.get(lang) }</p>
                    <h5>{ ui::YOU_NEED.get(lang) }</h5>
                    <ul>
                        for text in recipe.ingredients {
                            <li>{ text.get(lang) }</li>
                        }
                    </ul>
                    <h5>{ ui::HOW_TO.get(lang) }</h5>
                    { steps(ui, recipe) }
                    { cited(ui, recipe.sources, recipe.evidence, None) }
                </div>
            }
        </li>
    }
}

/// The badge's words.
pub fn badge_text(badge: Badge) -> Text {
    match badge {
        Badge::Suits => ui::STATUS_SUITABLE,
        Badge::UseWithCare => ui::STATUS_CAUTION,
        Badge::DoctorFirst => ui::STATUS_DOCTOR_FIRST,
        Badge::NotAdvised => ui::STATUS_NOT_ADVISED,
    }
}

/// Why it is not advised stays in view; why it needs care is a tap away, so that the list
/// stays short enough to compare, under "why?" beside a badge, else under what it is.
fn risk(ui: &Ui, status: RecipeStatus, against: &Fired, badged: bool) -> Html {
    match status {
        RecipeStatus::NotAdvised => html! {
            <div class="cb-risk">{ fired(ui, against, ui::BECAUSE, None) }</div>
        },
        RecipeStatus::Caution => html! {
            <details class="cb-risk">
                <summary>{ if badged { ui::WHY_STATUS } else { ui::WHY_CARE }.get(ui.lang) }</summary>
                { fired(ui, against, ui::BECAUSE, None) }
            </details>
        },
        RecipeStatus::Suitable => html! {},
    }
}

/// Who should not use the recipe, and what to watch for: on the card and in mask mode.
pub fn cautions(ui: &Ui, text: Text) -> Html {
    html! {
        <p class="cb-cautions"><strong>{ ui::CAUTIONS_LABEL.get(ui.lang) }</strong>{ " " }{ text.get(ui.lang) }</p>
    }
}

/// Its time on the skin and how often it may be done.
fn meta(ui: &Ui, recipe: &'static Recipe) -> Html {
    let lang = ui.lang;
    html! {
        <p class="cb-meta">
            if let Some(timer) = &recipe.timer {
                <span>{ ui::MINUTES.get(lang, timer.minutes) }</span>
            }
            if let Some(limit) = &recipe.limit {
                <span>{ limit.text.get(lang) }</span>
            }
        </p>
    }
}

/// When the reader last did it, a warning when once more today would pass its limit, and
/// the button that marks today.
fn log(ui: &Ui, recipe: &'static Recipe, last_done: Option<Day>, overused: bool) -> Html {
    let lang = ui.lang;
    let last = match last_done {
        Some(day) => fill(ui::LAST_DONE.get(lang), &[("date", &day.written(lang))]),
        None => ui::NEVER_DONE.get(lang).to_owned(),
    };
    html! {
        <div class="cb-log">
            <p>{ last }</p>
            if let (true, Some(limit)) = (overused, &recipe.limit) {
                <p class="cb-warning" data-warning="frequency" role="status">
                    { fill(ui::FREQUENCY_WARNING.get(lang), &[("value", limit.text.get(lang))]) }
                </p>
            }
            { button(ui, Action::LogDone(recipe), ui::LOG_DONE, Look::Bare) }
        </div>
    }
}

/// The opened card: what you need, as a checklist, the steps, mask mode and printing.
fn body_of(ui: &Ui, recipe: &'static Recipe, id: String) -> Html {
    let lang = ui.lang;
    html! {
        <div class="cb-recipe-body" {id}>
            <h4>{ ui::YOU_NEED.get(lang) }</h4>
            <ul class="cb-checklist">
                for text in recipe.ingredients {
                    <li><label class="cb-option"><input type="checkbox" /><span>{ text.get(lang) }</span></label></li>
                }
            </ul>
            <h4>{ ui::HOW_TO.get(lang) }</h4>
            { steps(ui, recipe) }
            <div class="cb-nav">
                { button(ui, Action::MaskMode(recipe), ui::MASK_MODE, Look::Primary) }
                { button(ui, Action::PrintRecipe(recipe), ui::PRINT_RECIPE, Look::Plain) }
            </div>
            { cited(ui, recipe.sources, recipe.evidence, None) }
        </div>
    }
}

/// The recipe's steps, numbered: on the opened card, and on a ruled-out one for
/// information.
fn steps(ui: &Ui, recipe: &Recipe) -> Html {
    html! {
        <ol class="cb-steps">
            for text in recipe.steps {
                <li>{ text.get(ui.lang) }</li>
            }
        </ol>
    }
}
