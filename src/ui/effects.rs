//! What follows a render: the host page's events, the loader's and the page's services,
//! the focus, and the state changes the page's own calls ask for. Each follows a change
//! in what the widget shows, compared with the render before, in one effect whose steps
//! are named below; those that answer the reader's moves (the focus, the events about
//! steps) never follow the first render, so that the page does not scroll to the widget
//! just because it loaded.

use web_sys::{Element, FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::app::{AssessmentIds, Bridge, Command, HostEvent, Services};
use super::focus::Focus;
use super::state::{Msg, Request};
use crate::content::{texts, Lang, Recipe};
use crate::engine::settings::View;
use wasm_bindgen::JsCast;

/// What a render showed, as far as anything outside the widget's nodes follows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The element's `view` attribute: a new one switches the view.
    pub view_attribute: View,
    /// The language the attributes ask for, whose texts are fetched if need be.
    pub lang: Lang,
    /// The page's last call to the element, with its count.
    pub command: (u32, Option<Command>),
    /// Where the reader is in the checker.
    pub place: Place,
    /// The assessment shown on the result.
    pub assessment: Option<AssessmentIds>,
    pub screen: Screen,
    pub keep_awake: bool,
    /// The last timer that ran out, with a count.
    pub finished: (u32, Option<&'static Recipe>),
    pub muted: bool,
    /// The last focus request, with a count.
    pub focus: (u32, Focus),
    /// The reader's last request of the page, with a count.
    pub request: (u32, Option<Request>),
    /// The recipe card printing alone.
    pub printing: Option<&'static Recipe>,
}

/// Where the reader is in the checker, as the page's `clearback:step` event names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A step, by its id.
    Step(&'static str),
    Result,
}

impl Place {
    pub fn id(self) -> &'static str {
        match self {
            Place::Step(id) => id,
            Place::Result => "result",
        }
    }
}

/// The screen shown: the view, and in the checker the step and whether the result shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screen {
    pub view: View,
    pub step: usize,
    pub result: bool,
}

impl Shown {
    /// The first screen the loader reserves space for: the checker's first step, or the
    /// guide for `view="recipes"`.
    fn is_first_screen(&self) -> bool {
        let Screen { view, step, result } = self.screen;
        view == View::Recipes || (step == 0 && !result)
    }
}

/// Where what follows a render reaches.
pub struct Outside<'a> {
    pub services: &'a dyn Services,
    pub dispatch: &'a Callback<Msg>,
    /// Moves the focus within the widget.
    pub focus: &'a dyn Fn(Focus),
    /// The result's summary, made only when the reader copies it.
    pub summary: &'a dyn Fn() -> String,
}

/// Carries out what changed from the render before (`before`, none for the first) to
/// this one (`now`).
pub fn follow(before: Option<&Shown>, now: &Shown, outside: &Outside) {
    fetch_language(before, now, outside);
    match before {
        None => first_render(now, outside),
        Some(before) => {
            follow_the_page(before, now, outside);
            tell_the_page(before, now, outside);
            serve_the_reader(before, now, outside);
            move_focus(before, now, outside);
        }
    }
}

/// Another language is shown once its texts arrive.
fn fetch_language(before: Option<&Shown>, now: &Shown, outside: &Outside) {
    if before.is_none_or(|b| b.lang != now.lang) && !texts::is_loaded(now.lang) {
        outside.services.load_texts(now.lang, outside.dispatch.reform(|()| Msg::TextsArrived));
    }
}

/// The page hears that the widget is ready; a restored result is told first, so that the
/// element's `assessment` is set when the page hears it. A widget that opens elsewhere
/// than the first screen (a restored session) sizes itself at once.
fn first_render(now: &Shown, outside: &Outside) {
    if let Some(ids) = &now.assessment {
        outside.services.event(HostEvent::Assessment(ids.clone()));
    }
    outside.services.event(HostEvent::Ready(now.screen.view));
    if !now.is_first_screen() {
        outside.services.release_space();
    }
}

/// A new `view` attribute switches the view (a new `lang` leaves the reader's choice), and
/// each of the page's calls is carried out once.
fn follow_the_page(before: &Shown, now: &Shown, outside: &Outside) {
    if now.view_attribute != before.view_attribute {
        outside.dispatch.emit(Msg::Show(now.view_attribute));
    }
    if now.command.0 != before.command.0 {
        match now.command.1 {
            Some(Command::Restart) => outside.dispatch.emit(Msg::PageRestart),
            Some(Command::Show(view)) => outside.dispatch.emit(Msg::Show(view)),
            None => {}
        }
    }
}

