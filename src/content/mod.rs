//! Static data generated at build time from `content/` (see `build/`): the languages,
//! the interface wording, the interview, the assessment rules and the recipes.

mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The question with this id; ids come from the generated data, so it exists.
pub fn question(id: &str) -> &'static Question {
    QUESTIONS.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question `{id}`"))
}

impl TriageInfo {
    pub fn of(level: Triage) -> &'static TriageInfo {
        &TRIAGE[level as usize]
    }
}

impl Lang {
    /// The language for a BCP 47 tag such as `ru` or `en-GB`, if the content has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// A text with its `{value}` placeholder filled in.
pub fn fill(template: &str, value: &str) -> String {
    template.replace("{value}", value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_on_their_primary_subtag_in_any_case() {
        assert_eq!(Lang::from_tag("ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag(" ru_RU "), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn every_language_has_its_own_interface_wording() {
        for lang in Lang::ALL {
            assert!(!ui::TAB_CHECKER.get(lang).is_empty());
        }
        assert_ne!(ui::TAB_CHECKER.get(Lang::En), ui::TAB_CHECKER.get(Lang::Ru));
    }

    #[test]
    fn notices_carry_the_value_the_page_gave() {
        let text = fill(ui::NOTICE_LANG.get(Lang::En), "fr");
        assert!(text.contains("“fr”"), "{text}");
    }
}
