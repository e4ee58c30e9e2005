//! The assessment rules, case by case, and properties over random answer sets.

use proptest::prelude::*;

use super::answers::Answers;
use super::assessment::{assess, Assessment, ProcedureStatus, RecipeStatus};
use crate::content::{question, Condition, Triage, PROCEDURES, QUESTIONS, RECIPES};

fn answers(given: &[(&str, &[&str])]) -> Answers {
    let mut answers = Answers::default();
    for (q, options) in given {
        for o in *options {
            answers.choose(question(q), o, true);
        }
    }
    answers
}

fn of(given: &[(&str, &[&str])]) -> Assessment {
    assess(&answers(given))
}

fn factors(a: &Assessment) -> Vec<&str> {
    a.factor_ids()
}

fn specialists(a: &Assessment) -> Vec<&str> {
    a.specialists.iter().map(|s| s.item.id).collect()
}

fn advice(a: &Assessment) -> Vec<&str> {
    a.advice.iter().map(|s| s.item.id).collect()
}

fn procedure(a: &Assessment, id: &str) -> ProcedureStatus {
    a.procedures.iter().find(|p| p.procedure.id == id).unwrap().status
}

fn recipe(a: &Assessment, id: &str) -> RecipeStatus {
    a.recipes.iter().find(|r| r.recipe.id == id).unwrap().status
}

#[test]
fn no_answers_give_self_care_and_the_advice_that_always_applies() {
    let a = of(&[]);
    assert_eq!(a.triage, Triage::SelfCare);
    assert!(a.factors.is_empty() && a.specialists.is_empty());
    assert_eq!(advice(&a), ["never-squeeze", "gentle-washing", "daily-shower", "medicines"]);
    assert!(a.procedures.iter().all(|p| p.status == ProcedureStatus::Suitable));
    assert_eq!(
        recipe(&a, "peroxide-spot"),
        RecipeStatus::Caution,
        "a risky remedy is a caution for everyone"
    );
    assert_eq!(recipe(&a, "soda-mask"), RecipeStatus::Suitable);
}

#[test]
fn a_teenager_in_tight_synthetics_in_winter_can_start_at_home() {
    let a = of(&[
        ("age", &["12-19"]),
        ("area", &["upper-back"]),
        ("look", &["blackheads", "red-bumps"]),
        ("clothing", &["tight-synthetic"]),
        ("season", &["winter"]),
    ]);
    assert_eq!(a.triage, Triage::SelfCare);
    assert_eq!(factors(&a), ["clothing", "hormonal-teen"], "two answers behind clothing rank it first");
    let clothing = &a.factors[0].reasons;
    assert!(clothing.contains(&("clothing", "tight-synthetic")) && clothing.contains(&("season", "winter")));
    assert!(advice(&a).contains(&"loose-clothes"));
    assert!(specialists(&a).is_empty());
}

#[test]
fn fever_needs_a_doctor_today() {
    let a = of(&[("warning-signs", &["fever"])]);
    assert_eq!(a.triage, Triage::Urgent);
    assert_eq!(a.triage_reasons, [("warning-signs", "fever")]);
    assert_eq!(specialists(&a), ["dermatologist"]);
}

#[test]
fn spreading_redness_or_a_changing_mole_need_a_doctor_within_days() {
    assert_eq!(of(&[("warning-signs", &["spreading"])]).triage, Triage::Soon);
    let mole = of(&[("warning-signs", &["changing-mole"])]);
    assert_eq!(mole.triage, Triage::Soon);
    assert_eq!(procedure(&mole, "chemical-peel"), ProcedureStatus::NotAdvised);
    assert_eq!(recipe(&of(&[("warning-signs", &["spreading"])]), "soda-mask"), RecipeStatus::Caution);
}

#[test]
fn each_routine_referral_reason_books_a_dermatologist() {
    let cases: [&[(&str, &[&str])]; 6] = [
        &[("look", &["lumps"])],
        &[("look", &["scars"])],
        &[("tried", &["2-months-no-better"])],
        &[("warning-signs", &["mood"])],
        &[("warning-signs", &["back-pain"])],
        &[("warning-signs", &["other-symptoms"])],
    ];
    for case in cases {
        let a = of(case);
        assert_eq!(a.triage, Triage::Routine, "{case:?}");
        assert!(specialists(&a).contains(&"dermatologist"), "{case:?}");
        assert_eq!(a.triage_reasons, [(case[0].0, case[0].1[0])]);
    }
}

#[test]
fn lumps_and_other_complaints_point_to_internal_causes_and_a_gp() {
    for case in [("look", "lumps"), ("warning-signs", "other-symptoms")] {
        let a = of(&[(case.0, &[case.1])]);
        assert!(factors(&a).contains(&"internal"));
        assert!(specialists(&a).contains(&"gp"));
    }
    let later_life = of(&[("age", &["40-plus"]), ("duration", &["months"])]);
    assert_eq!(factors(&later_life), ["internal"]);
    assert!(!specialists(&later_life).contains(&"gp"));
}