/// The page's events: the step first, then what it shows, and each timer that runs out.
fn tell_the_page(before: &Shown, now: &Shown, outside: &Outside) {
    if now.place != before.place {
        outside.services.event(HostEvent::Step(now.place.id()));
    }
    if now.assessment != before.assessment {
        if let Some(ids) = &now.assessment {
            outside.services.event(HostEvent::Assessment(ids.clone()));
        }
    }
    if now.finished.0 != before.finished.0 {
        if let Some(recipe) = now.finished.1 {
            outside.services.event(HostEvent::TimerDone(recipe.id));
        }
    }
}

/// What the reader's moves ask of the page: the space once they leave the first screen,
/// the screen kept on, the end of a timer felt and heard, printing and copying.
fn serve_the_reader(before: &Shown, now: &Shown, outside: &Outside) {
    let services = outside.services;
    if now.screen != before.screen {
        services.release_space();
    }
    if now.keep_awake != before.keep_awake {
        services.keep_awake(now.keep_awake);
    }
    if now.finished.0 != before.finished.0 {
        services.time_up(!now.muted);
    }
    if now.request.0 != before.request.0 {
        match now.request.1 {
            Some(Request::PrintResult) => services.print(Callback::noop()),
            Some(Request::CopyResult) => {
                services.copy(&(outside.summary)(), outside.dispatch.reform(Msg::Copied))
            }
            None => {}
        }
    }
    // A card prints once it has rendered whole, and the guide goes back to the list after.
    if now.printing != before.printing && now.printing.is_some() {
        services.print(outside.dispatch.reform(|()| Msg::Printed));
    }
}

/// The focus moves only where the reader's own move asked it to.
fn move_focus(before: &Shown, now: &Shown, outside: &Outside) {
    if now.focus.0 != before.focus.0 {
        (outside.focus)(now.focus.1);
    }
}

/// Carries out, after each render, what changed since the one before.
#[hook]
pub fn use_follow(
    shown: Shown,
    bridge: Bridge,
    dispatch: Callback<Msg>,
    root: NodeRef,
    summary: impl Fn() -> String + 'static,
) {
    let last = use_mut_ref(|| None::<Shown>);
    use_effect(move || {
        let before = last.borrow_mut().replace(shown.clone());
        let focus = |to: Focus| focus_within(&root, to);
        let outside = Outside { services: &*bridge, dispatch: &dispatch, focus: &focus, summary: &summary };
        follow(before.as_ref(), &shown, &outside);
    });
}

fn focus_within(root: &NodeRef, to: Focus) {
    let Some(selector) = to.selector() else { return };
    let found = root.cast::<Element>().and_then(|r| r.query_selector(&selector).ok().flatten());
    let Some(target) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
    if to == Focus::Title {
        land(&target);
    }
    let options = FocusOptions::new();
    options.set_prevent_scroll(to == Focus::Title);
    let _ = target.focus_with_options(&options);
}

