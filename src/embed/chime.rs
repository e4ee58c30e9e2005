//! When a timer's time is up: a short vibration where the device has one, and, unless the
//! reader switched it off, two soft tones made on the spot (no sound file to fetch).

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsValue;
use web_sys::AudioContext;

pub fn time_up(sound: bool) {
    let navigator = gloo_utils::window().navigator();
    if js_sys::Reflect::get(&navigator, &"vibrate".into()).is_ok_and(|v| v.is_function()) {
        let pattern: js_sys::Array = [200, 100, 200].into_iter().map(JsValue::from).collect();
        navigator.vibrate_with_pattern(&pattern);
    }
    if sound {
        if let Err(error) = chime() {
            gloo_console::warn!("Clearback could not sound the timer:", error);
        }
    }
}

/// Two tones, a fifth apart, each fading in and out within a third of a second.
fn chime() -> Result<(), JsValue> {
    let audio = AudioContext::new()?;
    let start = audio.current_time();
    for (i, pitch) in [660.0, 880.0].into_iter().enumerate() {
        let at = start + i as f64 * 0.35;
        let tone = audio.create_oscillator()?;
        let volume = audio.create_gain()?;
        tone.frequency().set_value(pitch);
        volume.gain().set_value_at_time(0.0001, at)?;
        volume.gain().exponential_ramp_to_value_at_time(0.2, at + 0.02)?;
        volume.gain().exponential_ramp_to_value_at_time(0.0001, at + 0.3)?;
        tone.connect_with_audio_node(&volume)?;
        volume.connect_with_audio_node(&audio.destination())?;
        tone.start_with_when(at)?;
        tone.stop_with_when(at + 0.32)?;
    }
    let _ = audio.resume();
    Timeout::new(1500, move || drop(audio.close())).forget();
    Ok(())
}
