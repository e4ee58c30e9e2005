//! Everything the widget shows that is not computed from the content: the checker's
//! session, the open view, the guide's filter and cards, the timers, the log, the page's
//! requests and what was last announced. One reducer holds it all; it reads the clock and
//! keeps what lasts through the [`Device`] it was opened with, so that every change can be
//! tested on the host.

use std::rc::Rc;

use yew::prelude::*;

use super::focus::Focus;
use super::shared::Shared;
use crate::browser::storage::{Area, LOG_KEY, TIMERS_KEY};
use crate::browser::Device;
use crate::content::{ui, Choice, Question, Recipe, Tag, Text, RECIPES};
use crate::engine::kept_timers;
use crate::engine::log::Log;
use crate::engine::session::{Action, Session};
use crate::engine::settings::View;
use crate::engine::timer::Timer;

/// Whether the guide's log is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogStatus {
    Saved,
    /// Storage refuses: marks last only for this visit.
    Unavailable,
    /// The stored value is not a log this version can read; it is left alone until cleared.
    Unreadable,
}

/// The recipes' cards, countdowns and marks are kept by `Recipe::index`.
#[derive(Clone)]
pub struct UiState {
    pub device: Shared<dyn Device>,
    pub session: Rc<Session>,
    /// This widget's session storage key.
    pub session_key: Rc<str>,
    /// Whether the answers can be kept across a reload.
    pub session_kept: bool,
    /// Answers were stored but could not be read (another version, or damaged): the
    /// checker starts afresh and says so.
    pub session_unreadable: bool,
    pub view: View,
    /// The guide's filter: a tag, or every recipe.
    pub filter: Option<&'static Tag>,
    /// Which recipe cards are open, one flag per recipe.
    pub open: Rc<[bool]>,
    /// The recipe shown in mask mode (one step at a time, large, the timer in view), and
    /// the step it shows.
    pub mask: Option<(&'static Recipe, usize)>,
    /// The reader came to the guide from the result, and can go back to it.
    pub from_result: bool,
    /// The remedies not advised for the reader are shown, not folded away.
    pub ruled_out_open: bool,
    /// The recipe card printing alone.
    pub printing: Option<&'static Recipe>,
    /// One per recipe with a time on the skin, kept in local storage.
    pub timers: Rc<[Option<Timer>]>,
    /// No sound when a timer ends (the reader's switch, kept with the timers).
    pub muted: bool,
    /// Whether the timers can be kept.
    pub timers_kept: bool,
    /// The last recipe whose time ran out, with a count, so that each end is signalled
    /// once.
    pub finished: (u32, Option<&'static Recipe>),
    /// Where the focus should go, with a count, so that each request is carried out once.
    pub focus: (u32, Focus),
    /// The reader's last request of the page (print the result, copy it), with a count.
    pub request: (u32, Option<Request>),
    pub log: Rc<Log>,
    pub log_status: LogStatus,
    /// What became of the last copy.
    pub copied: Option<bool>,
    /// The last change worth telling a screen reader about.
    pub announcement: Option<Announcement>,
}

/// What the reader asks of the page rather than of the widget's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    PrintResult,
    CopyResult,
}

/// What the live region says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    Said(Text),
    /// How many remedies the filter shows.
    Shown(u32),
}

