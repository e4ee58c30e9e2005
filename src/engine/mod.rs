//! The functional core: plain Rust with no browser dependency, tested on the host.

pub mod settings;
