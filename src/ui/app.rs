//! The widget's one component: settings from the attributes, the state, the effects that
//! reach the host page, and one listener per kind of event for every control inside.

use gloo_timers::callback::Interval;
use std::rc::Rc;

use yew::prelude::*;

use super::checker::step_view;
use super::effects::{use_effects, Reach, Shown};
use super::guide::guide_view;
use super::intent::{self, Request};
use super::markup::Markup;
use super::notices::{note, notices};
use super::result::result_view;
use super::state::{Announcement, Msg, UiState};
use crate::attrs;
use crate::browser::clock::today;
use crate::content::Triage;
use crate::content::{texts, ui, Lang};
use crate::engine::assessment::{assess, Assessment};
use crate::engine::publisher::Publisher;
use crate::engine::session::Action;
use crate::engine::settings::{resolve, Attributes, Notice, View};
use crate::engine::summary::summary;

/// What an assessment tells the host page: ids only, never the reader's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentIds {
    pub triage: Triage,
    pub factors: Vec<&'static str>,
}

/// What the widget tells the host page, as events on its element (see `embed::events`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The widget has rendered, on this view.
    Ready(View),
    /// The reader moved to this step of the checker (`result` for the result).
    Step(&'static str),
    /// An assessment was shown.
    Assessment(AssessmentIds),
    /// This recipe's timer ran out.
    TimerDone(&'static str),
}

/// What the host page asks of the widget through the element's API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Restart,
    Show(View),
}

/// The ways out to the host page, which `embed` provides: one object rather than a
/// callback each, whose closures cost code and a reference count apiece.
pub trait Services {
    /// Tells the host page, as an event on the element.
    fn event(&self, event: HostEvent);
    /// Prints the widget alone, then calls back.
    fn print(&self, then: Callback<()>);
    /// Puts the text on the clipboard, then calls back with whether it could.
    fn copy(&self, text: &str, then: Callback<bool>);
    /// Fetches the texts of a language, then calls back.
    fn load_texts(&self, lang: Lang, then: Callback<()>);
    /// Gives up the space the loader reserved for the first screen.
    fn release_space(&self);
    /// Keeps the screen on (`true`) or lets it sleep again.
    fn keep_awake(&self, on: bool);
    /// A timer's time is up: vibrate and, with `true`, sound.
    fn time_up(&self, sound: bool);
}

/// The host page's services, the same for a widget's lifetime.
#[derive(Clone)]
pub struct Bridge(pub Rc<dyn Services>);

impl std::ops::Deref for Bridge {
    type Target = dyn Services;

    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attributes: Attributes,
    pub bridge: Bridge,
    /// The host page's last call, with a count, so that each is carried out once.
    pub command: (u32, Option<Command>),
    /// The publisher's links and numbers, and the notices their configuration raised.
    pub publisher: Rc<Publisher>,
    /// This widget's session storage key.
    pub session_key: Rc<str>,
    /// What the page asked for before the widget loaded, read once, at the first render.
    pub opening: Opening,
}

/// The page's calls made before the widget loaded, folded into where it opens: applied to
/// the first state rather than after the first render, which would show the reader
/// another screen first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    /// `restart()` was called: the stored answers are cleared.
    pub fresh: bool,
    /// The last view asked for with `show()`, in place of the `view` attribute.
    pub view: Option<View>,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let settings = resolve(&props.attributes);
    let lang = use_language(settings.lang);
    let state = use_reducer(|| {
        let opening = props.opening;
        UiState::open(opening.view.unwrap_or(settings.view), props.session_key.clone(), opening.fresh)
    });
    // The interview's steps show no assessment: it is made when the result or the guide
    // shows it, which keeps the engine's work (and its code's first compiling) out of
    // the first screen and of every answer.
    let shows_assessment = state.session.showing_result || state.view == View::Recipes;
    let assessment = use_memo((state.session.answers, shows_assessment), |(answers, shown)| {
        shown.then(|| assess(answers))
    });
    // The widget's root and the current title, for focus: two references kept for the
    // component's life in one hook.
    let (root, heading) = use_mut_ref(<(NodeRef, NodeRef)>::default).borrow().clone();
    {
        let ids = (*assessment)
            .as_ref()
            .filter(|_| state.session.showing_result)
            .map(|a| AssessmentIds { triage: a.triage, factors: a.factor_ids() });
        let shown = Shown::of(&state, &settings, props.command, ids);
        let reach = Reach {
            bridge: props.bridge.clone(),
            dispatch: state.dispatcher().to_callback(),
            root: root.clone(),
            heading: heading.clone(),
        };
        use_effects(shown, reach);
    }
    {
        // Redraws the countdowns while one runs; their time always comes from the clock.
        let dispatcher = state.dispatcher();
        use_effect_with(state.any_timer_running(), move |running| {
            let interval = running.then(|| Interval::new(250, move || dispatcher.dispatch(Msg::Tick)));
            move || drop(interval)
        });
    }

    let onclick = {
        let (dispatcher, bridge, assessment) = (state.dispatcher(), props.bridge.clone(), assessment.clone());
        let answers = state.session.answers;
        Callback::from(move |event: MouseEvent| match intent::on_click(&event) {
            Some(Ok(msg)) => dispatcher.dispatch(msg),
            Some(Err(Request::Print)) => bridge.print(Callback::noop()),
            Some(Err(Request::Copy)) => {
                if let Some(assessment) = assessment.as_ref() {
                    let text = summary(assessment, &answers, lang, &today().written(lang));
                    bridge.copy(&text, dispatcher.to_callback().reform(Msg::Copied));
                }
            }
            None => {}
        })
    };
    let dispatch = state.dispatcher().to_callback();
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            intent::on_change(&event).into_iter().for_each(|m| dispatch.emit(m))
        })
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            intent::on_key(&event).into_iter().for_each(|m| dispatch.emit(m))
        })
    };
    let onsubmit = dispatch.reform(|event: SubmitEvent| {
        event.prevent_default();
        Msg::Checker(Action::Next)
    });

    let mut m = Markup::new(lang);
    widget_view(&mut m, &state, &settings.notices, &props.publisher, assessment.as_ref().as_ref(), &heading);
    html! {
        <section class="cb" part="widget" ref={root} lang={lang.code()} aria-labelledby="cb-title" {onclick} {onchange} {onkeydown} {onsubmit}>
            { m.finish() }
        </section>
    }
}

