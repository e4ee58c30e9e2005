//! Yew components: they render what the engine computed and hold no medical rules.

mod app;
mod checker;
mod cited;
mod focus;
mod notices;
mod question;
mod result;
mod state;
mod step;
mod tabs;

pub use app::{App, AppProps, AssessmentIds, Bridge};
