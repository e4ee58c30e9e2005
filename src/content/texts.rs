//! The words of each language, loaded at run time: the wasm holds only each text's place
//! in a pack, and a reader downloads the pack of their own language.

use std::cell::RefCell;

use super::{Lang, SEPARATOR, TEXT_COUNT};

/// A text, by its place in every language's pack; which language is the reader's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub u16);

thread_local! {
    static PACKS: RefCell<Vec<(Lang, &'static [&'static str])>> = const { RefCell::new(Vec::new()) };
}

/// A pack that does not belong to this build: it holds another number of texts.
#[derive(Debug, PartialEq, Eq)]
pub struct WrongPack {
    pub found: usize,
}

/// Adds the texts of `lang` as `texts-<code>.txt` holds them. A pack of another build is
/// refused, so that no text ever shows in another's place.
pub fn add(lang: Lang, pack: String) -> Result<(), WrongPack> {
    if is_loaded(lang) {
        return Ok(());
    }
    check(&pack)?;
    // Kept for the page's lifetime: a language is loaded at most once.
    let pack: &'static str = Box::leak(pack.into_boxed_str());
    let texts: &'static [&'static str] = Box::leak(pack.split(SEPARATOR).collect());
    PACKS.with_borrow_mut(|packs| packs.push((lang, texts)));
    Ok(())
}

fn check(pack: &str) -> Result<(), WrongPack> {
    let found = pack.split(SEPARATOR).count();
    if found == TEXT_COUNT {
        Ok(())
    } else {
        Err(WrongPack { found })
    }
}

pub fn is_loaded(lang: Lang) -> bool {
    bundle();
    PACKS.with_borrow(|packs| packs.iter().any(|(l, _)| *l == lang))
}

impl Text {
    /// The text in `lang`, or, while that pack is on its way, in the first one loaded.
    pub fn get(self, lang: Lang) -> &'static str {
        bundle();
        PACKS.with_borrow(|packs| {
            packs
                .iter()
                .find(|(l, _)| *l == lang)
                .or(packs.first())
                .map_or("", |(_, texts)| texts[usize::from(self.0)])
        })
    }
}

/// Where packs cannot be fetched (host and browser tests) they are built in, and loaded
/// on first use.
#[cfg(any(not(target_arch = "wasm32"), feature = "bundled-texts"))]
fn bundle() {
    thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !DONE.replace(true) {
        for (lang, pack) in super::BUNDLED_TEXTS {
            let texts: &'static [&'static str] = Box::leak(pack.split(SEPARATOR).collect());
            PACKS.with_borrow_mut(|packs| packs.push((lang, texts)));
        }
    }
}

#[cfg(not(any(not(target_arch = "wasm32"), feature = "bundled-texts")))]
fn bundle() {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ui;

    #[test]
    fn every_language_is_built_in_for_tests_with_every_text() {
        for lang in Lang::ALL {
            assert!(is_loaded(lang));
            assert!(!ui::TAB_CHECKER.get(lang).is_empty());
        }
    }

    #[test]
    fn a_pack_of_another_build_is_refused_and_a_loaded_one_kept() {
        assert_eq!(check(&["a"; 3].join(&SEPARATOR.to_string())), Err(WrongPack { found: 3 }));
        let right = vec!["x"; TEXT_COUNT].join(&SEPARATOR.to_string());
        assert_eq!(check(&right), Ok(()));
        let before = ui::TAB_CHECKER.get(Lang::DEFAULT);
        assert_eq!(add(Lang::DEFAULT, right), Ok(()));
        assert_eq!(ui::TAB_CHECKER.get(Lang::DEFAULT), before, "a loaded language is kept, not replaced");
    }
}