#[test]
fn scars_lead_to_the_scar_treatments() {
    let a = of(&[("look", &["scars"])]);
    let first: Vec<&str> = a.procedures.iter().take(3).map(|p| p.procedure.id).collect();
    assert_eq!(first, ["chemical-peel", "microdermabrasion", "laser-resurfacing"]);
    assert!(a.procedures.iter().take(3).all(|p| p.helps == [("look", "scars")]));
}

#[test]
fn a_small_red_rash_with_a_new_detergent_is_an_allergy() {
    let a = of(&[("look", &["rash"]), ("products", &["new-detergent"]), ("itch", &["yes"])]);
    assert_eq!(factors(&a)[0], "allergy");
    assert!(specialists(&a).contains(&"allergist"));
    assert!(advice(&a).contains(&"find-allergen"));
    assert!(!specialists(&of(&[("products", &["new-detergent"])])).contains(&"allergist"));
}

#[test]
fn spots_over_the_ribs_or_spine_with_back_pain_need_a_neurologist() {
    for area in ["ribs", "spine"] {
        let a = of(&[("area", &[area]), ("warning-signs", &["back-pain"])]);
        assert!(specialists(&a).contains(&"neurologist"), "{area}");
    }
    assert!(!specialists(&of(&[("area", &["ribs"])])).contains(&"neurologist"));
    assert!(!specialists(&of(&[("warning-signs", &["back-pain"])])).contains(&"neurologist"));
}

#[test]
fn legs_after_hair_removal_are_ingrown_hairs() {
    let a = of(&[("area", &["legs"]), ("hair-removal", &["yes"])]);
    assert_eq!(factors(&a), ["ingrown-hairs"]);
    assert!(advice(&a).contains(&"leg-care"));
    assert!(
        of(&[("area", &["chest"]), ("hair-removal", &["yes"])]).factors.is_empty(),
        "not asked, not counted"
    );
}

#[test]
fn an_itchy_even_rash_worse_with_heat_is_possibly_fungal() {
    for trigger in [("sweat", "often"), ("season", "summer"), ("antibiotics", "yes")] {
        let a = of(&[("itch", &["yes"]), ("look", &["rash"]), (trigger.0, &[trigger.1])]);
        assert_eq!(factors(&a)[0], "fungal", "{trigger:?}");
        assert_eq!(a.triage, Triage::Routine);
        assert!(advice(&a).contains(&"no-acne-remedies-for-fungal"));
        assert!(a.recipes.iter().all(|r| r.status >= RecipeStatus::Caution), "acne remedies are not for it");
    }
    let with_blackheads = of(&[("itch", &["yes"]), ("look", &["rash", "blackheads"]), ("sweat", &["often"])]);
    assert!(!factors(&with_blackheads).contains(&"fungal"));
    assert!(
        !factors(&of(&[("itch", &["no"]), ("look", &["rash"]), ("sweat", &["often"])])).contains(&"fungal")
    );
}

#[test]
fn pus_with_eczema_rules_out_salon_cleansing_and_the_soda_mask() {
    let a = of(&[("look", &["pus"]), ("conditions", &["eczema"])]);
    for id in ["chemical-peel", "ultrasonic-cleansing"] {
        let p = a.procedures.iter().find(|p| p.procedure.id == id).unwrap();
        assert_eq!(p.status, ProcedureStatus::NotAdvised);
        assert_eq!(p.reasons, [("conditions", "eczema"), ("look", "pus")]);
    }
    assert_eq!(recipe(&a, "soda-mask"), RecipeStatus::NotAdvised);
    assert_eq!(recipe(&a, "salt-scrub"), RecipeStatus::NotAdvised);
    assert_eq!(recipe(&a, "fruit-acid-peel"), RecipeStatus::NotAdvised);
    assert_eq!(procedure(&a, "laser-resurfacing"), ProcedureStatus::Suitable);
}

#[test]
fn acid_intolerance_rules_out_only_the_acid_treatments() {
    let a = of(&[("conditions", &["acid-intolerance"])]);
    assert_eq!(procedure(&a, "chemical-peel"), ProcedureStatus::NotAdvised);
    assert_eq!(procedure(&a, "ultrasonic-cleansing"), ProcedureStatus::Suitable);
    assert_eq!(recipe(&a, "fruit-acid-peel"), RecipeStatus::NotAdvised);
    assert_eq!(recipe(&a, "salt-scrub"), RecipeStatus::Suitable);
}

#[test]
fn every_salon_contraindication_rules_out_salon_cleansing() {
    for condition in ["eczema", "psoriasis", "herpes", "broken-skin", "keloid", "moles", "cancer"] {
        let a = of(&[("conditions", &[condition])]);
        assert_eq!(procedure(&a, "chemical-peel"), ProcedureStatus::NotAdvised, "{condition}");
        assert_eq!(procedure(&a, "ultrasonic-cleansing"), ProcedureStatus::NotAdvised, "{condition}");
    }
}

