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

#[cfg(not(target_arch = "wasm32"))]
pub use ui::first_screen;

// The widget allocates little and runs on one thread: a free-list allocator is a tenth of
// the size of the standard one in the wasm (dlmalloc), and coalesces what is freed.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
