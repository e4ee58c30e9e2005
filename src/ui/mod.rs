//! The interface: one Yew component (`app`) over one reducer (`state`), whose views are
//! plain functions of the state and the engine's assessment. They render what the engine
//! computed and hold no medical rules.

mod app;
mod body_map;
mod checker;
mod cited;
mod effects;
mod guide;
mod intent;
mod markup;
mod notices;
mod result;
mod state;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub use app::AssessmentIds;
pub use app::{App, AppProps, Bridge, Command, HostEvent, Opening, Services};
