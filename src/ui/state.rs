//! Everything the widget shows that is not computed from the content: the checker's
//! session, the open view, the guide's filter and cards, the timers, the log, and what
//! was last announced. One reducer holds it all, so that one component and one listener
//! per kind of event serve every control (see `app.rs` and `intent.rs`).

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::clock::{now, today};
use crate::browser::storage::{self, Area, LOG_KEY, TIMERS_KEY};
use crate::content::{ui, Text, RECIPES};
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

#[derive(Clone, Debug, PartialEq)]
pub struct UiState {
    pub session: Rc<Session>,
    /// This widget's session storage key.
    pub session_key: Rc<str>,
    /// Whether the answers can be kept across a reload.
    pub session_kept: bool,
    /// Answers were stored but could not be read (another version, or damaged): the
    /// checker starts afresh and says so.
    pub session_unreadable: bool,
    pub view: View,
    /// The guide's filter: a tag id, or every recipe.
    pub filter: Option<&'static str>,
    /// The recipe cards shown open, a bit per recipe.
    pub open: u32,
    /// The recipe shown in mask mode (one step at a time, large, the timer in view), and
    /// the step it shows.
    pub mask: Option<(usize, usize)>,
    /// The reader came to the guide from the result, and can go back to it.
    pub from_result: bool,
    /// The recipe whose not-advised timer asks for confirmation.
    pub confirming: Option<usize>,
    /// The recipe card printing alone.
    pub printing: Option<usize>,
    /// One per recipe with a time on the skin, kept in local storage.
    pub timers: Vec<Option<Timer>>,
    /// No sound when a timer ends (the reader's switch, kept with the timers).
    pub muted: bool,
    /// Whether the timers can be kept.
    pub timers_kept: bool,
    /// The last recipe whose time ran out, with a count, so that each end is signalled
    /// once.
    pub finished: (u32, Option<usize>),
    /// Where the focus should go, with a count, so that each request is carried out once.
    pub focus: (u32, Focus),
    /// The clock at the last tick, for the countdowns.
    pub now: f64,
    pub log: Rc<Log>,
    pub log_status: LogStatus,
    /// What became of the last copy.
    pub copied: Option<bool>,
    /// The last change worth telling a screen reader about.
    pub announcement: Option<Announcement>,
}

/// A place the focus is sent to after the reader's own move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    None,
    /// The title of a recipe card, opened from the result.
    Card(usize),
    /// The result's title, on the way back to it.
    Result,
    /// Mask mode's title.
    Mask,
}

/// What the live region says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    Said(Text),
    /// How many remedies the filter shows.
    Shown(u32),
}

/// What the reader (or the clock) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Checker(Action),
    Show(View),
    Filter(Option<&'static str>),
    ToggleCard(usize),
    /// Mask mode for a recipe, at its first step.
    MaskOpen(usize),
    MaskStep(usize),
    MaskClose,
    ToggleSound,
    /// A recipe the result lists, opened in the guide.
    OpenRecipe(usize),
    BackToResult,
    TimerStart(usize),
    TimerConfirm(usize),
    TimerCancel,
    TimerPause(usize),
    TimerReset(usize),
    Tick,
    LogDone(usize),
    LogClear,
    Copied(bool),
    Print(usize),
    Printed,
    /// The texts of another language arrived: it can be shown.
    TextsArrived,
}

impl UiState {
    /// The state a widget starts in: what the reader left in this tab, and the log.
    pub fn restore(view: View, session_key: Rc<str>) -> UiState {
        let (session, session_kept, session_unreadable) = match storage::read(Area::Session, &session_key) {
            Ok(None) => (Session::default(), true, false),
            Ok(Some(stored)) => match Session::decode(&stored) {
                Some(session) => (session, true, false),
                None => (Session::default(), true, true),
            },
            Err(()) => (Session::default(), false, false),
        };
        let (log, log_status) = match storage::read(Area::Local, LOG_KEY) {
            Err(()) => (Log::default(), LogStatus::Unavailable),
            Ok(None) => (Log::default(), LogStatus::Saved),
            Ok(Some(text)) => match Log::decode(&text) {
                Some(log) => (log, LogStatus::Saved),
                None => (Log::default(), LogStatus::Unreadable),
            },
        };
        let fresh: Vec<Option<Timer>> =
            RECIPES.iter().map(|r| r.timer.as_ref().map(|t| Timer::new(t.minutes))).collect();
        let ((muted, timers), timers_kept) = match storage::read(Area::Local, TIMERS_KEY) {
            Ok(stored) => (
                stored.as_deref().and_then(|t| kept_timers::decode(t, &fresh)).unwrap_or((false, fresh)),
                true,
            ),
            Err(()) => ((false, fresh), false),
        };
        UiState {
            session: Rc::new(session),
            session_key,
            session_kept,
            session_unreadable,
            view,
            filter: None,
            open: 0,
            mask: None,
            from_result: false,
            confirming: None,
            printing: None,
            timers,
            muted,
            timers_kept,
            finished: (0, None),
            focus: (0, Focus::None),
            now: now(),
            log: Rc::new(log),
            log_status,
            copied: None,
            announcement: None,
        }
    }

    /// The state a widget opens in at `view`, `fresh` when the page asked for a restart
    /// before it loaded.
    pub fn open(view: View, session_key: Rc<str>, fresh: bool) -> UiState {
        let state = UiState::restore(view, session_key);
        if !fresh {
            return state;
        }
        Rc::unwrap_or_clone(Rc::new(state).reduce(Msg::Checker(Action::Restart)))
    }

