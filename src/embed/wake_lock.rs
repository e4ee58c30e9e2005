//! Keeping the screen on while a widget asks for it (mask mode, a running timer), where
//! the browser has the Screen Wake Lock API and allows it. One lock serves every widget
//! of the page; browsers give it up when the page is hidden, so it is asked for again
//! when the page is visible.

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{VisibilityState, WakeLockSentinel, WakeLockType};

#[derive(Default)]
struct Lock {
    /// The widgets that want the screen on, by their number.
    wanting: Vec<u32>,
    sentinel: Option<WakeLockSentinel>,
    /// A request is under way.
    asking: bool,
    /// Listens for the page becoming visible again, once a widget has asked.
    visibility: Option<EventListener>,
    /// Listens for the browser releasing the lock.
    released: Option<EventListener>,
}

thread_local! {
    static LOCK: RefCell<Lock> = RefCell::default();
}

/// Widget `widget` wants the screen on (`true`) or no longer does.
pub fn want(widget: u32, on: bool) {
    LOCK.with_borrow_mut(|lock| {
        lock.wanting.retain(|w| *w != widget);
        if on {
            lock.wanting.push(widget);
        }
        if lock.visibility.is_none() && on {
            lock.visibility =
                Some(EventListener::new(&gloo_utils::document(), "visibilitychange", |_| refresh()));
        }
    });
    refresh();
}

fn supported() -> bool {
    let navigator = gloo_utils::window().navigator();
    js_sys::Reflect::get(&navigator, &"wakeLock".into()).is_ok_and(|lock| !lock.is_undefined())
}

/// Asks for the lock or gives it up, as the widgets and the page's visibility want.
fn refresh() {
    let visible = gloo_utils::document().visibility_state() == VisibilityState::Visible;
    // What calls out to the page (releasing, removing a listener) waits until the lock's
    // state is no longer borrowed.
    let (ask, release) = LOCK.with_borrow_mut(|lock| {
        let want = !lock.wanting.is_empty() && visible;
        let ask = want && lock.sentinel.is_none() && !lock.asking && supported();
        lock.asking |= ask;
        let release = if want { None } else { lock.sentinel.take().map(|s| (s, lock.released.take())) };
        (ask, release)
    });
    if let Some((sentinel, listener)) = release {
        drop(listener);
        let _ = sentinel.release();
    }
    if ask {
        let request = gloo_utils::window().navigator().wake_lock().request(WakeLockType::Screen);
        wasm_bindgen_futures::spawn_local(async move { granted(JsFuture::from(request).await) });
    }
}

fn granted(result: Result<WakeLockSentinel, JsValue>) {
    let released = result.as_ref().ok().map(|sentinel| {
        EventListener::once(sentinel, "release", |_| LOCK.with_borrow_mut(|lock| lock.sentinel = None))
    });
    let replaced = LOCK.with_borrow_mut(|lock| {
        lock.asking = false;
        lock.sentinel = result.ok();
        std::mem::replace(&mut lock.released, released)
    });
    // The listener of a lock the browser took back; removed outside the borrow, as it
    // calls out to the page.
    drop(replaced);
    // The widgets may have changed their minds meanwhile.
    refresh();
}
