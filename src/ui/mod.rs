//! Yew components: they render what the engine computed and hold no medical rules.

mod app;
mod notices;
mod tabs;

pub use app::{App, AppProps};