#[test]
fn habits_raise_their_factors_and_advice() {
    let cases = [
        ("washing", "less-than-daily", "hygiene-rare", None),
        ("washing", "several-times-daily", "hygiene-excess", Some("wash-less")),
        ("products", "oily-cosmetics", "cosmetics", Some("light-products")),
        ("tanning", "solarium-often", "solarium", Some("skip-solarium")),
        ("diet", "sweets", "diet", Some("food-and-water")),
        ("stress", "yes", "stress", Some("rest")),
        ("squeezing", "yes", "squeezing", None),
        ("hormones", "pregnancy", "hormonal", None),
        ("sweat", "often", "sweat", Some("after-sweat")),
    ];
    for (q, o, factor, tip) in cases {
        let a = of(&[(q, &[o])]);
        assert_eq!(factors(&a), [factor], "{q}={o}");
        assert_eq!(a.factors[0].reasons, [(q, o)]);
        if let Some(tip) = tip {
            assert!(advice(&a).contains(&tip), "{q}={o}");
        }
    }
    assert!(of(&[("diet", &["none"])]).factors.is_empty());
}

#[test]
fn the_diet_factor_carries_the_weak_evidence_note() {
    let a = of(&[("diet", &["fizzy-drinks"])]);
    assert!(a.factors[0].item.evidence.is_some());
}

#[test]
fn hydrogen_peroxide_is_never_simply_suitable() {
    assert_eq!(recipe(&of(&[]), "peroxide-spot"), RecipeStatus::Caution);
    assert_eq!(recipe(&of(&[("conditions", &["broken-skin"])]), "peroxide-spot"), RecipeStatus::NotAdvised);
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let picks: Vec<_> =
        QUESTIONS.iter().map(|q| proptest::collection::vec(0..q.options.len(), 0..3)).collect();
    picks.prop_map(|picks| {
        let mut answers = Answers::default();
        for (q, options) in QUESTIONS.iter().zip(picks) {
            for o in options {
                answers.choose(q, q.options[o].id, true);
            }
        }
        answers
    })
}

fn holds(condition: &Condition, answers: &Answers) -> bool {
    match *condition {
        Condition::Has(q, o) => super::interview::effective(answers).has(q, o),
        _ => false,
    }
}

proptest! {
    #[test]
    fn every_assessment_is_well_formed(answers in any_answers()) {
        let a = assess(&answers);
        let effective = super::interview::effective(&answers);
        let mut ids = a.factor_ids();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), a.factors.len());
        prop_assert_eq!(a.procedures.len(), PROCEDURES.len());
        prop_assert_eq!(a.recipes.len(), RECIPES.len());
        let reasons = a.factors.iter().flat_map(|f| &f.reasons)
            .chain(a.specialists.iter().flat_map(|s| &s.reasons))
            .chain(&a.triage_reasons)
            .chain(a.procedures.iter().flat_map(|p| p.reasons.iter().chain(&p.helps)))
            .chain(a.recipes.iter().flat_map(|r| &r.reasons));
        for (q, o) in reasons {
            prop_assert!(effective.has(q, o), "reason {}={} was not answered", q, o);
        }
        prop_assert_eq!(a.triage == Triage::SelfCare, a.triage_reasons.is_empty());
        let dermatologist = a.specialists.iter().any(|s| s.item.id == "dermatologist");
        let scars_or_lumps = effective.has("look", "scars") || effective.has("look", "lumps");
        prop_assert_eq!(dermatologist, a.triage >= Triage::Routine || scars_or_lumps);
    }

    #[test]
    fn fever_always_means_urgent(mut answers in any_answers()) {
        answers.choose(question("warning-signs"), "fever", true);
        prop_assert_eq!(assess(&answers).triage, Triage::Urgent);
    }

    #[test]
    fn adding_a_warning_sign_never_lowers_the_triage(answers in any_answers(), sign in 0..6usize) {
        let before = assess(&answers).triage;
        let mut more = answers.clone();
        let warning = question("warning-signs");
        more.choose(warning, warning.options[sign].id, true);
        prop_assert!(assess(&more).triage >= before);
    }

    #[test]
    fn nothing_contraindicated_is_ever_suitable(answers in any_answers()) {
        let a = assess(&answers);
        for p in &a.procedures {
            if p.procedure.not_advised_when.iter().any(|c| holds(c, &answers)) {
                prop_assert_eq!(p.status, ProcedureStatus::NotAdvised, "{}", p.procedure.id);
            }
        }
        for r in &a.recipes {
            if r.recipe.not_advised_when.iter().any(|c| holds(c, &answers)) {
                prop_assert_eq!(r.status, RecipeStatus::NotAdvised, "{}", r.recipe.id);
            }
            if r.recipe.risk.is_some() {
                prop_assert!(r.status != RecipeStatus::Suitable, "{}", r.recipe.id);
            }
        }
    }
}
