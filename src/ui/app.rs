//! The widget's root component: the settings from the attributes, the state, what each
//! screen shows, the effects that reach the host page, and the frame every view sits in
//! (the title, the notices, the tabs, the panel).

use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::checker::step;
use super::effects::{use_follow, Place, Screen, Shown};
use super::guide::guide;
use super::notices::{note, notices};
use super::result::result;
use super::shared::Shared;
use super::state::{Announcement, Msg, UiState};
use super::tabs::tabs;
use crate::browser::Device;
use crate::content::{texts, ui, Lang, Triage};
use crate::engine::assessment::{assess, Assessment};
use crate::engine::publisher::Publisher;
use crate::engine::screens::{GuideScreen, References, StepScreen};
use crate::engine::settings::{resolve, Attributes, View};
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

/// The host page's services to the widget, which `embed` provides.
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

/// The host page's services, the same for a widget's lifetime, compared by identity.
pub type Bridge = Shared<dyn Services>;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub attributes: Attributes,
    pub bridge: Bridge,
    /// Where the state reads the clock and keeps what lasts: the reader's browser.
    pub device: Shared<dyn Device>,
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

/// What every view reads: the reader's language, and the way to change the state.
#[derive(Clone, PartialEq)]
pub struct Ui {
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let settings = resolve(&props.attributes);
    let lang = use_language(settings.lang);
    let state = use_reducer(|| {
        let view = props.opening.view.unwrap_or(settings.view);
        UiState::open(props.device.0.clone(), view, props.session_key.clone(), props.opening.fresh)
    });
    let send = use_callback(state.dispatcher(), |msg, dispatcher| dispatcher.dispatch(msg));
    let screens = use_screens(&state);
    let root = use_node_ref();
    {
        let ids = screens
            .judged
            .as_ref()
            .as_ref()
            .map(|judged| &judged.assessment)
            .filter(|_| state.session.showing_result)
            .map(|a| AssessmentIds { triage: a.triage, factors: a.factor_ids() });
        let session = &state.session;
        let shown = Shown {
            view_attribute: settings.view,
            lang: settings.lang,
            command: props.command,
            place: if session.showing_result { Place::Result } else { Place::Step(session.current().id) },
            assessment: ids,
            screen: Screen { view: state.view, step: session.step, result: session.showing_result },
            keep_awake: state.keep_awake(),
            finished: state.finished,
            muted: state.muted,
            focus: state.focus,
            request: state.request,
            printing: state.printing,
        };
        let summary = {
            let (assessment, session, device) =
                (screens.judged.clone(), state.session.clone(), state.device.clone());
            move || {
                let date = device.today().written(lang);
                let judged = assessment.as_ref().as_ref();
                judged.map(|j| summary(&j.assessment, &session.answers, lang, &date)).unwrap_or_default()
            }
        };
        use_follow(shown, props.bridge.clone(), send.clone(), root.clone(), summary);
    }
    {
        // Looks for a countdown that has run out while one runs; the countdowns draw
        // their own time.
        let send = send.clone();
        use_effect_with(state.any_timer_running(), move |running| {
            let interval = running.then(|| Interval::new(250, move || send.emit(Msg::Tick)));
            move || drop(interval)
        });
    }
    let ui = Ui { lang, send };
    let notices = notices(&ui, &settings.notices, &props.publisher.notices);
    let panel = panel(&ui, &state, &screens, &props.publisher);
    frame(&ui, root, notices, state.view, panel, state.announcement)
}

/// The frame every screen sits in: the title, the notices, the tabs, the open view's
/// panel, the disclaimer and the live region.
fn frame(ui: &Ui, root: NodeRef, notices: Html, view: View, panel: Html, said: Option<Announcement>) -> Html {
    let lang = ui.lang;
    html! {
        <section class="cb" part="widget" ref={root} lang={lang.code()} aria-labelledby="cb-title">
            <h2 id="cb-title" class="cb-title" part="title">{ ui::WIDGET_TITLE.get(lang) }</h2>
            { notices }
            { tabs(ui, view) }
            <div class="cb-panel" part="panel" role="tabpanel" id="cb-panel" aria-labelledby={tab_id(view)}>
                { panel }
            </div>
            <p class="cb-disclaimer" part="disclaimer">{ ui::DISCLAIMER.get(lang) }</p>
            <p class="cb-live" role="status">{ announcement(said, lang) }</p>
        </section>
    }
}

/// The checker's first screen as a reader who has not answered sees it, drawn by the same
/// views as the widget: the build writes it out (`fallback/`) for the loader to paint
/// before the wasm has run.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_screen(lang: Lang) -> Html {
    let state = UiState::open(Rc::new(crate::browser::Blank), View::Checker, "".into(), false);
    let screens = Screens { step: Rc::new(state.session.screen()), judged: Rc::new(None) };
    let ui = Ui { lang, send: Callback::noop() };
    let panel = panel(&ui, &state, &screens, &Publisher::default());
    frame(&ui, NodeRef::default(), notices(&ui, &[], &[]), state.view, panel, None)
}

/// The id of a view's tab, which labels the panel.
pub const fn tab_id(view: View) -> &'static str {
    match view {
        View::Checker => "cb-tab-checker",
        View::Recipes => "cb-tab-recipes",
    }
}

fn announcement(said: Option<Announcement>, lang: Lang) -> Html {
    match said {
        Some(Announcement::Said(text)) => html! { { text.get(lang) } },
        Some(Announcement::Shown(count)) => html! { { ui::SHOWN_COUNT.get(lang, count) } },
        None => html! {},
    }
}

/// What the open screen shows, each made by the engine once per change of what it reads.
struct Screens {
    step: Rc<StepScreen>,
    /// The result and the guide, made only while one of them shows: the engine's work
    /// stays out of the first screen and of every answer.
    judged: Rc<Option<Judged>>,
}

/// The assessment of the answers, and the result's and the guide's screens made from it.
struct Judged {
    assessment: Rc<Assessment>,
    references: References,
    guide: GuideScreen,
}

#[hook]
fn use_screens(state: &UiState) -> Screens {
    let shows_assessment = state.session.showing_result || state.view == View::Recipes;
    let judged = use_memo((state.session.answers, shows_assessment), |(answers, shown)| {
        shown.then(|| {
            let assessment = Rc::new(assess(answers));
            Judged {
                references: References::of(&assessment),
                guide: GuideScreen::of(&assessment, answers),
                assessment,
            }
        })
    });
    let step = use_memo(state.session.clone(), |session| session.screen());
    Screens { step, judged }
}

/// The open view: the guide, or the checker's step or result.
fn panel(ui: &Ui, state: &UiState, screens: &Screens, publisher: &Publisher) -> Html {
    let judged = screens.judged.as_ref().as_ref();
    if let (View::Recipes, Some(judged)) = (state.view, judged) {
        return guide(ui, state, &judged.guide);
    }
    html! {
        <div class="cb-checker">
            if !state.session_kept { { note(ui, ui::STORAGE_UNAVAILABLE) } }
            if state.session_unreadable { { note(ui, ui::SESSION_UNREADABLE) } }
            if let (true, Some(judged)) = (state.session.showing_result, judged) {
                { result(ui, &judged.assessment, &judged.references, publisher, state.session.stopped_early(), state.copied) }
            } else {
                { step(ui, &screens.step) }
            }
        </div>
    }
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
