//! Yew components: they render what the engine computed and hold no medical rules.

mod app;
mod checker;
mod cited;
mod countdown;
mod focus;
mod guide;
mod log_state;
mod notices;
mod question;
mod recipe_card;
mod result;
mod shared;
mod state;
mod step;
mod tabs;

pub use app::{App, AppProps, AssessmentIds, Bridge};
