//! The guide's countdowns and its sound switch in the form local storage keeps them, so
//! that a running or paused timer survives a reload or a tab put to sleep: its start and
//! pauses are timestamps, and the time left is always recomputed from them.

use crate::content::RECIPES;

use super::timer::Timer;

/// The version of the stored form; another version is ignored.
const VERSION: &str = "1";

/// `1|sound|soda-mask=s1764000000000,0;salt-clay-mask=p30000`: the switch (`sound` or
/// `quiet`), then every timer that is not at its start.
pub fn encode(muted: bool, timers: &[Option<Timer>]) -> String {
    let entries: Vec<String> = RECIPES
        .iter()
        .zip(timers)
        .filter_map(|(recipe, timer)| {
            timer.filter(|t| *t != t.reset()).map(|t| format!("{}={}", recipe.id, t.encode()))
        })
        .collect();
    format!("{VERSION}|{}|{}", if muted { "quiet" } else { "sound" }, entries.join(";"))
}

/// The switch and the timers, one per recipe as `fresh` has them, with those the text
/// holds; `None` when the text is not this version's.
pub fn decode(text: &str, fresh: &[Option<Timer>]) -> Option<(bool, Vec<Option<Timer>>)> {
    let mut parts = text.splitn(3, '|');
    if parts.next()? != VERSION {
        return None;
    }
    let muted = match parts.next()? {
        "quiet" => true,
        "sound" => false,
        _ => return None,
    };
    let mut timers = fresh.to_vec();
    for entry in parts.next()?.split(';').filter(|e| !e.is_empty()) {
        let (id, state) = entry.split_once('=')?;
        // A recipe the content no longer has, or no longer times, is dropped.
        let Some(at) = RECIPES.iter().position(|r| r.id == id) else { continue };
        if let Some(Some(timer)) = timers.get_mut(at) {
            *timer = timer.decode(state)?;
        }
    }
    Some((muted, timers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Vec<Option<Timer>> {
        RECIPES.iter().map(|r| r.timer.as_ref().map(|t| Timer::new(t.minutes))).collect()
    }

    fn at(id: &str) -> usize {
        RECIPES.iter().position(|r| r.id == id).unwrap()
    }

    #[test]
    fn running_and_paused_timers_and_the_switch_survive_a_reload() {
        let mut timers = fresh();
        let soda = at("soda-mask");
        let clay = at("salt-clay-mask");
        timers[soda] = timers[soda].map(|t| t.start(1_000.0));
        timers[clay] = timers[clay].map(|t| t.start(0.0).pause(30_000.0));
        let text = encode(true, &timers);
        assert_eq!(text, "1|quiet|soda-mask=s1000,0;salt-clay-mask=p30000");
        let (muted, back) = decode(&text, &fresh()).unwrap();
        assert!(muted);
        assert_eq!(back, timers);
        assert_eq!(back[soda].unwrap().remaining_seconds(61_000.0), 540);
        assert_eq!(encode(false, &fresh()), "1|sound|", "timers at their start are not kept");
    }

    #[test]
    fn another_version_or_a_broken_entry_is_not_read_and_a_gone_recipe_is_dropped() {
        assert_eq!(decode("2|sound|", &fresh()), None);
        assert_eq!(decode("1|loud|", &fresh()), None);
        assert_eq!(decode("1|sound|soda-mask=s,", &fresh()), None);
        assert_eq!(decode("", &fresh()), None);
        assert_eq!(decode("1|sound|retired-mask=s5,0;peroxide-spot=p9", &fresh()), Some((false, fresh())));
    }
}
