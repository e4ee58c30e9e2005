//! What a reader's click, change or key press means. The widget listens once on its root
//! for each kind of event and reads the control's hooks (`data-action`, `data-view`,
//! `data-tag`, `data-go-step`, `data-body-area`, and the `data-recipe` of the card around
//! it; an answer's `name` and `value`): one listener instead of a closure per control
//! keeps the wasm small, and the hooks outside tests drive are the ones the widget itself
//! reads.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::state::Msg;
use crate::content::{Question, QUESTIONS, RECIPES};
use crate::engine::session::Action;
use crate::engine::settings::View;

/// The widget's own request, besides changing its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    Copy,
    Print,
}

/// What a click on `control` asks for; `recipe` is the card it sits in.
pub fn click(action: &str, recipe: Option<usize>) -> Option<Result<Msg, Request>> {
    let on_card = |msg: fn(usize) -> Msg| recipe.map(|r| Ok(msg(r)));
    match action {
        "back" | "edit" => Some(Ok(Msg::Checker(Action::Back))),
        "results" => Some(Ok(Msg::Checker(Action::ShowResult))),
        "restart" => Some(Ok(Msg::Checker(Action::Restart))),
        "open-recipes" => Some(Ok(Msg::Show(View::Recipes))),
        "print" => Some(Err(Request::Print)),
        "copy" => Some(Err(Request::Copy)),
        "toggle-recipe" => on_card(Msg::ToggleCard),
        "timer-start" => on_card(Msg::TimerStart),
        "timer-confirm" => on_card(Msg::TimerStart),
        "timer-cancel" => Some(Ok(Msg::TimerCancel)),
        "timer-pause" => on_card(Msg::TimerPause),
        "timer-reset" => on_card(Msg::TimerReset),
        "log-done" => on_card(Msg::LogDone),
        "log-clear" => Some(Ok(Msg::LogClear)),
        "print-recipe" => on_card(Msg::Print),
        "mask-mode" => on_card(Msg::MaskOpen),
        "mask-close" => Some(Ok(Msg::MaskClose)),
        "open-recipe" => on_card(Msg::OpenRecipe),
        "back-to-result" => Some(Ok(Msg::BackToResult)),
        _ => None,
    }
}

/// The element that was clicked, changed or pressed.
fn target(event: &Event) -> Option<Element> {
    event.target()?.dyn_into().ok()
}

fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

fn recipe_of(element: &Element) -> Option<usize> {
    let id = closest(element, "[data-recipe]")?.get_attribute("data-recipe")?;
    RECIPES.iter().position(|r| r.id == id)
}

/// A click anywhere in the widget, as the state change or request it stands for. The
/// step's "next" button submits its form; the submission is handled, not the click.
pub fn on_click(event: &MouseEvent) -> Option<Result<Msg, Request>> {
    let control =
        closest(&target(event)?, "[data-action],[data-view],[data-tag],[data-go-step],[data-body-area]")?;
    if control.has_attribute("data-body-area") {
        return body_area(&control).map(Ok);
    }
    if let Some(view) = control.get_attribute("data-view") {
        return View::ALL.into_iter().find(|v| v.id() == view).map(|v| Ok(Msg::Show(v)));
    }
    if let Some(tag) = control.get_attribute("data-tag") {
        let tag = crate::content::TAGS.iter().find(|t| t.id == tag).map(|t| t.id);
        return Some(Ok(Msg::Filter(tag)));
    }
    if let Some(step) = control.get_attribute("data-go-step") {
        return step.parse().ok().map(|step| Ok(Msg::MaskStep(step)));
    }
    let action = control.get_attribute("data-action")?;
    if action == "revisit" {
        let id = control.get_attribute("data-revisit")?;
        let question = QUESTIONS.iter().find(|q| q.id == id)?;
        return Some(Ok(Msg::Checker(Action::Revisit(question))));
    }
    if action == "clear-answer" {
        let question = question_of(&control)?;
        let option = question.choice(&control.get_attribute("data-option")?)?;
        return Some(Ok(Msg::Checker(Action::Choose { question, option: option.id, on: false })));
    }
    // A remedy not advised for the reader asks before its timer starts.
    if action == "timer-start" && control.has_attribute("data-ask") {
        return recipe_of(&control).map(|r| Ok(Msg::TimerConfirm(r)));
    }
    click(&action, recipe_of(&control))
}

