//! The interface: Yew components over one reducer (`state`). The root (`app`) holds the
//! state, makes what each screen shows (the engine's values) and carries out what follows
//! a render (`effects`); the views lay those values out and hold no medical rules. Every
//! control does one typed `Action`, which also gives its `data-action` hook (`actions`).

mod actions;
mod app;
mod body_map;
mod button;
mod card;
mod checker;
mod cited;
mod countdown;
mod effects;
mod focus;
mod guide;
mod layer;
mod mask;
mod notices;
mod result;
mod shared;
mod state;
mod tabs;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub use app::AssessmentIds;
pub use app::{App, AppProps, Bridge, Command, HostEvent, Opening, Services};
pub use shared::Shared;

#[cfg(not(target_arch = "wasm32"))]
pub use app::first_screen;