/// A tab's fixed attributes, selected or not: the selected one is the one the arrow keys
/// start from.
macro_rules! tab {
    ($view:literal, selected) => {
        tab!(@ $view, "tab selected-tab", "true", "0")
    };
    ($view:literal) => {
        tab!(@ $view, "tab", "false", "-1")
    };
    (@ $view:literal, $part:literal, $selected:literal, $index:literal) => {
        attrs![
            "type" = "button",
            "role" = "tab",
            "class" = "cb-tab",
            "part" = $part,
            "id" = concat!("cb-tab-", $view),
            "data-view" = $view,
            "aria-selected" = $selected,
            "aria-controls" = "cb-panel",
            "tabindex" = $index,
        ]
    };
}

/// Everything inside the widget's root, which holds its listeners.
fn widget_view(
    m: &mut Markup,
    state: &UiState,
    notices: &[Notice],
    publisher: &Publisher,
    assessment: Option<&Assessment>,
    heading: &NodeRef,
) {
    let lang = m.lang;
    let view = state.view;
    m.leaf("h2", attrs!["id" = "cb-title", "class" = "cb-title", "part" = "title"], ui::WIDGET_TITLE);
    self::notices(m, notices, &publisher.notices);
    m.open("div", attrs!["class" = "cb-tabs", "part" = "tabs", "role" = "tablist"]);
    m.attr("aria-label", ui::SECTIONS.get(lang));
    for tab in View::ALL {
        let (tab_attrs, label) = match (tab, tab == view) {
            (View::Checker, true) => (tab!("checker", selected), ui::TAB_CHECKER),
            (View::Checker, false) => (tab!("checker"), ui::TAB_CHECKER),
            (View::Recipes, true) => (tab!("recipes", selected), ui::TAB_RECIPES),
            (View::Recipes, false) => (tab!("recipes"), ui::TAB_RECIPES),
        };
        m.leaf("button", tab_attrs, label);
    }
    m.close();
    m.open("div", attrs!["class" = "cb-panel", "part" = "panel", "role" = "tabpanel", "id" = "cb-panel"]);
    m.attr(
        "aria-labelledby",
        match view {
            View::Checker => "cb-tab-checker",
            View::Recipes => "cb-tab-recipes",
        },
    );
    match (view, assessment) {
        (View::Recipes, Some(a)) => guide_view(m, state, a),
        _ => {
            m.open("div", attrs!["class" = "cb-checker"]);
            m.group();
            if !state.session_kept {
                note(m, ui::STORAGE_UNAVAILABLE);
            }
            m.close();
            m.group();
            if state.session_unreadable {
                note(m, ui::SESSION_UNREADABLE);
            }
            m.close();
            match (state.session.showing_result, assessment) {
                (true, Some(a)) => {
                    result_view(m, a, publisher, state.session.stopped_early(), state.copied, heading)
                }
                _ => step_view(m, &state.session, heading),
            }
            m.close();
        }
    }
    m.close();
    m.leaf("p", attrs!["class" = "cb-disclaimer", "part" = "disclaimer"], ui::DISCLAIMER);
    m.open("p", attrs!["class" = "cb-live", "role" = "status"]);
    match state.announcement {
        Some(Announcement::Said(text)) => m.text(text),
        Some(Announcement::Shown(count)) => m.string(ui::SHOWN_COUNT.get(lang, count)),
        None => {}
    }
    m.close();
}

/// The language to show: `wanted` once its texts are here (the effects ask for them),
/// until then the language shown before.
#[hook]
fn use_language(wanted: Lang) -> Lang {
    let shown = use_mut_ref(|| wanted);
    if texts::is_loaded(wanted) {
        *shown.borrow_mut() = wanted;
    }
    let lang = *shown.borrow();
    lang
}