/// What the reader, the page or the clock did.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The reader's move in the checker; the focus follows it to a new step.
    Checker(Action),
    /// The reader took back a single choice; the focus stays with its question.
    ClearAnswer(&'static Question, &'static Choice),
    /// The page's `restart()`: a fresh checker, and the focus left where it is.
    PageRestart,
    Show(View),
    /// The reader moved along the tabs with the keyboard, the focus with them.
    TabTo(View),
    Filter(Option<&'static Tag>),
    ToggleCard(&'static Recipe),
    /// Mask mode for a recipe, at its first step.
    MaskOpen(&'static Recipe),
    MaskPrevious,
    MaskNext,
    MaskClose,
    ToggleSound,
    /// A recipe the result lists, opened in the guide.
    OpenRecipe(&'static Recipe),
    /// The whole guide, opened from the result.
    OpenGuide,
    /// The symptom checker, from the guide; the focus goes to its step.
    OpenChecker,
    ToggleRuledOut,
    /// Mask mode's end: the recipe done today, and back to its card.
    MaskDone(&'static Recipe),
    BackToResult,
    TimerStart(&'static Recipe),
    TimerPause(&'static Recipe),
    TimerReset(&'static Recipe),
    /// The clock moved on: a countdown may have run out.
    Tick,
    LogDone(&'static Recipe),
    LogClear,
    PrintResult,
    CopyResult,
    Copied(bool),
    PrintRecipe(&'static Recipe),
    Printed,
    /// The texts of another language arrived: it can be shown.
    TextsArrived,
}

impl UiState {
    /// The state a widget starts in at `view`: what the reader left in this tab (unless
    /// the page asked for a restart before the widget loaded, `fresh`), and the log.
    pub fn open(device: Rc<dyn Device>, view: View, session_key: Rc<str>, fresh: bool) -> UiState {
        let (session, session_kept, session_unreadable) = match device.read(Area::Session, &session_key) {
            Ok(None) => (Session::default(), true, false),
            Ok(Some(stored)) => match Session::decode(&stored) {
                Some(session) => (session, true, false),
                None => (Session::default(), true, true),
            },
            Err(()) => (Session::default(), false, false),
        };
        let (log, log_status) = match device.read(Area::Local, LOG_KEY) {
            Err(()) => (Log::default(), LogStatus::Unavailable),
            Ok(None) => (Log::default(), LogStatus::Saved),
            Ok(Some(text)) => match Log::decode(&text) {
                Some(log) => (log, LogStatus::Saved),
                None => (Log::default(), LogStatus::Unreadable),
            },
        };
        let fresh_timers: Vec<Option<Timer>> =
            RECIPES.iter().map(|r| r.timer.as_ref().map(|t| Timer::new(t.minutes))).collect();
        let ((muted, timers), timers_kept) = match device.read(Area::Local, TIMERS_KEY) {
            Ok(stored) => (
                stored
                    .as_deref()
                    .and_then(|t| kept_timers::decode(t, &fresh_timers))
                    .unwrap_or((false, fresh_timers)),
                true,
            ),
            Err(()) => ((false, fresh_timers), false),
        };
        let mut state = UiState {
            device: Shared(device),
            session: Rc::new(session),
            session_key,
            session_kept,
            session_unreadable,
            view,
            filter: None,
            open: RECIPES.iter().map(|_| false).collect(),
            mask: None,
            from_result: false,
            ruled_out_open: false,
            printing: None,
            timers: timers.into(),
            muted,
            timers_kept,
            finished: (0, None),
            focus: (0, Focus::None),
            request: (0, None),
            log: Rc::new(log),
            log_status,
            copied: None,
            announcement: None,
        };
        if fresh {
            state.page_restart();
        }
        state
    }

    pub fn is_open(&self, recipe: &Recipe) -> bool {
        self.open.get(recipe.index).copied().unwrap_or(false)
    }

    pub fn timer(&self, recipe: &Recipe) -> Option<Timer> {
        self.timers.get(recipe.index).copied().flatten()
    }

    pub fn any_timer_running(&self) -> bool {
        self.timers.iter().flatten().any(Timer::is_running)
    }

    /// The screen should stay on: mask mode is open or a timer runs.
    pub fn keep_awake(&self) -> bool {
        self.mask.is_some() || self.any_timer_running()
    }

    /// The guide's filter shows the recipe.
    pub fn shows(&self, recipe: &Recipe) -> bool {
        self.filter.is_none_or(|tag| recipe.helps_with(tag))
    }

    /// The checker moves, and the answers are kept; a fresh session is removed rather than
    /// stored, so restarting leaves nothing behind.
    fn checker(&mut self, action: Action) {
        self.copied = None;
        self.from_result = false;
        self.session = Rc::new(self.session.apply(action));
        self.session_unreadable = false;
        let kept = if *self.session == Session::default() {
            self.device.remove(Area::Session, &self.session_key)
        } else {
            self.device.write(Area::Session, &self.session_key, &self.session.encode())
        };
        self.session_kept &= kept.is_ok();
    }

    fn change_timer(&mut self, recipe: &Recipe, change: impl FnOnce(Timer) -> Timer) {
        let mut timers = self.timers.to_vec();
        if let Some(Some(timer)) = timers.get_mut(recipe.index) {
            *timer = change(*timer);
        }
        self.timers = timers.into();
        self.save_timers();
    }

    fn save_timers(&mut self) {
        let text = kept_timers::encode(self.muted, &self.timers);
        self.timers_kept = self.device.write(Area::Local, TIMERS_KEY, &text).is_ok();
    }

    /// The recipe whose running countdown has run out by `now`, if one has.
    fn ended(&self, now: f64) -> Option<&'static Recipe> {
        let index = self.timers.iter().position(|t| t.is_some_and(|t| t.is_running() && t.is_done(now)))?;
        Some(&RECIPES[index])
    }

    /// A countdown that has run out stops at zero, and says so, once. In mask mode on the
    /// step it timed, the way on to the next step takes the focus.
    fn time_up(&mut self, recipe: &'static Recipe, now: f64) {
        self.change_timer(recipe, |t| t.pause(now));
        self.finished = (self.finished.0 + 1, Some(recipe));
        self.announcement = Some(Announcement::Said(ui::TIMER_DONE));
        let timed = recipe.timer.as_ref().map(|t| t.step);
        if self.mask.is_some_and(|(shown, step)| shown == recipe && Some(step) == timed) {
            self.send_focus(Focus::MaskNext);
        }
    }

    fn log_done(&mut self, recipe: &'static Recipe) {
        let mut log = (*self.log).clone();
        log.record(recipe, self.device.today());
        self.log_status = match self.log_status {
            // An unreadable value is not overwritten behind the reader's back.
            LogStatus::Unreadable => LogStatus::Unreadable,
            _ if self.device.write(Area::Local, LOG_KEY, &log.encode()).is_ok() => LogStatus::Saved,
            _ => LogStatus::Unavailable,
        };
        self.log = Rc::new(log);
    }

    fn log_clear(&mut self) {
        self.log_status = match self.device.remove(Area::Local, LOG_KEY) {
            Ok(()) => LogStatus::Saved,
            Err(()) => LogStatus::Unavailable,
        };
        self.log = Rc::default();
    }

    fn toggle_card(&mut self, recipe: &Recipe, open: Option<bool>) {
        let mut cards = self.open.to_vec();
        if let Some(card) = cards.get_mut(recipe.index) {
            *card = open.unwrap_or(!*card);
        }
        self.open = cards.into();
    }

    fn send_focus(&mut self, to: Focus) {
        self.focus = (self.focus.0 + 1, to);
    }

    fn ask(&mut self, request: Request) {
        self.request = (self.request.0 + 1, Some(request));
    }
}

impl Reducible for UiState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        // Most ticks change nothing, and the widget is not drawn again for them.
        if msg == Msg::Tick {
            let now = self.device.now();
            let Some(recipe) = self.ended(now) else { return self };
            let mut next = (*self).clone();
            next.time_up(recipe, now);
            return Rc::new(next);
        }
        let mut next = (*self).clone();
        // What was announced is said again when another language arrives, in its words;
        // anything else ends it.
        if msg != Msg::TextsArrived {
            next.announcement = None;
        }
        match msg {
            Msg::Checker(action) => next.reader_moves(action),
            Msg::ClearAnswer(question, choice) => next.clear_answer(question, choice),
            Msg::PageRestart => next.page_restart(),
            Msg::Show(view) => next.show(view),
            Msg::TabTo(view) => next.tab_to(view),
            Msg::Filter(tag) => next.filter_by(tag),
            Msg::ToggleCard(recipe) => next.toggle_card(recipe, None),
            Msg::MaskOpen(recipe) => next.mask_open(recipe),
            Msg::MaskPrevious => next.mask_step(-1),
            Msg::MaskNext => next.mask_step(1),
            Msg::MaskClose => next.mask_close(),
            Msg::ToggleSound => next.toggle_sound(),
            Msg::OpenRecipe(recipe) => next.open_recipe(recipe),
            Msg::OpenGuide => next.open_guide(),
            Msg::OpenChecker => next.open_checker(),
            Msg::ToggleRuledOut => next.ruled_out_open = !next.ruled_out_open,
            Msg::MaskDone(recipe) => next.mask_done(recipe),
            Msg::BackToResult => next.back_to_result(),
            Msg::TimerStart(recipe) => next.timer_start(recipe),
            Msg::TimerPause(recipe) => next.timer_pause(recipe),
            Msg::TimerReset(recipe) => next.timer_reset(recipe),
            Msg::Tick | Msg::TextsArrived => {}
            Msg::LogDone(recipe) => next.log_done(recipe),
            Msg::LogClear => next.log_clear(),
            Msg::PrintResult => next.ask(Request::PrintResult),
            Msg::CopyResult => next.ask(Request::CopyResult),
            Msg::Copied(ok) => next.copy_done(ok),
            Msg::PrintRecipe(recipe) => next.printing = Some(recipe),
            Msg::Printed => next.printing = None,
        }
        Rc::new(next)
    }
}

/// What each message does, for the reducer.
impl UiState {
    /// The reader's own move in the checker. A new step or the result takes the focus,
    /// and so does the first step after a restart there, whose button goes.
    fn reader_moves(&mut self, action: Action) {
        let was = (self.session.step, self.session.showing_result);
        self.checker(action);
        if (self.session.step, self.session.showing_result) != was || action == Action::Restart {
            self.send_focus(Focus::Title);
        }
    }

    /// The button that cleared the answer goes with it: the focus stays with the question.
    fn clear_answer(&mut self, question: &'static Question, choice: &'static Choice) {
        self.checker(Action::Choose { question, option: choice.id, on: false });
        self.send_focus(Focus::Question(question));
    }

    /// The page's `restart()`: the checker afresh, the focus left with the page.
    fn page_restart(&mut self) {
        self.checker(Action::Restart);
        self.show(View::Checker);
    }

    /// Another view; mask mode closes with the guide.
    fn show(&mut self, view: View) {
        self.view = view;
        self.mask = None;
    }

    fn tab_to(&mut self, view: View) {
        self.show(view);
        self.send_focus(Focus::Tab(view));
    }

    /// The guide's filter, and how many cards it now shows, said.
    fn filter_by(&mut self, tag: Option<&'static Tag>) {
        self.filter = tag;
        let shown = RECIPES.iter().filter(|r| self.shows(r)).count();
        self.announcement = Some(Announcement::Shown(shown as u32));
    }

    fn mask_open(&mut self, recipe: &'static Recipe) {
        self.mask = Some((recipe, 0));
        self.send_focus(Focus::Mask);
    }

    /// One step on (`by` 1) or back (`by` -1), within the recipe's steps.
    fn mask_step(&mut self, by: isize) {
        if let Some((recipe, step)) = &mut self.mask {
            *step = step.saturating_add_signed(by).min(recipe.steps.len() - 1);
        }
    }

    /// Back to the card mask mode was opened from, which takes the focus.
    fn mask_close(&mut self) {
        if let Some((recipe, _)) = self.mask.take() {
            self.send_focus(Focus::Card(recipe));
        }
    }

    /// The recipe done today, from mask mode's last step: logged as the card's button
    /// logs it, and said, with the focus back on the card.
    fn mask_done(&mut self, recipe: &'static Recipe) {
        self.log_done(recipe);
        self.mask_close();
        self.announcement = Some(Announcement::Said(ui::LOGGED_TODAY));
    }

    fn toggle_sound(&mut self) {
        self.muted = !self.muted;
        self.save_timers();
    }

    /// A recipe the result lists: its card opened in the guide, with the way back.
    fn open_recipe(&mut self, recipe: &'static Recipe) {
        self.show(View::Recipes);
        self.filter = None;
        self.toggle_card(recipe, Some(true));
        self.from_result = true;
        self.send_focus(Focus::Card(recipe));
    }

    /// The whole guide, from the result, with the way back.
    fn open_guide(&mut self) {
        self.show(View::Recipes);
        self.filter = None;
        self.from_result = true;
        self.send_focus(Focus::Tab(View::Recipes));
    }

    /// The checker, from the guide that cannot yet say which remedies suit the reader.
    fn open_checker(&mut self) {
        self.show(View::Checker);
        self.send_focus(Focus::Title);
    }

    fn back_to_result(&mut self) {
        self.show(View::Checker);
        self.from_result = false;
        self.send_focus(Focus::Title);
    }

    fn timer_start(&mut self, recipe: &'static Recipe) {
        let now = self.device.now();
        self.change_timer(recipe, |t| t.start(now));
    }

    fn timer_pause(&mut self, recipe: &Recipe) {
        let now = self.device.now();
        self.change_timer(recipe, |t| t.pause(now));
    }

    fn timer_reset(&mut self, recipe: &Recipe) {
        self.change_timer(recipe, Timer::reset);
    }

    fn copy_done(&mut self, ok: bool) {
        self.copied = Some(ok);
        self.announcement = Some(Announcement::Said(if ok { ui::COPIED } else { ui::COPY_FAILED }));
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::collections::HashMap;

    use super::*;
    use crate::content::{question, TAGS};
    use crate::engine::calendar::Day;

    /// A device whose clock the test moves and whose storage it reads, or makes refuse.
    #[derive(Default)]
    struct Fake {
        now: Cell<f64>,
        stored: RefCell<HashMap<(bool, String), String>>,
        refuses: Cell<bool>,
    }

    impl Device for Fake {
        fn now(&self) -> f64 {
            self.now.get()
        }

        fn today(&self) -> Day {
            Day::from_ymd(2026, 11, 22)
        }

        fn read(&self, area: Area, key: &str) -> Result<Option<String>, ()> {
            if self.refuses.get() {
                return Err(());
            }
            Ok(self.stored.borrow().get(&(area == Area::Local, key.to_owned())).cloned())
        }

        fn write(&self, area: Area, key: &str, value: &str) -> Result<(), ()> {
            if self.refuses.get() {
                return Err(());
            }
            self.stored.borrow_mut().insert((area == Area::Local, key.to_owned()), value.to_owned());
            Ok(())
        }

        fn remove(&self, area: Area, key: &str) -> Result<(), ()> {
            if self.refuses.get() {
                return Err(());
            }
            self.stored.borrow_mut().remove(&(area == Area::Local, key.to_owned()));
            Ok(())
        }
    }

    fn opened(device: &Rc<Fake>) -> Rc<UiState> {
        Rc::new(UiState::open(device.clone(), View::Checker, "clearback:checker:v1".into(), false))
    }

    fn choose(q: &str, o: &'static str) -> Msg {
        Msg::Checker(Action::Choose { question: question(q), option: o, on: true })
    }

    /// The soda mask: not advised with some answers, with a ten-minute timer.
    fn soda() -> &'static Recipe {
        &RECIPES[0]
    }

    #[test]
    fn the_readers_answers_are_kept_and_a_restart_leaves_nothing() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(choose("look", "pus"));
        let stored = device.read(Area::Session, "clearback:checker:v1").unwrap();
        assert_eq!(stored.as_deref(), Some("1|0|0|look=pus"));
        let again = opened(&device);
        assert!(again.session.answers.has("look", "pus"), "restored");
        state.reduce(Msg::Checker(Action::Restart));
        assert_eq!(device.read(Area::Session, "clearback:checker:v1").unwrap(), None);
    }

    #[test]
    fn storage_that_refuses_costs_the_kept_answers_and_nothing_else() {
        let device = Rc::new(Fake { refuses: Cell::new(true), ..Fake::default() });
        let state = opened(&device);
        assert!(!state.session_kept && !state.timers_kept);
        assert_eq!(state.log_status, LogStatus::Unavailable);
        let state = state.reduce(choose("look", "pus"));
        assert!(state.session.answers.has("look", "pus"), "the answer counts all the same");
    }

    #[test]
    fn the_focus_follows_the_readers_move_to_another_step_and_not_the_pages_restart() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(choose("warning-signs", "none"));
        assert_eq!(state.focus, (0, Focus::None), "an answer keeps the focus where it is");
        let state = state.reduce(Msg::Checker(Action::Next));
        assert_eq!(state.focus, (1, Focus::Title));
        let state = state.reduce(Msg::PageRestart);
        assert_eq!(state.focus.0, 1, "the page's restart asks for no focus");
        assert_eq!((state.session.step, state.view), (0, View::Checker), "but it does restart");
        let state = state.reduce(Msg::Checker(Action::Next)).reduce(Msg::Checker(Action::Restart));
        assert_eq!(state.focus, (3, Focus::Title), "the reader's own restart takes it to the start");
    }

    #[test]
    fn every_recipe_card_opens_and_closes_on_its_own() {
        let device = Rc::new(Fake::default());
        let mut state = opened(&device);
        for recipe in RECIPES.iter() {
            state = state.reduce(Msg::ToggleCard(recipe));
        }
        assert!(RECIPES.iter().all(|r| state.is_open(r)));
        let state = state.reduce(Msg::ToggleCard(soda()));
        assert!(!state.is_open(soda()) && RECIPES[1..].iter().all(|r| state.is_open(r)));
    }

    #[test]
    fn the_readers_own_restart_and_cleared_answer_keep_the_focus_in_the_checker() {
        let device = Rc::new(Fake::default());
        // On the first step the step does not change, but the restart button goes.
        let state =
            opened(&device).reduce(choose("warning-signs", "none")).reduce(Msg::Checker(Action::Restart));
        assert_eq!(state.focus, (1, Focus::Title));
        let duration = question("duration");
        let weeks = duration.choice("weeks").unwrap();
        let state =
            state.reduce(Msg::Checker(Action::Choose { question: duration, option: "weeks", on: true }));
        let state = state.reduce(Msg::ClearAnswer(duration, weeks));
        assert!(!state.session.answers.has("duration", "weeks"));
        assert_eq!(
            state.focus,
            (2, Focus::Question(duration)),
            "its button goes: the question keeps the focus"
        );
    }

    #[test]
    fn the_pages_restart_closes_mask_mode_and_lets_the_screen_sleep() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(Msg::Show(View::Recipes)).reduce(Msg::MaskOpen(soda()));
        assert!(state.keep_awake());
        let state = state.reduce(Msg::PageRestart);
        assert_eq!((state.view, state.mask), (View::Checker, None));
        assert!(!state.keep_awake());
        let state = state.reduce(Msg::Show(View::Recipes));
        assert_eq!(state.mask, None, "the guide opens on its list, not on mask mode");
    }

    #[test]
    fn mask_mode_steps_within_the_recipe_and_the_arrow_keys_take_the_focus_to_a_tab() {
        let device = Rc::new(Fake::default());
        let last = soda().steps.len() - 1;
        let mut state = opened(&device).reduce(Msg::MaskOpen(soda())).reduce(Msg::MaskPrevious);
        assert_eq!(state.mask, Some((soda(), 0)));
        for _ in 0..=last {
            state = state.reduce(Msg::MaskNext);
        }
        assert_eq!(state.mask, Some((soda(), last)), "no step past the last");
        let state = state.reduce(Msg::TabTo(View::Checker));
        assert_eq!((state.view, state.mask, state.focus.1), (View::Checker, None, Focus::Tab(View::Checker)));
    }

    #[test]
    fn a_tick_redraws_nothing_until_a_countdown_runs_out_and_then_says_so_once() {
        let device = Rc::new(Fake::default());
        let state = opened(&device);
        let same = state.clone().reduce(Msg::Tick);
        assert!(Rc::ptr_eq(&state, &same), "no timer runs: the same state");
        let running = state.reduce(Msg::TimerStart(soda()));
        device.now.set(60_000.0);
        let still = running.clone().reduce(Msg::Tick);
        assert!(Rc::ptr_eq(&running, &still), "a minute into ten: nothing to draw");
        device.now.set(600_000.0);
        let ended = still.reduce(Msg::Tick);
        assert_eq!(ended.finished, (1, Some(soda())));
        assert_eq!(ended.announcement, Some(Announcement::Said(ui::TIMER_DONE)));
        assert!(!ended.any_timer_running());
        let kept = device.read(Area::Local, TIMERS_KEY).unwrap().unwrap();
        assert!(kept.contains("soda-mask=p600000"), "{kept}");
    }

    #[test]
    fn when_the_time_is_up_on_the_step_it_timed_the_way_on_takes_the_focus_and_nowhere_else() {
        let device = Rc::new(Fake::default());
        let timed = soda().timer.as_ref().unwrap().step;
        let mut state = opened(&device).reduce(Msg::MaskOpen(soda()));
        for _ in 0..timed {
            state = state.reduce(Msg::MaskNext);
        }
        assert_eq!(state.mask, Some((soda(), timed)));
        let running = state.reduce(Msg::TimerStart(soda()));
        device.now.set(600_000.0);
        let ended = running.clone().reduce(Msg::Tick);
        assert_eq!(ended.focus, (running.focus.0 + 1, Focus::MaskNext));
        assert_eq!(ended.announcement, Some(Announcement::Said(ui::TIMER_DONE)), "said as before");
        // On another step, or on the card, the focus stays where the reader left it.
        let elsewhere = running.reduce(Msg::MaskNext).reduce(Msg::TimerReset(soda()));
        device.now.set(0.0);
        let elsewhere = elsewhere.reduce(Msg::TimerStart(soda()));
        device.now.set(600_000.0);
        let ended = elsewhere.clone().reduce(Msg::Tick);
        assert_eq!(ended.finished.1, Some(soda()));
        assert_eq!(ended.focus, elsewhere.focus);
    }

    #[test]
    fn done_in_mask_mode_logs_today_closes_back_to_the_card_and_says_so() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(Msg::MaskOpen(soda()));
        let done = state.reduce(Msg::MaskDone(soda()));
        assert_eq!(done.mask, None);
        assert_eq!(done.focus.1, Focus::Card(soda()));
        assert_eq!(
            done.log.last_done(soda().id),
            Some(Day::from_ymd(2026, 11, 22)),
            "as the card's button logs"
        );
        assert_eq!(done.announcement, Some(Announcement::Said(ui::LOGGED_TODAY)));
        assert!(device.read(Area::Local, LOG_KEY).unwrap().unwrap().contains("soda-mask"));
    }

    #[test]
    fn the_guide_sends_a_reader_to_the_checker_with_the_focus_and_folds_what_is_not_advised() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(Msg::Show(View::Recipes));
        assert!(!state.ruled_out_open, "folded at first");
        let state = state.reduce(Msg::ToggleRuledOut);
        assert!(state.ruled_out_open);
        let state = state.reduce(Msg::OpenChecker);
        assert_eq!((state.view, state.focus.1), (View::Checker, Focus::Title));
    }

    #[test]
    fn the_log_is_kept_and_an_unreadable_one_left_alone_until_cleared() {
        let device = Rc::new(Fake::default());
        device.write(Area::Local, LOG_KEY, "not a log").unwrap();
        let state = opened(&device);
        assert_eq!(state.log_status, LogStatus::Unreadable);
        let state = state.reduce(Msg::LogDone(soda()));
        assert_eq!(device.read(Area::Local, LOG_KEY).unwrap().as_deref(), Some("not a log"));
        let state = state.reduce(Msg::LogClear).reduce(Msg::LogDone(soda()));
        assert_eq!(state.log_status, LogStatus::Saved);
        assert!(device.read(Area::Local, LOG_KEY).unwrap().unwrap().contains("soda-mask"));
    }

    #[test]
    fn printing_and_copying_are_requests_counted_once_each() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(Msg::PrintResult).reduce(Msg::CopyResult);
        assert_eq!(state.request, (2, Some(Request::CopyResult)));
        let state = state.reduce(Msg::Copied(false));
        assert_eq!(state.copied, Some(false));
        assert_eq!(state.announcement, Some(Announcement::Said(ui::COPY_FAILED)));
    }

    #[test]
    fn a_recipe_opened_from_the_result_opens_its_card_and_the_way_back_returns() {
        let device = Rc::new(Fake::default());
        let state = opened(&device).reduce(Msg::OpenRecipe(soda()));
        assert_eq!((state.view, state.from_result), (View::Recipes, true));
        assert!(state.is_open(soda()));
        assert_eq!(state.focus.1, Focus::Card(soda()));
        let state = state.reduce(Msg::BackToResult);
        assert_eq!((state.view, state.focus.1), (View::Checker, Focus::Title));
    }

    #[test]
    fn the_whole_guide_opened_from_the_result_takes_the_focus_to_its_tab_and_has_the_way_back() {
        let device = Rc::new(Fake::default());
        let scars = TAGS.iter().find(|t| t.id == "scars").unwrap();
        let state = opened(&device).reduce(Msg::Filter(Some(scars))).reduce(Msg::OpenGuide);
        assert_eq!((state.view, state.from_result, state.filter), (View::Recipes, true, None));
        assert_eq!(state.focus.1, Focus::Tab(View::Recipes));
    }
}
