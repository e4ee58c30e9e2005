//! The functional core: plain Rust with no browser dependency, tested on the host.

pub mod answers;
pub mod assessment;
pub mod calendar;
pub mod interview;
pub mod kept_timers;
pub mod log;
pub mod publisher;
pub mod rules;
pub mod screens;
pub mod session;
pub mod settings;
pub mod summary;
pub mod timer;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod assessment_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod case_table;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz_tests;
