//! Static data generated at build time from `content/` (see `build/`): the languages,
//! the interface wording, the interview, the assessment rules and the recipes.

mod model;
pub mod texts;

pub use model::*;
pub use texts::{Plural, PluralRule, Text};

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

/// A text with its `{name}` placeholders filled in; the content compiler checked that
/// every language has the same ones.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after
            .split_once('}')
            .and_then(|(name, tail)| Some((values.iter().find(|(n, _)| *n == name)?, tail)))
        {
            Some(((_, value), tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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

    fn advice(id: &str) -> &'static str {
        ADVICE.iter().find(|a| a.id == id).unwrap().text.get(Lang::En)
    }

    fn factor(id: &str) -> &'static Factor {
        FACTORS.iter().find(|f| f.id == id).unwrap()
    }

    #[test]
    fn the_content_says_what_the_sources_say() {
        // Claims a clinical read found wrong, and what the sources say instead.
        let hygiene = factor("hygiene-rare").why.get(Lang::En);
        assert!(hygiene.contains("Acne is not caused by dirt"), "{hygiene}");
        assert!(!factor("internal").why.get(Lang::En).contains("only once"), "no cure-the-cause-first claim");
        assert!(factor("internal").why.get(Lang::En).contains("only a hormonal cause"));
        let wash = advice("gentle-wash");
        assert!(wash.contains("no more than twice a day") && wash.contains("non-alkaline"), "{wash}");
        assert!(advice("medicines").contains("never on their own"));
        for id in ["hormonal", "medicines"] {
            assert!(factor(id).why.get(Lang::En).contains("ever stop"), "{id} says never stop");
        }
        assert!(advice("keep-medicines").contains("Do not stop"));
        // NICE NG198 does not mention fungal folliculitis, so it is not cited for it.
        assert!(factor("fungal").sources.iter().all(|c| c.source().id != "nice-ng198"));
        let peroxide = RECIPES.iter().find(|r| r.id == "peroxide-spot").unwrap();
        let everyone = peroxide.caution.iter().find(|c| c.all.is_empty() && c.any.is_empty()).unwrap();
        assert!(everyone.because.unwrap().get(Lang::En).contains("irritant"), "say irritant, no more");
    }

    fn because(text: Text) -> &'static str {
        text.get(Lang::En)
    }

    fn reason(id: &str) -> &'static str {
        // The reason texts are reached through the clauses that use them.
        let clauses = TRIAGE.iter().flat_map(|t| t.rule.iter());
        clauses
            .filter_map(|c| c.because)
            .map(because)
            .find(|text| text.starts_with(id))
            .unwrap_or_else(|| panic!("no triage reason starting `{id}`"))
    }

    #[test]
    fn an_urgent_result_escalates_to_the_emergency_number() {
        let signs = ADVICE.iter().find(|a| a.id == "emergency-signs").unwrap();
        assert_eq!(signs.kind, AdviceKind::Now, "among what to do now");
        assert!(signs.text.get(Lang::En).contains("emergency number now"), "{}", signs.text.get(Lang::En));
        let points: Vec<&str> = signs.points.iter().map(|p| p.get(Lang::En)).collect();
        assert!(
            points.iter().any(|p| p.contains("spreading red area with a fever")),
            "cellulitis with fever: {points:?}"
        );
        assert!(points.len() >= 5, "the signs as a list, one a line: {points:?}");
        // "Today" for a doctor, "now" for the emergency number only.
        let urgent = TriageInfo::of(Triage::Urgent);
        for text in [urgent.title, urgent.action].map(|t| t.get(Lang::En)) {
            assert!(text.contains("today") && !text.contains(" now"), "{text}");
        }
    }

    #[test]
    fn back_pain_results_name_the_signs_of_nerve_compression() {
        for start in ["Pain along the spine", "Back pain in someone who has had cancer"] {
            let text = reason(start);
            assert!(text.contains("numbness") && text.contains("call the emergency number now"), "{text}");
        }
    }

    #[test]
    fn no_text_reassures_or_diagnoses_beyond_the_sources() {
        let english = |text: &Text| text.get(Lang::En);
        let texts = FACTORS
            .iter()
            .flat_map(|f| [english(&f.title), english(&f.why)])
            .chain(CLAUSES.iter().filter_map(|c| c.because.as_ref()).map(english))
            .chain(ADVICE.iter().map(|a| english(&a.text)));
        for text in texts {
            for claim in [
                "Most turn out",
                "probably not acne",
                "are usually ingrown",
                "best-supported",
                "rarely clear",
            ] {
                assert!(!text.contains(claim), "`{claim}` in: {text}");
            }
        }
    }

    #[test]
    fn the_widgets_own_precautions_are_labelled_as_such() {
        let precaution = SOURCES.iter().find(|s| s.id == "precaution").unwrap();
        for lang in Lang::ALL {
            assert!(!precaution.title.get(lang).is_empty());
        }
        assert!(precaution.title.get(Lang::En).contains("own precaution"));
        assert!(precaution.url.is_none());
    }

    /// Every English text a reader can be shown: the content's and the interface's.
    fn every_english_text() -> Vec<&'static str> {
        (0..TEXT_COUNT).map(|n| Text(n as u16).get(Lang::En)).collect()
    }

    #[test]
    fn wherever_a_text_says_today_or_the_same_day_it_says_whom_to_contact() {
        let whom = ["doctor", "urgent care", "emergency", "crisis line", "cancer team"];
        // The guide's "I did it today" and mask mode's "log today" are about the reader's
        // log, not about getting help.
        let log = [ui::LOG_DONE, ui::MASK_DONE, ui::LOGGED_TODAY].map(|t| t.get(Lang::En));
        for text in every_english_text().into_iter().filter(|t| !log.contains(t)) {
            for sentence in text.split_inclusive(['.', ';']) {
                let lower = sentence.to_lowercase();
                if lower.contains("today") || lower.contains("same day") {
                    assert!(whom.iter().any(|w| lower.contains(w)), "whom to contact? {sentence}");
                }
            }
        }
    }

    #[test]
    fn before_the_checker_has_run_each_card_names_who_should_not_use_it() {
        // The harsh remedies are kept from children and from skin after isotretinoin, and
        // each card's cautions say so where the reader's answers cannot yet.
        for id in ["soda-mask", "salt-scrub", "fruit-acid-peel", "peroxide-spot", "salicylic-cleanse"] {
            let recipe = RECIPES.iter().find(|r| r.id == id).unwrap();
            let cautions = recipe.cautions.get(Lang::En);
            for needed in ["children under 12", "isotretinoin", "broken skin", "cancer treatment"] {
                assert!(cautions.contains(needed), "{id}: `{needed}` in {cautions}");
            }
        }
        let note = ui::UNTAILORED_NOTE.get(Lang::En);
        assert!(note.contains("warning signs") && note.contains("see a doctor"), "{note}");
    }

    #[test]
    fn a_reader_who_skips_the_warning_signs_hears_the_emergency_line() {
        let text = advice("unchecked-warning-signs");
        assert!(text.contains("Call the emergency number now") && text.contains("crust"), "{text}");
        assert!(text.contains("not checked") && text.contains("urgent care service today"), "{text}");
        // Each sign with the urgency its own rule gives it: spreading blisters are for the
        // emergency number, a changing mole for a doctor within days.
        let (emergency, rest) = text.split_once("Contact a doctor").unwrap();
        assert!(emergency.contains("blisters or peeling skin are spreading"), "{text}");
        assert!(emergency.contains("might act on thoughts of harming yourself"), "{text}");
        assert!(rest.contains("within days about a changing mole"), "{text}");
    }

    #[test]
    fn the_widget_says_where_it_departs_from_the_articles() {
        let note =
            |id: &str| RECIPES.iter().find(|r| r.id == id).and_then(|r| r.note).map(|t| t.get(Lang::En));
        assert!(note("peroxide-spot").is_some_and(|n| n.contains("constantly") && n.contains("once a day")));
        assert!(note("fruit-acid-peel").is_some_and(|n| n.contains("every day") && n.contains("once a week")));
        assert!(note("herbal-bath").is_some_and(|n| n.contains("potassium permanganate")));
        assert!(note("salicylic-cleanse").is_some_and(|n| n.contains("levomycetin")));
        assert!(
            advice("leg-care").contains("Bactroban") && advice("leg-care").contains("doctor to prescribe")
        );
    }

    #[test]
    fn notices_carry_the_value_the_page_gave() {
        let text = fill(ui::NOTICE_LANG.get(Lang::En), &[("value", "fr")]);
        assert!(text.contains("“fr”"), "{text}");
        assert_eq!(fill("Step {step} of {total}", &[("total", "5"), ("step", "2")]), "Step 2 of 5");
        assert_eq!(fill("{unknown} and {", &[("step", "2")]), "{unknown} and {", "nothing else is touched");
    }
}
