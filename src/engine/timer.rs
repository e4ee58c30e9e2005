//! The countdown for a recipe's time on the skin. Time comes from timestamps, never from
//! counting ticks, so it stays right when the tab sleeps in the background.

/// Milliseconds, as `Date.now()` gives them.
pub type Millis = f64;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Countdown {
    Ready,
    Running { since: Millis, elapsed_before: Millis },
    Paused { elapsed: Millis },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    pub total: Millis,
    pub state: Countdown,
}

impl Timer {
    pub fn new(minutes: u32) -> Timer {
        Timer { total: f64::from(minutes) * 60_000.0, state: Countdown::Ready }
    }

    fn elapsed(&self, now: Millis) -> Millis {
        match self.state {
            Countdown::Ready => 0.0,
            Countdown::Running { since, elapsed_before } => elapsed_before + (now - since).max(0.0),
            Countdown::Paused { elapsed } => elapsed,
        }
    }

    /// Whole seconds left, rounded up so that zero means done.
    pub fn remaining_seconds(&self, now: Millis) -> u32 {
        ((self.total - self.elapsed(now)).max(0.0) / 1000.0).ceil() as u32
    }

    pub fn is_done(&self, now: Millis) -> bool {
        self.remaining_seconds(now) == 0
    }

    pub fn is_running(&self) -> bool {
        matches!(self.state, Countdown::Running { .. })
    }

    pub fn start(self, now: Millis) -> Timer {
        match self.state {
            Countdown::Running { .. } => self,
            _ => {
                Timer { state: Countdown::Running { since: now, elapsed_before: self.elapsed(now) }, ..self }
            }
        }
    }

    pub fn pause(self, now: Millis) -> Timer {
        Timer { state: Countdown::Paused { elapsed: self.elapsed(now).min(self.total) }, ..self }
    }

    pub fn reset(self) -> Timer {
        Timer { state: Countdown::Ready, ..self }
    }

    /// The countdown's stored form: `r`, `p<elapsed>` or `s<since>,<elapsed before>`, in
    /// whole milliseconds.
    pub fn encode(&self) -> String {
        match self.state {
            Countdown::Ready => "r".to_owned(),
            Countdown::Paused { elapsed } => format!("p{}", elapsed as i64),
            Countdown::Running { since, elapsed_before } => {
                format!("s{},{}", since as i64, elapsed_before as i64)
            }
        }
    }

    /// This timer with the countdown [`Timer::encode`] wrote; `None` if it is not one.
    pub fn decode(self, text: &str) -> Option<Timer> {
        let number = |t: &str| t.parse::<i64>().ok().filter(|n| *n >= 0).map(|n| n as f64);
        let state = match text.split_at_checked(1)? {
            ("r", "") => Countdown::Ready,
            ("p", elapsed) => Countdown::Paused { elapsed: number(elapsed)?.min(self.total) },
            ("s", rest) => {
                let (since, before) = rest.split_once(',')?;
                Countdown::Running { since: number(since)?, elapsed_before: number(before)?.min(self.total) }
            }
            _ => return None,
        };
        Some(Timer { state, ..self })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_from_timestamps_with_pause_and_resume() {
        let t = Timer::new(10);
        assert_eq!(t.remaining_seconds(0.0), 600);
        let t = t.start(1_000.0);
        assert_eq!(t.remaining_seconds(61_000.0), 540);
        assert_eq!(t.remaining_seconds(61_500.0), 540, "partial seconds round up");
        let t = t.pause(61_000.0);
        assert_eq!(t.remaining_seconds(999_999.0), 540, "a paused timer does not move");
        let t = t.start(100_000.0);
        assert_eq!(t.remaining_seconds(160_000.0), 480);
        assert!(t.is_done(640_000.0) && t.remaining_seconds(10_000_000.0) == 0);
        assert_eq!(t.reset().remaining_seconds(0.0), 600);
    }

    #[test]
    fn a_running_or_paused_countdown_survives_storage_and_a_bad_one_is_refused() {
        let t = Timer::new(10).start(1_000.0);
        let back = Timer::new(10).decode(&t.encode()).unwrap();
        assert_eq!(back, t);
        assert_eq!(back.remaining_seconds(61_000.0), 540, "recomputed from the start time");
        let paused = t.pause(31_000.0);
        assert_eq!(Timer::new(10).decode(&paused.encode()), Some(paused));
        assert_eq!(Timer::new(10).decode("r"), Some(Timer::new(10)));
        for bad in ["", "x", "s12", "s-1,0", "p", "pabc", "r1"] {
            assert_eq!(Timer::new(10).decode(bad), None, "{bad}");
        }
        assert_eq!(Timer::new(1).decode("p999999").map(|t| t.remaining_seconds(0.0)), Some(0), "clamped");
    }

    #[test]
    fn a_tab_asleep_in_the_background_still_finishes_on_time() {
        let t = Timer::new(15).start(0.0);
        assert!(!t.is_done(899_000.0));
        assert!(t.is_done(900_000.0));
    }
}
