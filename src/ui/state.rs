//! The checker's state as a Yew reducer over the engine's `Session`, restored from and
//! saved to session storage.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::storage::{self, Area, SESSION_KEY};
use crate::engine::session::{Action, Session};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionState {
    /// Shared with the views, which compare it by pointer.
    pub session: Rc<Session>,
    /// Whether the answers can be kept across a reload.
    pub storage_ok: bool,
}

pub enum Command {
    Do(Action),
}

impl Reducible for SessionState {
    type Action = Command;

    fn reduce(self: Rc<Self>, command: Command) -> Rc<Self> {
        let Command::Do(action) = command;
        Rc::new(SessionState { session: Rc::new(self.session.apply(action)), storage_ok: self.storage_ok })
    }
}

impl SessionState {
    /// What the reader left in this tab, if the storage can be read.
    pub fn restore() -> SessionState {
        match storage::read(Area::Session, SESSION_KEY) {
            Ok(stored) => SessionState {
                session: Rc::new(stored.as_deref().and_then(Session::decode).unwrap_or_default()),
                storage_ok: true,
            },
            Err(()) => SessionState { session: Rc::default(), storage_ok: false },
        }
    }

    /// Saves the session; a fresh one is removed rather than stored, so restarting
    /// leaves nothing behind.
    pub fn save(&self) -> bool {
        if *self.session == Session::default() {
            storage::remove(Area::Session, SESSION_KEY).is_ok()
        } else {
            storage::write(Area::Session, SESSION_KEY, &self.session.encode()).is_ok()
        }
    }
}

/// The reducer with storage wired in.
#[hook]
pub fn use_session() -> (UseReducerHandle<SessionState>, bool) {
    let state = use_reducer(SessionState::restore);
    let saved = use_state_eq(|| true);
    {
        let saved = saved.clone();
        use_effect_with(state.clone(), move |state| saved.set(state.save()));
    }
    let storage_ok = state.storage_ok && *saved;
    (state, storage_ok)
}
