//! The functional core: plain Rust with no browser dependency, tested on the host.

pub mod answers;
pub mod assessment;
pub mod interview;
pub mod rules;
pub mod settings;

#[cfg(test)]
mod assessment_tests;