/// A new step's or the result's title brought to the top of the viewport, below the
/// publisher's sticky header (`scroll-margin-top`, from `--clearback-scroll-offset`), so
/// that the reader lands on it rather than on the article; left where it is when it
/// already shows near the top, so that nothing jumps.
fn land(title: &HtmlElement) {
    let height = gloo_utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let top = title.get_bounding_client_rect().top();
    if (0.0..height / 3.0).contains(&top) {
        return;
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    title.scroll_into_view_with_scroll_into_view_options(&options);
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::content::Triage;

    /// The services, recording what they were asked.
    #[derive(Default)]
    struct Recorder(RefCell<Vec<String>>);

    impl Services for Recorder {
        fn event(&self, event: HostEvent) {
            self.0.borrow_mut().push(format!("{event:?}"));
        }
        fn print(&self, then: Callback<()>) {
            self.0.borrow_mut().push("print".into());
            then.emit(());
        }
        fn copy(&self, text: &str, then: Callback<bool>) {
            self.0.borrow_mut().push(format!("copy {text}"));
            then.emit(true);
        }
        fn load_texts(&self, lang: Lang, _: Callback<()>) {
            self.0.borrow_mut().push(format!("texts {lang:?}"));
        }
        fn release_space(&self) {
            self.0.borrow_mut().push("release".into());
        }
        fn keep_awake(&self, on: bool) {
            self.0.borrow_mut().push(format!("awake {on}"));
        }
        fn time_up(&self, sound: bool) {
            self.0.borrow_mut().push(format!("time up {sound}"));
        }
    }

    fn first() -> Shown {
        Shown {
            view_attribute: View::Checker,
            lang: Lang::En,
            command: (0, None),
            place: Place::Step("warning"),
            assessment: None,
            screen: Screen { view: View::Checker, step: 0, result: false },
            keep_awake: false,
            finished: (0, None),
            muted: false,
            focus: (0, Focus::None),
            request: (0, None),
            printing: None,
        }
    }

    /// What `follow` asked of the services, the state and the focus.
    fn run(before: Option<&Shown>, now: &Shown) -> (Vec<String>, Vec<Msg>, Vec<Focus>) {
        let services = Recorder::default();
        let sent = Rc::new(RefCell::new(Vec::new()));
        let dispatch = {
            let sent = sent.clone();
            Callback::from(move |m| sent.borrow_mut().push(m))
        };
        let focused = RefCell::new(Vec::new());
        let focus = |to| focused.borrow_mut().push(to);
        let summary = || "the summary".to_owned();
        follow(
            before,
            now,
            &Outside { services: &services, dispatch: &dispatch, focus: &focus, summary: &summary },
        );
        let sent = sent.borrow().clone();
        (services.0.into_inner(), sent, focused.into_inner())
    }

    #[test]
    fn the_first_render_says_ready_and_moves_no_focus() {
        let (said, sent, focused) = run(None, &first());
        assert_eq!(said, ["Ready(Checker)"]);
        assert!(sent.is_empty() && focused.is_empty());
        let restored = Shown {
            screen: Screen { view: View::Checker, step: 2, result: true },
            place: Place::Result,
            assessment: Some(AssessmentIds { triage: Triage::Urgent, factors: vec![] }),
            ..first()
        };
        let (said, _, focused) = run(None, &restored);
        assert_eq!(said[0], "Assessment(AssessmentIds { triage: Urgent, factors: [] })", "told before ready");
        assert_eq!(said[1..], ["Ready(Checker)", "release"]);
        assert!(focused.is_empty(), "a restored result takes no focus either");
    }

    #[test]
    fn the_pages_restart_is_carried_out_once_without_the_focus() {
        let before = Shown { command: (1, Some(Command::Show(View::Recipes))), ..first() };
        let now = Shown { command: (2, Some(Command::Restart)), ..first() };
        let (_, sent, focused) = run(Some(&before), &now);
        assert_eq!(sent, [Msg::PageRestart]);
        assert!(focused.is_empty());
        let (_, sent, _) = run(Some(&now), &now);
        assert!(sent.is_empty(), "once");
    }

    #[test]
    fn a_step_is_told_then_its_assessment_and_the_focus_follows_the_readers_request() {
        let now = Shown {
            place: Place::Result,
            screen: Screen { view: View::Checker, step: 0, result: true },
            assessment: Some(AssessmentIds { triage: Triage::SelfCare, factors: vec!["sweat"] }),
            focus: (1, Focus::Title),
            ..first()
        };
        let (said, _, focused) = run(Some(&first()), &now);
        assert_eq!(said[0], "Step(\"result\")");
        assert!(said[1].starts_with("Assessment"));
        assert_eq!(said[2], "release");
        assert_eq!(focused, [Focus::Title]);
    }

    #[test]
    fn the_end_of_a_timer_is_told_felt_and_heard_unless_muted() {
        let now = Shown { finished: (1, Some(&crate::content::RECIPES[0])), ..first() };
        let (said, _, _) = run(Some(&first()), &now);
        assert_eq!(said, ["TimerDone(\"soda-mask\")", "time up true"]);
        let (said, _, _) = run(Some(&first()), &Shown { muted: true, ..now });
        assert_eq!(said[1], "time up false");
    }

    #[test]
    fn printing_and_copying_happen_once_per_request() {
        let copy = Shown { request: (1, Some(Request::CopyResult)), ..first() };
        let (said, sent, _) = run(Some(&first()), &copy);
        assert_eq!(said, ["copy the summary"]);
        assert_eq!(sent, [Msg::Copied(true)]);
        let print = Shown { request: (2, Some(Request::PrintResult)), ..copy.clone() };
        assert_eq!(run(Some(&copy), &print).0, ["print"]);
        let card = Shown { printing: Some(&crate::content::RECIPES[3]), ..first() };
        let (said, sent, _) = run(Some(&first()), &card);
        assert_eq!((said, sent), (vec!["print".to_owned()], vec![Msg::Printed]), "back to the list after");
    }

    #[test]
    fn another_language_is_fetched_when_it_is_not_here_yet() {
        // Every language is built in for the host tests.
        let (said, _, _) = run(Some(&first()), &Shown { lang: Lang::Ru, ..first() });
        assert!(said.is_empty());
    }
}
