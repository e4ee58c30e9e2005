//! What follows a render: the host page's events, the loader's services, the focus, and
//! the state changes the page's own calls ask for. Each follows a change in what the
//! widget shows, compared with the render before, in one effect rather than one hook per
//! change; those that answer the reader's moves (the focus, the page's events about
//! steps) never follow the first render, so that the page does not scroll to the widget
//! just because it loaded.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::app::{AssessmentIds, Bridge, Command, HostEvent};
use super::state::{Focus, Msg, UiState};
use crate::content::{texts, Lang, RECIPES};
use crate::engine::session::Action;
use crate::engine::settings::{Settings, View};
use wasm_bindgen::JsCast;

/// What a render showed, as far as anything outside the widget's nodes follows it.
#[derive(Clone, PartialEq)]
pub struct Shown {
    /// The element's `view` attribute: a new one switches the view.
    pub view_attribute: View,
    /// The language the attributes ask for, whose texts are fetched if need be.
    pub lang: Lang,
    /// The page's last call to the element, with its count.
    pub command: (u32, Option<Command>),
    /// The checker's step, or `result`.
    pub place: &'static str,
    /// The assessment shown on the result.
    pub assessment: Option<AssessmentIds>,
    /// The view, the step and whether the result shows: the screen.
    pub screen: (View, usize, bool),
    pub keep_awake: bool,
    /// The last timer that ran out, with a count.
    pub finished: (u32, Option<usize>),
    pub muted: bool,
    /// The last focus request, with a count.
    pub focus: (u32, Focus),
    pub printing: Option<usize>,
}

impl Shown {
    pub fn of(
        state: &UiState,
        settings: &Settings,
        command: (u32, Option<Command>),
        assessment: Option<AssessmentIds>,
    ) -> Shown {
        let session = &state.session;
        Shown {
            view_attribute: settings.view,
            lang: settings.lang,
            command,
            place: if session.showing_result { "result" } else { session.current().id },
            assessment,
            screen: (state.view, session.step, session.showing_result),
            keep_awake: state.keep_awake(),
            finished: state.finished,
            muted: state.muted,
            focus: state.focus,
            printing: state.printing,
        }
    }

    /// The first screen the loader reserves space for: the checker's first step, or the
    /// guide for `view="recipes"`.
    fn fresh(&self) -> bool {
        let (view, step, result) = self.screen;
        view == View::Recipes || (step == 0 && !result)
    }
}

/// Where the effects reach: the host page, the state, and the widget's nodes.
pub struct Reach {
    pub bridge: Bridge,
    pub dispatch: Callback<Msg>,
    pub root: NodeRef,
    /// The current step's or the result's title.
    pub heading: NodeRef,
}

/// Carries out what changed from the render before to this one (`shown`).
#[hook]
pub fn use_effects(shown: Shown, reach: Reach) {
    let last = use_mut_ref(|| None::<Shown>);
    use_effect(move || {
        let before = last.borrow_mut().replace(shown.clone());
        follow(before.as_ref(), &shown, &reach);
    });
}

fn follow(before: Option<&Shown>, now: &Shown, reach: &Reach) {
    let Reach { bridge, dispatch, root, heading } = reach;
    // Another language is shown once its texts arrive.
    if before.is_none_or(|b| b.lang != now.lang) && !texts::is_loaded(now.lang) {
        bridge.load_texts(now.lang, dispatch.reform(|()| Msg::TextsArrived));
    }
    let Some(before) = before else {
        // A restored result is told first, so that `assessment` is set when the page
        // hears that the widget is ready.
        if let Some(ids) = &now.assessment {
            bridge.event(HostEvent::Assessment(ids.clone()));
        }
        bridge.event(HostEvent::Ready(now.screen.0));
        // A widget that opens elsewhere than the first screen (a restored session) sizes
        // itself at once.
        if !now.fresh() {
            bridge.release_space();
        }
        return;
    };
    // A new `view` attribute switches the view; a new `lang` leaves the reader's choice.
    if now.view_attribute != before.view_attribute {
        dispatch.emit(Msg::Show(now.view_attribute));
    }
    if now.command.0 != before.command.0 {
        match now.command.1 {
            Some(Command::Restart) => {
                dispatch.emit(Msg::Checker(Action::Restart));
                dispatch.emit(Msg::Show(View::Checker));
            }
            Some(Command::Show(view)) => dispatch.emit(Msg::Show(view)),
            None => {}
        }
    }
    // The step first, then what it shows.
    if now.place != before.place {
        bridge.event(HostEvent::Step(now.place));
    }
    if now.assessment != before.assessment {
        if let Some(ids) = &now.assessment {
            bridge.event(HostEvent::Assessment(ids.clone()));
        }
    }
    // Once the reader moves on from the first screen, the widget sizes itself.
    if now.screen != before.screen {
        bridge.release_space();
    }
    if now.keep_awake != before.keep_awake {
        bridge.keep_awake(now.keep_awake);
    }
    // Each timer that runs out is signalled once, with sound unless the reader switched
    // it off, and told to the host page.
    if now.finished.0 != before.finished.0 {
        bridge.time_up(!now.muted);
        if let Some(recipe) = now.finished.1 {
            bridge.event(HostEvent::TimerDone(RECIPES[recipe].id));
        }
    }
    // The reader's own moves: a card opened from the result, the way back to it, mask
    // mode opened or closed; another step, or the result.
    if now.focus.0 != before.focus.0 {
        focus_request(root, now.focus.1);
    }
    let (_, step, result) = now.screen;
    if (step, result) != (before.screen.1, before.screen.2) {
        if let Some(title) = heading.cast::<HtmlElement>() {
            let _ = title.focus();
        }
    }
    // Prints once the card has rendered whole, and goes back to the list afterwards.
    if now.printing != before.printing && now.printing.is_some() {
        bridge.print(dispatch.reform(|()| Msg::Printed));
    }
}

fn focus_request(root: &NodeRef, to: Focus) {
    let selector = match to {
        Focus::None => return,
        Focus::Card(recipe) => format!("[data-recipe='{}'] .cb-card-title", RECIPES[recipe].id),
        Focus::Result => ".cb-result .cb-step-title".to_owned(),
        Focus::Mask => "#cb-mask-title".to_owned(),
    };
    let found = root.cast::<Element>().and_then(|r| r.query_selector(&selector).ok().flatten());
    if let Some(target) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = target.focus();
    }
}
