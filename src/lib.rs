//! Clearback: a back-acne symptom checker and home-mask guide that runs entirely in the
//! reader's browser, embedded in a publisher's article as `<clearback-widget>`.
//!
//! `engine` is the pure logic, `content` the generated data, `ui` the Yew components and
//! `embed` the bridge to the host page. See ARCHITECTURE.md.

mod browser;
pub mod content;
pub mod embed;
pub mod engine;
mod ui;