/// A region of the body map stands for an option of the `area` question: pointing at it
/// ticks or unticks that option, as its checkbox does.
fn body_area(region: &Element) -> Option<Msg> {
    let question = QUESTIONS.iter().find(|q| q.id == "area")?;
    let option = question.choice(&region.get_attribute("data-body-area")?)?;
    let on = region.get_attribute("aria-checked").as_deref() != Some("true");
    Some(Msg::Checker(Action::Choose { question, option: option.id, on }))
}

fn question_of(element: &Element) -> Option<&'static Question> {
    let id = closest(element, "[data-question]")?.get_attribute("data-question")?;
    QUESTIONS.iter().find(|q| q.id == id)
}

/// A ticked or unticked answer: the input's `name` is the question, its `value` the
/// option. Other inputs (a recipe's checklist) change nothing in the state.
pub fn on_change(event: &Event) -> Option<Msg> {
    let input: HtmlInputElement = target(event)?.dyn_into().ok()?;
    if input.get_attribute("data-action").as_deref() == Some("sound") {
        return Some(Msg::ToggleSound);
    }
    let question = QUESTIONS.iter().find(|q| q.id == input.name())?;
    let option = question.choice(&input.value())?;
    Some(Msg::Checker(Action::Choose { question, option: option.id, on: input.checked() }))
}

/// Space and Enter toggle a region of the body map, as they do a checkbox; arrow keys,
/// Home and End move between the tabs, as in any tab list, and take the focus along.
pub fn on_key(event: &KeyboardEvent) -> Option<Msg> {
    let tab = target(event)?;
    if tab.has_attribute("data-body-area") {
        if !matches!(event.key().as_str(), " " | "Enter") {
            return None;
        }
        event.prevent_default();
        return body_area(&tab);
    }
    let current = View::ALL.iter().position(|v| Some(v.id()) == tab.get_attribute("data-view").as_deref())?;
    let last = View::ALL.len() - 1;
    let next = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => (current + 1) % View::ALL.len(),
        "ArrowLeft" | "ArrowUp" => (current + last) % View::ALL.len(),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    event.prevent_default();
    let view = View::ALL[next];
    let list = tab.parent_element()?;
    if let Some(other) = list.query_selector(&format!("[data-view='{}']", view.id())).ok().flatten() {
        let _ = other.unchecked_into::<HtmlElement>().focus();
    }
    Some(Msg::Show(view))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_action_hooks_mean_what_the_product_description_says() {
        assert_eq!(click("back", None), Some(Ok(Msg::Checker(Action::Back))));
        assert_eq!(click("results", None), Some(Ok(Msg::Checker(Action::ShowResult))));
        assert_eq!(click("restart", None), Some(Ok(Msg::Checker(Action::Restart))));
        assert_eq!(click("timer-start", Some(1)), Some(Ok(Msg::TimerStart(1))));
        assert_eq!(click("timer-pause", Some(1)), Some(Ok(Msg::TimerPause(1))));
        assert_eq!(click("timer-reset", Some(1)), Some(Ok(Msg::TimerReset(1))));
        assert_eq!(click("log-done", Some(2)), Some(Ok(Msg::LogDone(2))));
        assert_eq!(click("print", None), Some(Err(Request::Print)));
    }

    #[test]
    fn a_card_action_outside_a_card_or_an_unknown_action_does_nothing() {
        assert_eq!(click("timer-start", None), None);
        assert_eq!(click("launch", Some(0)), None);
    }
}
