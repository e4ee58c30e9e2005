//! The guide's frequency log in local storage, under the widget's one key. If storage is
//! missing or the stored value unreadable, the guide goes on without it and says so; it
//! never reads or touches any other key.

use yew::prelude::*;

use crate::browser::storage::{self, Area, LOG_KEY};
use crate::content::Recipe;
use crate::engine::calendar::Day;
use crate::engine::log::Log;

#[derive(Clone, Debug, PartialEq)]
pub enum LogStatus {
    Saved,
    /// Storage refuses: marks last only for this visit.
    Unavailable,
    /// The stored value is not a log this version can read; it is left alone until cleared.
    Unreadable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LogState {
    pub log: Log,
    pub status: LogStatus,
}

impl LogState {
    fn load() -> LogState {
        match storage::read(Area::Local, LOG_KEY) {
            Err(()) => LogState { log: Log::default(), status: LogStatus::Unavailable },
            Ok(None) => LogState { log: Log::default(), status: LogStatus::Saved },
            Ok(Some(text)) => match Log::decode(&text) {
                Some(log) => LogState { log, status: LogStatus::Saved },
                None => LogState { log: Log::default(), status: LogStatus::Unreadable },
            },
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct LogHandle {
    pub state: UseStateHandle<LogState>,
}

impl LogHandle {
    pub fn record(&self, recipe: &'static Recipe, today: Day) {
        let mut log = self.state.log.clone();
        log.record(recipe, today);
        let status = match self.state.status {
            // An unreadable value is not overwritten behind the reader's back.
            LogStatus::Unreadable => LogStatus::Unreadable,
            _ if storage::write(Area::Local, LOG_KEY, &log.encode()).is_ok() => LogStatus::Saved,
            _ => LogStatus::Unavailable,
        };
        self.state.set(LogState { log, status });
    }

    pub fn clear(&self) {
        let status = match storage::remove(Area::Local, LOG_KEY) {
            Ok(()) => LogStatus::Saved,
            Err(()) => LogStatus::Unavailable,
        };
        self.state.set(LogState { log: Log::default(), status });
    }
}

#[hook]
pub fn use_log() -> LogHandle {
    LogHandle { state: use_state(LogState::load) }
}