    pub fn is_open(&self, recipe: usize) -> bool {
        self.open & (1 << recipe) != 0
    }

    pub fn any_timer_running(&self) -> bool {
        self.timers.iter().flatten().any(Timer::is_running)
    }

    /// The screen should stay on: mask mode is open or a timer runs.
    pub fn keep_awake(&self) -> bool {
        self.mask.is_some() || self.any_timer_running()
    }

    /// Saves the session; a fresh one is removed rather than stored, so restarting
    /// leaves nothing behind.
    fn save_session(&self) -> bool {
        if *self.session == Session::default() {
            storage::remove(Area::Session, &self.session_key).is_ok()
        } else {
            storage::write(Area::Session, &self.session_key, &self.session.encode()).is_ok()
        }
    }

    fn timer(&mut self, recipe: usize, change: impl FnOnce(Timer) -> Timer) {
        if let Some(Some(timer)) = self.timers.get_mut(recipe) {
            *timer = change(*timer);
        }
        self.save_timers();
    }

    fn save_timers(&mut self) {
        let text = kept_timers::encode(self.muted, &self.timers);
        self.timers_kept = storage::write(Area::Local, TIMERS_KEY, &text).is_ok();
    }

    fn send_focus(&mut self, to: Focus) {
        self.focus = (self.focus.0 + 1, to);
    }
}

impl Reducible for UiState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        // What was announced is said again when another language arrives, in its words;
        // anything else ends it.
        if msg != Msg::TextsArrived {
            next.announcement = None;
        }
        let time = now();
        next.now = time;
        match msg {
            Msg::Checker(action) => {
                next.copied = None;
                next.from_result = false;
                next.session = Rc::new(self.session.apply(action));
                next.session_unreadable = false;
                next.session_kept = self.session_kept && next.save_session();
            }
            Msg::Show(view) => {
                next.view = view;
                next.mask = None;
            }
            Msg::Filter(tag) => {
                next.filter = tag;
                let shown = RECIPES.iter().filter(|r| tag.is_none_or(|t| r.helps.contains(&t))).count();
                next.announcement = Some(Announcement::Shown(shown as u32));
            }
            Msg::ToggleCard(recipe) => next.open ^= 1 << recipe,
            Msg::MaskOpen(recipe) => {
                next.mask = Some((recipe, 0));
                next.send_focus(Focus::Mask);
            }
            Msg::MaskStep(step) => {
                if let Some((recipe, shown)) = &mut next.mask {
                    *shown = step.min(RECIPES[*recipe].steps.len() - 1);
                }
            }
            Msg::MaskClose => {
                if let Some((recipe, _)) = self.mask {
                    next.send_focus(Focus::Card(recipe));
                }
                next.mask = None;
            }
            Msg::ToggleSound => {
                next.muted = !self.muted;
                next.save_timers();
            }
            Msg::OpenRecipe(recipe) => {
                next.view = View::Recipes;
                next.filter = None;
                next.open |= 1 << recipe;
                next.from_result = true;
                next.send_focus(Focus::Card(recipe));
            }
            Msg::BackToResult => {
                next.view = View::Checker;
                next.from_result = false;
                next.send_focus(Focus::Result);
            }
            Msg::TimerStart(recipe) => {
                next.confirming = None;
                next.timer(recipe, |t| t.start(time));
            }
            Msg::TimerConfirm(recipe) => next.confirming = Some(recipe),
            Msg::TimerCancel => next.confirming = None,
            Msg::TimerPause(recipe) => next.timer(recipe, |t| t.pause(time)),
            Msg::TimerReset(recipe) => {
                next.confirming = None;
                next.timer(recipe, Timer::reset);
            }
            Msg::Tick => {
                // A countdown that has run out stops at zero, and says so, once.
                let ended =
                    next.timers.iter().position(|t| t.is_some_and(|t| t.is_running() && t.is_done(time)));
                if let Some(recipe) = ended {
                    next.timer(recipe, |t| t.pause(time));
                    next.finished = (self.finished.0 + 1, Some(recipe));
                    next.announcement = Some(Announcement::Said(ui::TIMER_DONE));
                }
            }
            Msg::LogDone(recipe) => {
                let mut log = (*self.log).clone();
                log.record(&RECIPES[recipe], today());
                next.log_status = match self.log_status {
                    // An unreadable value is not overwritten behind the reader's back.
                    LogStatus::Unreadable => LogStatus::Unreadable,
                    _ if storage::write(Area::Local, LOG_KEY, &log.encode()).is_ok() => LogStatus::Saved,
                    _ => LogStatus::Unavailable,
                };
                next.log = Rc::new(log);
            }
            Msg::LogClear => {
                next.log_status = match storage::remove(Area::Local, LOG_KEY) {
                    Ok(()) => LogStatus::Saved,
                    Err(()) => LogStatus::Unavailable,
                };
                next.log = Rc::default();
            }
            Msg::Copied(ok) => {
                next.copied = Some(ok);
                next.announcement = Some(Announcement::Said(if ok { ui::COPIED } else { ui::COPY_FAILED }));
            }
            Msg::Print(recipe) => next.printing = Some(recipe),
            Msg::Printed => next.printing = None,
            Msg::TextsArrived => {}
        }
        Rc::new(next)
    }
}
