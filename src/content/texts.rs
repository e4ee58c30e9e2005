//! The words of each language, loaded at run time: the wasm holds only each text's place
//! in a pack, and a reader downloads the pack of their own language.

use std::cell::RefCell;

use super::{Lang, TEXT_COUNT};

/// A text, by its place in every language's pack; which language is the reader's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub u16);

/// A text that counts: three places from this one, its forms for one, few and the rest,
/// picked by the reader's language's rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural(pub u16);

/// How a language picks the form of a counted noun (CLDR's cardinal rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    OneOther,
    OneFewMany,
}

impl PluralRule {
    /// The form's place from the first: 0 one, 1 few, 2 the rest.
    pub fn form(self, n: u32) -> u16 {
        match self {
            PluralRule::OneOther => u16::from(n != 1) * 2,
            PluralRule::OneFewMany => match (n % 10, n % 100) {
                (1, rest) if rest != 11 => 0,
                (2..=4, rest) if !(12..=14).contains(&rest) => 1,
                _ => 2,
            },
        }
    }
}

impl Plural {
    /// The form for `n` in `lang`, with `{n}` filled in.
    pub fn get(self, lang: Lang, n: u32) -> String {
        let form = Text(self.0 + lang.plural_rule().form(n));
        super::fill(form.get(lang), &[("n", &n.to_string())])
    }
}

thread_local! {
    static PACKS: RefCell<Vec<(Lang, &'static [&'static str])>> = const { RefCell::new(Vec::new()) };
}

/// A pack that does not belong to this build: it holds another number of texts.
#[derive(Debug, PartialEq, Eq)]
pub struct WrongPack {
    pub found: usize,
}

/// Adds the texts of `lang`, as `texts-<code>.json` lists them. A pack of another build is
/// refused, so that no text ever shows in another's place.
pub fn add(lang: Lang, pack: Vec<String>) -> Result<(), WrongPack> {
    if is_loaded(lang) {
        return Ok(());
    }
    check(&pack)?;
    // Kept for the page's lifetime: a language is loaded at most once.
    let texts: Vec<&'static str> = pack.into_iter().map(|text| &*Box::leak(text.into_boxed_str())).collect();
    PACKS.with_borrow_mut(|packs| packs.push((lang, texts.leak())));
    Ok(())
}

fn check(pack: &[String]) -> Result<(), WrongPack> {
    match pack.len() {
        TEXT_COUNT => Ok(()),
        found => Err(WrongPack { found }),
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
        PACKS.with_borrow_mut(|packs| packs.extend(super::BUNDLED_TEXTS.iter().copied()));
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
    fn counted_nouns_take_the_form_their_language_wants() {
        let en = |n| PluralRule::OneOther.form(n);
        assert_eq!([en(0), en(1), en(2), en(21)], [2, 0, 2, 2]);
        let slavic = |n| PluralRule::OneFewMany.form(n);
        assert_eq!([slavic(1), slavic(21), slavic(101)], [0, 0, 0], "один, двадцать один");
        assert_eq!([slavic(2), slavic(4), slavic(23), slavic(104)], [1, 1, 1, 1], "два, четыре");
        assert_eq!(
            [slavic(0), slavic(5), slavic(11), slavic(12), slavic(14), slavic(111), slavic(25)],
            [2; 7]
        );
        assert_eq!(ui::SOURCES_COUNT.get(Lang::En, 1), "1 source");
        assert_eq!(ui::SOURCES_COUNT.get(Lang::En, 12), "12 sources");
        assert_eq!(ui::SOURCES_COUNT.get(Lang::Ru, 22), "22\u{a0}источника");
        assert_eq!(ui::SOURCES_COUNT.get(Lang::Uk, 11), "11\u{a0}джерел");
    }

    #[test]
    fn a_pack_of_another_build_is_refused_and_a_loaded_one_kept() {
        assert_eq!(check(&vec!["a".to_owned(); 3]), Err(WrongPack { found: 3 }));
        let right = vec!["x".to_owned(); TEXT_COUNT];
        assert_eq!(check(&right), Ok(()));
        let before = ui::TAB_CHECKER.get(Lang::DEFAULT);
        assert_eq!(add(Lang::DEFAULT, right), Ok(()));
        assert_eq!(ui::TAB_CHECKER.get(Lang::DEFAULT), before, "a loaded language is kept, not replaced");
    }
}
