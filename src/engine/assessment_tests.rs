//! The assessment rules of the product description, case by case with a near miss beside
//! each, and properties over random answers. The properties' oracle is the product
//! description's own list of contraindications, typed here by hand: it must not be read
//! from the content it checks.

use proptest::prelude::*;

use super::answers::Answers;
use super::assessment::{assess, Assessment, ProcedureStatus, RecipeStatus, FIRST_ACTIONS};
use super::case_table::TRIAGE_CASES;
use super::interview::effective;
use super::rules::Facts;
use crate::content::{question, AdviceKind, Condition, Lang, Triage, PROCEDURES, QUESTIONS, RECIPES};

type Given<'a> = &'a [(&'a str, &'a [&'a str])];

fn answers(given: Given) -> Answers {
    let mut answers = Answers::default();
    for (q, options) in given {
        for o in *options {
            answers.choose(question(q), o, true);
        }
    }
    answers
}

fn of(given: Given) -> Assessment {
    assess(&answers(given))
}

/// The questions that can rule a procedure or a remedy out, answered with nothing that
/// does: a skipped one rules everything out, so near misses start from these.
const BENIGN: Given = &[
    ("warning-signs", &["none"]),
    ("look", &["blackheads"]),
    ("age", &["20-39"]),
    ("hormones", &["none"]),
    ("conditions", &["none"]),
    ("tanning", &["no"]),
];

/// `given` on top of [`BENIGN`], whose answer to a question `given` names is dropped.
fn answered(given: Given) -> Answers {
    let mut answers = answers(given);
    for (q, options) in BENIGN {
        if !given.iter().any(|(g, _)| g == q) {
            answers.choose(question(q), options[0], true);
        }
    }
    answers
}

/// The assessment of [`answered`]`(given)`.
fn full(given: Given) -> Assessment {
    assess(&answered(given))
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &'static str) -> Vec<&'static str> {
    items.iter().map(id).collect()
}

fn specialists(a: &Assessment) -> Vec<&'static str> {
    ids(&a.specialists, |s| s.item.id)
}

fn advice(a: &Assessment) -> Vec<&'static str> {
    ids(&a.advice, |s| s.item.id)
}

fn procedure(a: &Assessment, id: &str) -> ProcedureStatus {
    a.procedures.iter().find(|p| p.procedure.id == id).unwrap_or_else(|| panic!("no procedure {id}")).status
}

fn recipe(a: &Assessment, id: &str) -> RecipeStatus {
    a.recipes.iter().find(|r| r.recipe.id == id).unwrap_or_else(|| panic!("no recipe {id}")).status
}

// ---------------------------------------------------------------------------------------
// Triage: every row of the product description's table, and a near miss for each.

#[test]
fn triage_table() {
    for (given, expected) in TRIAGE_CASES {
        assert_eq!(of(given).triage.id(), *expected, "{given:?}");
    }
}

#[test]
fn every_urgent_or_soon_reason_names_its_source_and_says_why() {
    for given in [
        &[("warning-signs", &["fever"][..])][..],
        &[("warning-signs", &["blisters"])],
        &[("warning-signs", &["changing-mole"])],
        &[("warning-signs", &["back-pain"]), ("conditions", &["cancer"])],
    ] {
        let a = of(given);
        assert!(!a.triage_fired.clauses.is_empty(), "{given:?}");
        for clause in &a.triage_fired.clauses {
            assert!(!clause.sources.is_empty() && clause.because.is_some(), "{given:?}");
        }
    }
}

#[test]
fn the_shingles_reason_is_the_answers_and_the_rule() {
    let a = of(&[("warning-signs", &["back-pain"]), ("look", &["rash"]), ("area", &["ribs"])]);
    assert_eq!(a.triage, Triage::Urgent);
    assert_eq!(a.triage_fired.reasons, [("warning-signs", "back-pain"), ("look", "rash")]);
    assert!(a.triage_fired.because().any(|t| t.get(crate::content::Lang::En).contains("3 days")));
    assert!(!specialists(&a).contains(&"neurologist"), "new spots with back pain are shingles, not nerves");
}

// ---------------------------------------------------------------------------------------
// Specialists.

#[test]
fn specialist_table() {
    let cases: &[(Given, &[&str], &[&str])] = &[
        // (answers, must include, must not include)
        (&[("warning-signs", &["fever"])], &["gp"], &["dermatologist", "pharmacist"]),
        (&[("warning-signs", &["changing-mole"])], &["gp", "dermatologist"], &["pharmacist"]),
        (&[("look", &["lumps"])], &["gp", "dermatologist"], &[]),
        (&[("look", &["scars"])], &["dermatologist"], &["gp", "pharmacist"]),
        (&[("warning-signs", &["boils"])], &["gp"], &["dermatologist"]),
        (&[("warning-signs", &["other-symptoms"])], &["gp"], &["dermatologist"]),
        (&[("warning-signs", &["mood"])], &["gp", "dermatologist"], &[]),
        (&[("age", &["under-12"])], &["gp"], &["dermatologist", "pharmacist"]),
        (&[("hormones", &["steroids"])], &["gp"], &[]),
        (&[("conditions", &["weak-immunity"]), ("look", &["pus"])], &["gp"], &[]),
        (&[("conditions", &["weak-immunity"])], &["pharmacist"], &["gp"]),
        (&[("conditions", &["cancer"])], &["gp"], &["pharmacist"]),
        (&[("conditions", &["moles"])], &["pharmacist"], &["gp"]),
        (&[("warning-signs", &["back-pain"])], &["gp"], &["dermatologist", "neurologist"]),
        (&[("tried", &["2-months-no-better"])], &["dermatologist"], &["gp"]),
        (
            &[("itch", &["yes"]), ("look", &["rash"]), ("antibiotics", &["yes"]), ("duration", &["months"])],
            &["dermatologist"],
            &[],
        ),
        (&[("area", &["skin-folds"]), ("warning-signs", &["boils"])], &["dermatologist", "gp"], &[]),
        (&[("look", &["rash"]), ("products", &["new-detergent"])], &["allergist"], &[]),
        (
            &[
                ("warning-signs", &["changing-mole"]),
                ("look", &["rash", "patches"]),
                ("products", &["new-detergent"]),
            ],
            &["gp"],
            &["allergist", "pharmacist"],
        ),
        (&[("conditions", &["herpes"]), ("duration", &["months"])], &["gp"], &[]),
        (&[("products", &["new-detergent"])], &[], &["allergist"]),
        (&[("look", &["rash"])], &[], &["allergist"]),
        (&[("look", &["patches"])], &["pharmacist"], &[]),
        (&[], &["pharmacist"], &["gp", "dermatologist"]),
        (
            &[("area", &["ribs"]), ("warning-signs", &["back-pain"]), ("duration", &["weeks"])],
            &["neurologist", "gp"],
            &[],
        ),
        (
            &[("area", &["spine"]), ("warning-signs", &["back-pain"]), ("duration", &["months"])],
            &["neurologist"],
            &[],
        ),
        (
            &[("area", &["ribs"]), ("warning-signs", &["back-pain"]), ("duration", &["days"])],
            &[],
            &["neurologist"],
        ),
        (&[("area", &["ribs"]), ("warning-signs", &["back-pain"])], &[], &["neurologist"]),
        (
            &[("area", &["chest"]), ("warning-signs", &["back-pain"]), ("duration", &["weeks"])],
            &[],
            &["neurologist"],
        ),
    ];
    for (given, include, exclude) in cases {
        let found = specialists(&of(given));
        for id in *include {
            assert!(found.contains(id), "{given:?} should see {id}: {found:?}");
        }
        for id in *exclude {
            assert!(!found.contains(id), "{given:?} should not see {id}: {found:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Factors.

#[test]
fn factor_table() {
    let cases: &[(Given, &str, bool)] = &[
        // (answers, a factor, whether they raise it): each factor, then its near misses
        (
            &[("itch", &["yes"]), ("look", &["rash"]), ("sweat", &["often"]), ("duration", &["weeks"])],
            "fungal",
            true,
        ),
        (
            &[("itch", &["yes"]), ("look", &["rash"]), ("season", &["summer"]), ("duration", &["months"])],
            "fungal",
            true,
        ),
        (
            &[("itch", &["yes"]), ("look", &["rash"]), ("antibiotics", &["yes"]), ("duration", &["weeks"])],
            "fungal",
            true,
        ),
        (
            &[
                ("itch", &["yes"]),
                ("look", &["rash"]),
                ("conditions", &["weak-immunity"]),
                ("duration", &["weeks"]),
            ],
            "fungal",
            true,
        ),
        (
            &[
                ("itch", &["yes"]),
                ("look", &["rash", "blackheads"]),
                ("antibiotics", &["yes"]),
                ("duration", &["weeks"]),
            ],
            "fungal",
            true,
        ),
        (&[("itch", &["yes"]), ("look", &["rash"]), ("sweat", &["often"])], "fungal", true),
        (
            &[("itch", &["yes"]), ("look", &["rash"]), ("sweat", &["often"]), ("duration", &["days"])],
            "fungal",
            false,
        ),
        (
            &[("itch", &["no"]), ("look", &["rash"]), ("sweat", &["often"]), ("duration", &["weeks"])],
            "fungal",
            false,
        ),
        (&[("itch", &["yes"]), ("look", &["rash"]), ("duration", &["weeks"])], "fungal", false),
        (&[("area", &["skin-folds"]), ("look", &["lumps"])], "hidradenitis", true),
        (&[("area", &["skin-folds"]), ("warning-signs", &["boils"])], "hidradenitis", true),
        (&[("area", &["skin-folds"]), ("look", &["pus"])], "hidradenitis", false),
        (&[("look", &["patches"])], "patches", true),
        (&[("hormones", &["steroids"])], "medicines", true),
        (&[("look", &["lumps"])], "internal", true),
        (&[("warning-signs", &["other-symptoms"])], "internal", true),
        (&[("age", &["40-plus"]), ("duration", &["months"])], "internal", false),
        (&[("products", &["new-detergent"]), ("look", &["rash"])], "allergy", true),
        (&[("products", &["new-detergent"])], "allergy", false),
        (&[("age", &["12-19"])], "hormonal-teen", true),
        (&[("hormones", &["pregnancy"])], "hormonal", true),
        (&[("hormones", &["hormonal-medication"])], "hormonal", true),
        (&[("hormones", &["cycle-related"])], "hormonal", true),
        (&[("hormones", &["none"])], "hormonal", false),
        (&[("clothing", &["tight-synthetic"])], "clothing", true),
        (&[("clothing", &["loose-natural"]), ("season", &["winter"])], "clothing", false),
        (&[("sweat", &["often"])], "sweat", true),
        (&[("washing", &["less-than-daily"])], "hygiene-rare", true),
        (&[("washing", &["several-times-daily"])], "hygiene-excess", true),
        (&[("washing", &["daily"])], "hygiene-excess", false),
        (&[("products", &["oily-cosmetics"])], "cosmetics", true),
        (&[("squeezing", &["yes"])], "squeezing", true),
        (&[("area", &["legs"]), ("hair-removal", &["yes"])], "ingrown-hairs", true),
        (&[("area", &["chest"]), ("hair-removal", &["yes"])], "ingrown-hairs", false),
        (&[("tanning", &["solarium-often"])], "solarium", true),
        (&[("stress", &["yes"])], "stress", true),
        (&[("diet", &["sweets"])], "diet", true),
        (&[("diet", &["none"])], "diet", false),
    ];
    for (given, id, raised) in cases {
        let found = of(given).factor_ids();
        assert_eq!(found.contains(id), *raised, "{id} from {given:?}: {found:?}");
    }
}

#[test]
fn factors_rank_by_the_answers_behind_them_and_show_them() {
    let a = of(&[("age", &["12-19"]), ("clothing", &["tight-synthetic"]), ("season", &["winter"])]);
    assert_eq!(a.factor_ids(), ["clothing", "hormonal-teen"], "two answers behind clothing rank it first");
    assert_eq!(a.factors[0].reasons, [("clothing", "tight-synthetic"), ("season", "winter")]);
}

// ---------------------------------------------------------------------------------------
// Procedures and recipes against the product description's list, typed independently.

/// Answer sets that make the triage urgent or soon.
const RED_FLAGS: [Given; 6] = [
    &[("warning-signs", &["fever"])],
    &[("warning-signs", &["spreading"])],
    &[("warning-signs", &["blisters"])],
    &[("warning-signs", &["self-harm"])],
    &[("warning-signs", &["changing-mole"])],
    &[("warning-signs", &["back-pain"]), ("conditions", &["cancer"])],
];

/// PRODUCT.md: every procedure is not advised with these.
const EVERY_PROCEDURE: [(&str, &str); 12] = [
    ("conditions", "cancer-treatment"),
    ("conditions", "isotretinoin-past"),
    ("warning-signs", "boils"),
    ("look", "pus"),
    ("conditions", "herpes"),
    ("conditions", "broken-skin"),
    ("conditions", "keloid"),
    ("conditions", "moles"),
    ("warning-signs", "changing-mole"),
    ("conditions", "cancer"),
    ("conditions", "isotretinoin"),
    ("age", "under-12"),
];

/// The widget's own precautions for every procedure, on top of the product description:
/// skin a doctor should diagnose first, and a weakened immune system.
const EVERY_PROCEDURE_PRECAUTION: [(&str, &str); 4] =
    [("look", "lumps"), ("look", "patches"), ("conditions", "weak-immunity"), ("hormones", "steroids")];

/// PRODUCT.md: each procedure's own contraindications (and the peel's precautions, as
/// for the home acid peel); `None` means not advised for anyone.
fn procedure_contraindications(id: &str) -> Option<&'static [(&'static str, &'static str)]> {
    match id {
        "chemical-peel" => Some(&[
            ("conditions", "eczema"),
            ("conditions", "psoriasis"),
            ("conditions", "acid-intolerance"),
            ("hormones", "pregnancy"),
            ("tanning", "solarium-often"),
        ]),
        "ultrasonic-cleansing" => Some(&[("conditions", "eczema"), ("conditions", "psoriasis")]),
        "microdermabrasion" => {
            Some(&[("conditions", "weak-immunity"), ("conditions", "eczema"), ("conditions", "psoriasis")])
        }
        "laser-resurfacing" => {
            Some(&[("hormones", "pregnancy"), ("conditions", "weak-immunity"), ("tanning", "solarium-often")])
        }
        "mesotherapy" | "ozone-therapy" => None,
        other => panic!("the product description has no procedure `{other}`"),
    }
}

#[test]
fn every_procedure_of_the_product_description_is_in_the_content() {
    let mut content: Vec<_> = PROCEDURES.iter().map(|p| p.id).collect();
    content.sort_unstable();
    assert_eq!(
        content,
        [
            "chemical-peel",
            "laser-resurfacing",
            "mesotherapy",
            "microdermabrasion",
            "ozone-therapy",
            "ultrasonic-cleansing"
        ]
    );
}

#[test]
fn each_contraindication_rules_out_each_procedure_and_its_near_miss_does_not() {
    let benign = full(&[("look", &["blackheads", "scars"])]);
    for p in &PROCEDURES {
        match procedure_contraindications(p.id) {
            None => {
                assert_eq!(procedure(&of(&[]), p.id), ProcedureStatus::NotAdvised, "{} for no one", p.id);
                let against = &benign.procedures.iter().find(|x| x.procedure.id == p.id).unwrap().against;
                assert!(against.because().next().is_some(), "{} says why", p.id);
            }
            Some(own) => {
                assert_eq!(procedure(&benign, p.id), ProcedureStatus::Suitable, "{} near miss", p.id);
                for (q, o) in EVERY_PROCEDURE.iter().chain(&EVERY_PROCEDURE_PRECAUTION).chain(own) {
                    let a = full(&[(q, &[o])]);
                    assert_eq!(procedure(&a, p.id), ProcedureStatus::NotAdvised, "{} with {q}={o}", p.id);
                    let against = &a.procedures.iter().find(|x| x.procedure.id == p.id).unwrap().against;
                    assert!(against.reasons.contains(&(q, o)), "{} names {q}={o} as the reason", p.id);
                }
                for red_flag in RED_FLAGS {
                    assert_eq!(
                        procedure(&full(red_flag), p.id),
                        ProcedureStatus::NotAdvised,
                        "{} {red_flag:?}",
                        p.id
                    );
                }
            }
        }
    }
}

#[test]
fn procedures_wait_for_a_diagnosis_of_what_may_not_be_acne() {
    for given in [
        &[("itch", &["yes"][..]), ("look", &["rash"]), ("sweat", &["often"]), ("duration", &["weeks"])][..],
        &[("area", &["skin-folds"]), ("warning-signs", &["boils"])],
        ALLERGY,
    ] {
        let a = of(given);
        let peel = procedure(&a, "chemical-peel");
        assert_eq!(peel, ProcedureStatus::NotAdvised, "{given:?}");
    }
    let fungal =
        of(&[("itch", &["yes"]), ("look", &["rash"]), ("sweat", &["often"]), ("duration", &["weeks"])]);
    assert!(fungal.procedures.iter().all(|p| p.status == ProcedureStatus::NotAdvised));
}

#[test]
fn what_a_procedure_is_aimed_at_never_makes_it_suitable() {
    let a = of(&[("look", &["scars"]), ("conditions", &["keloid"])]);
    for id in ["microdermabrasion", "laser-resurfacing", "chemical-peel"] {
        let p = a.procedures.iter().find(|p| p.procedure.id == id).unwrap();
        assert_eq!(p.helps, [("look", "scars")], "{id} is aimed at scars");
        assert_eq!(p.status, ProcedureStatus::NotAdvised, "{id} on keloid-prone skin");
    }
    let scars = of(&[("look", &["scars"])]);
    let first: Vec<&str> = scars.procedures.iter().take(3).map(|p| p.procedure.id).collect();
    assert_eq!(first, ["chemical-peel", "microdermabrasion", "laser-resurfacing"], "scar treatments first");
}

/// PRODUCT.md: the remedies kept from red flags, boils, children and isotretinoin.
const HARSH: [&str; 5] = ["soda-mask", "salt-scrub", "fruit-acid-peel", "peroxide-spot", "salicylic-cleanse"];

/// PRODUCT.md, per recipe: the status for everyone, and the answers that make it
/// `caution` or `not-advised` (on top of the rules for all or for the harsh ones).
struct RecipeSpec {
    id: &'static str,
    everyone: RecipeStatus,
    not_advised: &'static [(&'static str, &'static str)],
    caution: &'static [(&'static str, &'static str)],
}

const RECIPE_SPECS: [RecipeSpec; 8] = [
    RecipeSpec {
        id: "soda-mask",
        everyone: RecipeStatus::Caution,
        not_advised: &[
            ("look", "pus"),
            ("look", "lumps"),
            ("warning-signs", "boils"),
            ("conditions", "broken-skin"),
            ("conditions", "eczema"),
            ("conditions", "psoriasis"),
            ("look", "rash"),
        ],
        caution: &[],
    },
    RecipeSpec {
        id: "salt-scrub",
        everyone: RecipeStatus::Caution,
        not_advised: &[
            ("look", "red-bumps"),
            ("look", "pus"),
            ("look", "lumps"),
            ("look", "rash"),
            ("conditions", "broken-skin"),
            ("conditions", "eczema"),
            ("conditions", "psoriasis"),
            ("conditions", "herpes"),
        ],
        caution: &[],
    },
    RecipeSpec {
        id: "fruit-acid-peel",
        everyone: RecipeStatus::Suitable,
        not_advised: &[
            ("conditions", "broken-skin"),
            ("conditions", "eczema"),
            ("conditions", "psoriasis"),
            ("conditions", "herpes"),
            ("look", "pus"),
            ("conditions", "acid-intolerance"),
        ],
        caution: &[("tanning", "solarium-often")],
    },
    RecipeSpec {
        id: "peroxide-spot",
        everyone: RecipeStatus::Caution,
        not_advised: &[("conditions", "broken-skin"), ("look", "pus"), ("conditions", "eczema")],
        caution: &[],
    },
    RecipeSpec {
        id: "salicylic-cleanse",
        everyone: RecipeStatus::Suitable,
        not_advised: &[("conditions", "acid-intolerance"), ("conditions", "broken-skin")],
        caution: &[("conditions", "eczema"), ("hormones", "pregnancy")],
    },
    RecipeSpec {
        id: "salt-clay-mask",
        everyone: RecipeStatus::Suitable,
        not_advised: &[("conditions", "broken-skin")],
        caution: &[("conditions", "eczema"), ("conditions", "psoriasis")],
    },
    RecipeSpec {
        id: "calendula-wipe",
        everyone: RecipeStatus::Suitable,
        not_advised: &[],
        caution: &[("conditions", "eczema")],
    },
    RecipeSpec {
        id: "herbal-bath",
        everyone: RecipeStatus::Suitable,
        not_advised: &[],
        caution: &[("conditions", "eczema")],
    },
];

/// The allergy factor: a new product with a rash.
const ALLERGY: Given = &[("products", &["new-detergent"]), ("look", &["rash"])];

#[test]
fn every_recipe_of_the_product_description_is_in_the_content() {
    let mut content: Vec<_> = RECIPES.iter().map(|r| r.id).collect();
    content.sort_unstable();
    let mut spec: Vec<_> = RECIPE_SPECS.iter().map(|s| s.id).collect();
    spec.sort_unstable();
    assert_eq!(content, spec);
}

#[test]
fn each_recipe_follows_its_rules_with_a_near_miss_for_each() {
    let nothing = full(&[]);
    for spec in &RECIPE_SPECS {
        assert_eq!(recipe(&nothing, spec.id), spec.everyone, "{} for everyone", spec.id);
        for (q, o) in spec.not_advised {
            assert_eq!(
                recipe(&full(&[(q, &[o])]), spec.id),
                RecipeStatus::NotAdvised,
                "{} with {q}={o}",
                spec.id
            );
        }
        for (q, o) in spec.caution {
            assert_eq!(
                recipe(&full(&[(q, &[o])]), spec.id),
                RecipeStatus::Caution,
                "{} with {q}={o}",
                spec.id
            );
        }
        let harsh = HARSH.contains(&spec.id);
        for given in RED_FLAGS.iter().chain([&[("warning-signs", &["boils"][..])][..]].iter()) {
            let expected = if harsh { RecipeStatus::NotAdvised } else { RecipeStatus::Caution };
            assert_eq!(recipe(&full(given), spec.id), expected, "{} {given:?}", spec.id);
        }
        for given in [
            &[("age", &["under-12"][..])][..],
            &[("conditions", &["isotretinoin"])],
            &[("conditions", &["isotretinoin-past"])],
            &[("conditions", &["cancer-treatment"])],
            &[("conditions", &["herpes"])],
        ] {
            let status = recipe(&full(given), spec.id);
            if harsh {
                assert_eq!(status, RecipeStatus::NotAdvised, "{} {given:?}", spec.id);
            } else {
                assert_ne!(status, RecipeStatus::NotAdvised, "{} {given:?}: a near miss", spec.id);
            }
        }
    }
    // The allergy factor: acid is not advised on it; daisy-family plants call for care.
    let allergy = full(ALLERGY);
    assert_eq!(recipe(&allergy, "fruit-acid-peel"), RecipeStatus::NotAdvised);
    assert_eq!(recipe(&allergy, "salicylic-cleanse"), RecipeStatus::NotAdvised);
    assert_eq!(recipe(&allergy, "calendula-wipe"), RecipeStatus::Caution);
    assert_eq!(recipe(&allergy, "herbal-bath"), RecipeStatus::Caution);
    let product_alone = full(&[("products", &["new-detergent"])]);
    assert_eq!(recipe(&product_alone, "calendula-wipe"), RecipeStatus::Suitable, "near miss: no rash");
}

#[test]
fn a_recipe_not_advised_says_why_and_the_cautions_for_everyone_too() {
    let a = of(&[("look", &["pus"])]);
    let soda = a.recipes.iter().find(|r| r.recipe.id == "soda-mask").unwrap();
    assert_eq!(soda.against.reasons, [("look", "pus")]);
    assert!(soda.against.because().next().is_some());
    let nothing = of(&[]);
    for r in nothing.recipes.iter().filter(|r| r.status != RecipeStatus::Suitable) {
        assert!(r.against.because().next().is_some(), "{} says why it needs care", r.recipe.id);
    }
}

#[test]
fn fungal_hidradenitis_and_patches_keep_every_remedy_at_caution_or_worse() {
    for given in [
        &[("itch", &["yes"][..]), ("look", &["rash"]), ("antibiotics", &["yes"]), ("duration", &["weeks"])][..],
        &[("area", &["skin-folds"]), ("look", &["lumps"])],
        &[("look", &["patches"])],
    ] {
        let a = of(given);
        assert!(a.recipes.iter().all(|r| r.status >= RecipeStatus::Caution), "{given:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Advice: the five stable ids, and the rest.

#[test]
fn advice_table() {
    let cases: &[(Given, &str, bool)] = &[
        (&[("warning-signs", &["spreading"])], "see-doctor-first", true),
        (&[("warning-signs", &["changing-mole"])], "see-doctor-first", true),
        (&[("warning-signs", &["back-pain"]), ("look", &["blackheads"])], "see-doctor-first", false),
        (&[("warning-signs", &["back-pain"])], "see-doctor-first", true),
        (&[("warning-signs", &["fever"])], "emergency-signs", true),
        (&[("warning-signs", &["blisters"])], "emergency-signs", true),
        (&[("warning-signs", &["changing-mole"])], "emergency-signs", false),
        (&[("hormones", &["pregnancy"])], "pregnancy-medicines", true),
        (&[("hormones", &["hormonal-medication"])], "pregnancy-medicines", false),
        (&[("warning-signs", &["mood"])], "crisis-help", true),
        (&[("warning-signs", &["self-harm"])], "crisis-help", true),
        (&[("warning-signs", &["other-symptoms"])], "crisis-help", false),
        // Benzoyl peroxide is for acne: blackheads, red bumps or pus, and nothing likelier.
        (&[("look", &["red-bumps"])], "benzoyl-peroxide", true),
        (&[("look", &["blackheads"])], "benzoyl-peroxide", true),
        (&[("look", &["pus"])], "benzoyl-peroxide", true),
        (&[], "benzoyl-peroxide", false),
        (&[("look", &["rash"])], "benzoyl-peroxide", false),
        (&[("look", &["marks"])], "benzoyl-peroxide", false),
        (&[("look", &["red-bumps"]), ("products", &["new-detergent"])], "benzoyl-peroxide", true),
        (&[("look", &["red-bumps", "rash"]), ("products", &["new-detergent"])], "benzoyl-peroxide", false),
        (&[("look", &["blackheads", "patches"])], "benzoyl-peroxide", false),
        (&[("look", &["blackheads"]), ("conditions", &["eczema"])], "benzoyl-peroxide", false),
        (&[("look", &["blackheads"]), ("conditions", &["broken-skin"])], "benzoyl-peroxide", false),
        (&[("look", &["blackheads"]), ("conditions", &["isotretinoin"])], "benzoyl-peroxide", false),
        (&[("look", &["blackheads"]), ("conditions", &["isotretinoin-past"])], "benzoyl-peroxide", false),
        (&[("look", &["blackheads"]), ("conditions", &["weak-immunity"])], "benzoyl-peroxide", true),
        // An itchy rash of a few days, in the heat more often heat rash, and its near misses.
        (
            &[("look", &["red-bumps", "rash"]), ("itch", &["yes"]), ("duration", &["days"])],
            "benzoyl-peroxide",
            false,
        ),
        (&[("look", &["red-bumps", "rash"]), ("itch", &["yes"])], "benzoyl-peroxide", false),
        (
            &[("look", &["red-bumps", "rash"]), ("itch", &["yes"]), ("duration", &["weeks"])],
            "benzoyl-peroxide",
            true,
        ),
        (
            &[("look", &["red-bumps", "rash"]), ("itch", &["no"]), ("duration", &["days"])],
            "benzoyl-peroxide",
            true,
        ),
        (
            &[
                ("look", &["red-bumps", "rash"]),
                ("itch", &["yes"]),
                ("sweat", &["often"]),
                ("duration", &["weeks"]),
            ],
            "benzoyl-peroxide",
            false,
        ),
        (&[("warning-signs", &["none"]), ("look", &["red-bumps"])], "unchecked-warning-signs", false),
        (&[("look", &["red-bumps"])], "unchecked-warning-signs", true),
        (&[("warning-signs", &["fever"])], "unchecked-warning-signs", false),
        (&[("hormones", &["planning-pregnancy"])], "pregnancy-medicines", true),
        (&[("hormones", &["breastfeeding"])], "pregnancy-medicines", true),
        (&[("hormones", &["cycle-related"])], "pregnancy-medicines", false),
        (&[("conditions", &["isotretinoin"])], "isotretinoin-mood", true),
        (&[("conditions", &["isotretinoin-past"])], "isotretinoin-mood", false),
        // What the spots look like decides how soon back pain or cancer treatment needs a doctor.
        (&[("warning-signs", &["back-pain"])], "unchecked-look", true),
        (&[("warning-signs", &["back-pain"]), ("look", &["blackheads"])], "unchecked-look", false),
        (&[("warning-signs", &["back-pain"]), ("duration", &["months"])], "unchecked-look", false),
        (&[("conditions", &["cancer-treatment"])], "unchecked-look", true),
        (&[("conditions", &["cancer-treatment"]), ("look", &["marks"])], "unchecked-look", false),
        (&[("conditions", &["cancer-treatment"]), ("warning-signs", &["fever"])], "unchecked-look", false),
        (&[("warning-signs", &["none"])], "unchecked-look", false),
        (&[("conditions", &["acid-intolerance"]), ("warning-signs", &["mood"])], "isotretinoin-mood", false),
        (&[("conditions", &["cancer-treatment"])], "fever-weak-immunity", true),
        (&[], "give-it-time", true),
        (&[("look", &["lumps"])], "give-it-time", false),
        (&[("hormones", &["hormonal-medication"])], "keep-medicines", true),
        (&[("hormones", &["pregnancy"])], "keep-medicines", false),
        (&[("look", &["scars"])], "benzoyl-peroxide", false),
        (&[("warning-signs", &["fever"])], "benzoyl-peroxide", false),
        (&[], "never-squeeze", true),
        (&[("warning-signs", &["fever"])], "never-squeeze", true),
        (&[], "no-vitamin-a", true),
        (&[], "medicines", true),
        (&[("warning-signs", &["fever"])], "medicines", false),
        (&[("look", &["scars"])], "scar-creams", true),
        (&[("look", &["marks"])], "scar-creams", true),
        (&[("hormones", &["steroids"])], "keep-medicines", true),
        (&[("clothing", &["tight-synthetic"])], "loose-clothes", true),
        (&[("washing", &["several-times-daily"])], "wash-less", true),
        (&[("tanning", &["solarium-often"])], "skip-solarium", true),
        (
            &[("itch", &["yes"]), ("look", &["rash"]), ("sweat", &["often"])],
            "no-acne-remedies-for-fungal",
            true,
        ),
        (&[("area", &["legs"]), ("hair-removal", &["yes"])], "leg-care", true),
        // A fever with weak immunity is an emergency whatever the triage.
        (&[("conditions", &["weak-immunity"])], "fever-weak-immunity", true),
        (&[("conditions", &["cancer"])], "fever-weak-immunity", true),
        (&[("hormones", &["steroids"])], "fever-weak-immunity", true),
        (&[("conditions", &["eczema"])], "fever-weak-immunity", false),
        (&[("hormones", &["hormonal-medication"])], "fever-weak-immunity", false),
    ];
    for (given, id, shown) in cases {
        assert_eq!(advice(&of(given)).contains(id), *shown, "{id} for {given:?}");
    }
}

#[test]
fn advice_of_the_moment_comes_first() {
    let a = of(&[("warning-signs", &["fever", "self-harm"])]);
    let first: Vec<_> = advice(&a).into_iter().take(3).collect();
    assert_eq!(
        first,
        ["crisis-help", "emergency-signs", "see-doctor-first"],
        "help for the reader at risk first"
    );
}

#[test]
fn isotretinoin_and_mood_lead_with_the_prescriber_and_its_side_effects() {
    for sign in ["mood", "self-harm"] {
        let a = of(&[("conditions", &["isotretinoin"]), ("warning-signs", &[sign])]);
        assert_eq!(advice(&a)[0], "isotretinoin-mood", "{sign}: {:?}", advice(&a));
        assert_eq!(a.advice[0].kind, AdviceKind::Now, "{sign}: among what to do now");
        assert_eq!(specialists(&a)[0], "prescriber", "{sign}: {:?}", specialists(&a));
    }
    let calm = of(&[("conditions", &["isotretinoin"]), ("look", &["blackheads"])]);
    let mood = calm.advice.iter().find(|x| x.item.id == "isotretinoin-mood").unwrap();
    assert_eq!(mood.kind, AdviceKind::Do, "without a change of mood it waits among what to do");
    assert!(!specialists(&calm).contains(&"prescriber"), "isotretinoin alone raises nothing");
    let harm = of(&[("warning-signs", &["self-harm"])]);
    assert_eq!(advice(&harm)[0], "crisis-help", "without isotretinoin, crisis help comes first");
}

#[test]
fn isotretinoin_in_pregnancy_and_cancer_treatment_name_the_prescriber_first() {
    for given in [
        &[("conditions", &["isotretinoin"][..]), ("hormones", &["pregnancy"])][..],
        &[("conditions", &["isotretinoin"]), ("hormones", &["planning-pregnancy"])],
        &[("conditions", &["isotretinoin"]), ("hormones", &["breastfeeding"])],
        &[("conditions", &["cancer-treatment"]), ("look", &["blackheads"])],
        &[("conditions", &["cancer-treatment"]), ("look", &["rash"])],
    ] {
        let found = specialists(&of(given));
        assert_eq!(found.first(), Some(&"prescriber"), "{given:?}: {found:?}");
        assert!(found.contains(&"gp"), "{given:?}: {found:?}");
    }
    assert!(!specialists(&of(&[("hormones", &["pregnancy"])])).contains(&"prescriber"));
    let past = of(&[("conditions", &["isotretinoin-past"]), ("hormones", &["pregnancy"])]);
    assert_eq!(specialists(&past)[0], "prescriber", "a pregnancy may have begun within the month after");
    let past = of(&[("conditions", &["isotretinoin-past"]), ("hormones", &["breastfeeding"])]);
    assert!(!specialists(&past).contains(&"prescriber"), "a course that ended, with nothing to ask of it");
    assert!(!specialists(&of(&[("conditions", &["cancer"]), ("look", &["rash"])])).contains(&"prescriber"));
}

#[test]
fn cancer_treatment_counts_as_cancer_and_as_a_weak_immune_system() {
    let a = full(&[("conditions", &["cancer-treatment"]), ("look", &["blackheads"])]);
    for p in &a.procedures {
        assert_eq!(p.status, ProcedureStatus::NotAdvised, "{}", p.procedure.id);
    }
    for id in HARSH {
        assert_eq!(recipe(&a, id), RecipeStatus::NotAdvised, "{id}");
    }
    assert!(advice(&a).contains(&"fever-weak-immunity"));
    // The reader is shown the option they chose, not the ones it counts as.
    let peel = a.procedures.iter().find(|p| p.procedure.id == "chemical-peel").unwrap();
    assert!(peel.against.reasons.contains(&("conditions", "cancer-treatment")), "{:?}", peel.against.reasons);
    assert!(!peel.against.reasons.contains(&("conditions", "cancer")));
    let boils = of(&[
        ("conditions", &["cancer-treatment"]),
        ("look", &["blackheads"]),
        ("warning-signs", &["boils"]),
    ]);
    assert_eq!(boils.triage, Triage::Urgent, "boils with a weak immune system");
}

#[test]
fn the_pregnancy_advice_fits_the_answer_given() {
    let details = |given: Given| {
        let a = of(given);
        let x = a.advice.iter().find(|x| x.item.id == "pregnancy-medicines").unwrap().clone();
        x.details.iter().map(|t| t.get(crate::content::Lang::En)).collect::<Vec<_>>().join(" ")
    };
    let pregnant = details(&[("hormones", &["pregnancy"])]);
    assert!(pregnant.contains("Differin") && !pregnant.contains("breastfeeding"), "{pregnant}");
    assert!(details(&[("hormones", &["planning-pregnancy"])]).contains("when planning"));
    let feeding = details(&[("hormones", &["breastfeeding"])]);
    assert!(feeding.contains("breastfeeding") && !feeding.contains("Differin"), "{feeding}");
    let both = details(&[("hormones", &["pregnancy", "breastfeeding"])]);
    assert!(both.contains("Differin") && both.contains("doxycycline"), "{both}");
}

#[test]
fn a_result_whose_warning_signs_went_unchecked_never_says_no_doctor_is_needed() {
    let reassuring = ["Nothing you told us", "do not show a sign", "You can start with care at home"];
    for given in [
        &[("look", &["blackheads"][..])][..],
        &[("look", &["scars"])],
        &[("age", &["20-39"]), ("hormones", &["none"]), ("conditions", &["none"])],
        &[],
    ] {
        let a = of(given);
        assert!(a.is_provisional(), "{given:?}");
        assert_eq!(a.advice[0].item.id, "unchecked-warning-signs", "the caveat leads: {given:?}");
        assert_eq!(a.advice[0].item.revisits.map(|q| q.id), Some("warning-signs"));
        let (title, action) = a.verdict();
        for text in [title, action] {
            let text = text.get(crate::content::Lang::En);
            for phrase in reassuring {
                assert!(!text.contains(phrase), "{given:?}: `{phrase}` in {text}");
            }
        }
    }
    let checked = full(&[("look", &["blackheads"])]);
    assert!(!checked.is_provisional());
    // The look of the spots, unanswered beside back pain, is a caveat of its own: the
    // warning signs were checked, and the verdict does not say they were not.
    let look = of(&[("warning-signs", &["back-pain"])]);
    assert_eq!(look.advice[0].item.id, "unchecked-look");
    assert!(!look.is_provisional());
    assert!(checked.verdict().1.get(crate::content::Lang::En).starts_with("Nothing you told us"));
}

#[test]
fn a_red_flag_is_from_soon_up() {
    assert!(of(&[("warning-signs", &["fever"])]).is_red_flag());
    assert!(of(&[("warning-signs", &["changing-mole"])]).is_red_flag());
    assert!(!of(&[("look", &["lumps"])]).is_red_flag());
}

#[test]
fn evidence_notes_say_not_assessed_only_where_no_guideline_assessed_it() {
    let note = |id: &str| {
        RECIPES.iter().find(|r| r.id == id).and_then(|r| r.evidence).map(|e| e.get(crate::content::Lang::En))
    };
    for id in ["soda-mask", "salt-scrub", "peroxide-spot", "salt-clay-mask"] {
        assert!(note(id).unwrap().contains("did not assess"), "{id}");
    }
    assert!(note("salicylic-cleanse").unwrap().contains("conditionally"));
    assert!(note("calendula-wipe").unwrap().contains("too little evidence"));
    let procedure_note = |id: &str| {
        PROCEDURES.iter().find(|p| p.id == id).unwrap().evidence.unwrap().get(crate::content::Lang::En)
    };
    assert!(procedure_note("mesotherapy").contains("did not assess"));
    assert!(procedure_note("ozone-therapy").contains("did not assess"));
    assert!(procedure_note("ultrasonic-cleansing").contains("None of the guidelines cited here"));
    assert!(procedure_note("laser-resurfacing").contains("too little evidence"));
}

// ---------------------------------------------------------------------------------------
// Properties over random answers.

/// Random answers, each question left unanswered one time in five; and, one time in two,
/// the safety questions answered as in [`BENIGN`] but for one of them, so that answer
/// sets where something is suitable, and its near misses, are common.
fn any_answers() -> impl Strategy<Value = Answers> {
    let picks: Vec<_> = QUESTIONS
        .iter()
        .map(|q| prop_oneof![1 => Just(Vec::new()), 4 => proptest::collection::vec(0..q.options.len(), 1..3)])
        .collect();
    let mild = proptest::option::of(0..BENIGN.len());
    (picks, proptest::bool::ANY, mild).prop_map(|(picks, benign, kept)| {
        let mut answers = Answers::default();
        for (q, options) in QUESTIONS.iter().zip(picks) {
            let at = BENIGN.iter().position(|(b, _)| *b == q.id);
            match at {
                Some(at) if benign && kept != Some(at) => answers.choose(q, BENIGN[at].1[0], true),
                _ => options.into_iter().for_each(|o| answers.choose(q, q.options[o].id, true)),
            }
        }
        answers
    })
}

/// Whether `a` is at least as restrictive as `b` everywhere: triage, procedures, recipes.
fn at_least_as_restrictive(a: &Assessment, b: &Assessment) -> Result<(), String> {
    if a.triage < b.triage {
        return Err(format!("triage {:?} < {:?}", a.triage, b.triage));
    }
    for x in &a.procedures {
        let y = b.procedures.iter().find(|p| p.procedure.id == x.procedure.id).expect("same procedures");
        if x.status == ProcedureStatus::Suitable && y.status == ProcedureStatus::NotAdvised {
            return Err(format!("{} became suitable", x.procedure.id));
        }
    }
    for x in &a.recipes {
        let y = b.recipes.iter().find(|r| r.recipe.id == x.recipe.id).expect("same recipes");
        if x.status < y.status {
            return Err(format!("{} went from {:?} to {:?}", x.recipe.id, y.status, x.status));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_assessment_is_well_formed(answers in any_answers()) {
        let a = assess(&answers);
        let effective = effective(&answers);
        let mut ids = a.factor_ids();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), a.factors.len());
        prop_assert_eq!(a.procedures.len(), PROCEDURES.len());
        prop_assert_eq!(a.recipes.len(), RECIPES.len());
        let reasons = a.factors.iter().flat_map(|f| &f.reasons)
            .chain(a.specialists.iter().flat_map(|s| &s.reasons))
            .chain(&a.triage_fired.reasons)
            .chain(a.procedures.iter().flat_map(|p| p.against.reasons.iter().chain(&p.helps)))
            .chain(a.recipes.iter().flat_map(|r| &r.against.reasons));
        for (q, o) in reasons {
            prop_assert!(effective.has(q, o), "reason {}={} was not answered", q, o);
        }
        prop_assert_eq!(a.triage == Triage::SelfCare, a.triage_fired.clauses.is_empty());
        for r in &a.recipes {
            prop_assert_eq!(r.status == RecipeStatus::Suitable, r.against.clauses.is_empty(), "{}", r.recipe.id);
        }
    }

    #[test]
    fn urgent_or_soon_never_leaves_anything_suitable(answers in any_answers()) {
        let a = assess(&answers);
        if a.triage >= Triage::Soon {
            for p in &a.procedures {
                prop_assert_eq!(p.status, ProcedureStatus::NotAdvised, "{}", p.procedure.id);
            }
            for r in &a.recipes {
                prop_assert!(r.status != RecipeStatus::Suitable, "{}", r.recipe.id);
                if HARSH.contains(&r.recipe.id) {
                    prop_assert_eq!(r.status, RecipeStatus::NotAdvised, "{}", r.recipe.id);
                }
            }
        }
    }

    #[test]
    fn nothing_contraindicated_by_the_product_description_is_ever_suitable(answers in any_answers()) {
        let a = assess(&answers);
        let answered = effective(&answers);
        for p in &a.procedures {
            let contraindicated = match procedure_contraindications(p.procedure.id) {
                None => true,
                Some(own) => {
                    EVERY_PROCEDURE.iter().chain(&EVERY_PROCEDURE_PRECAUTION).chain(own).any(|(q, o)| answered.has(q, o))
                }
            };
            if contraindicated {
                prop_assert_eq!(p.status, ProcedureStatus::NotAdvised, "{}", p.procedure.id);
            }
        }
        for spec in &RECIPE_SPECS {
            let status = recipe(&a, spec.id);
            let harsh = HARSH.contains(&spec.id)
                && [
                    ("warning-signs", "boils"),
                    ("age", "under-12"),
                    ("conditions", "isotretinoin"),
                    ("conditions", "isotretinoin-past"),
                    ("conditions", "cancer-treatment"),
                    ("conditions", "herpes"),
                ]
                    .iter()
                    .any(|(q, o)| answered.has(q, o));
            if harsh || spec.not_advised.iter().any(|(q, o)| answered.has(q, o)) {
                prop_assert_eq!(status, RecipeStatus::NotAdvised, "{}", spec.id);
            } else if spec.everyone == RecipeStatus::Caution || spec.caution.iter().any(|(q, o)| answered.has(q, o)) {
                prop_assert!(status >= RecipeStatus::Caution, "{} is {:?}", spec.id, status);
            }
        }
    }

    #[test]
    fn no_clause_of_the_content_that_holds_is_ignored(answers in any_answers()) {
        // The same check with the engine's own evaluator, over every clause of the content.
        let a = assess(&answers);
        let effective = effective(&answers);
        let derived: Vec<_> = a.factors.iter().map(|f| (f.item.id, f.reasons.clone())).collect();
        let facts = Facts { answers: &effective, factors: &derived, triage: Some((a.triage, &a.triage_fired.reasons)), pending: 0 };
        for p in &a.procedures {
            let holds = p.procedure.not_advised.iter().any(|c| facts.clause(c).is_some());
            prop_assert_eq!(holds, p.status == ProcedureStatus::NotAdvised, "{}", p.procedure.id);
        }
        for r in &a.recipes {
            if r.recipe.not_advised.iter().any(|c| facts.clause(c).is_some()) {
                prop_assert_eq!(r.status, RecipeStatus::NotAdvised, "{}", r.recipe.id);
            } else if r.recipe.caution.iter().any(|c| facts.clause(c).is_some()) {
                prop_assert_eq!(r.status, RecipeStatus::Caution, "{}", r.recipe.id);
            }
        }
    }

    #[test]
    fn fever_spreading_blisters_or_self_harm_always_mean_urgent(answers in any_answers(), sign in 0..4usize) {
        let mut answers = answers;
        answers.choose(question("warning-signs"), ["fever", "spreading", "blisters", "self-harm"][sign], true);
        prop_assert_eq!(assess(&answers).triage, Triage::Urgent);
    }

    #[test]
    fn a_warning_sign_weak_immunity_or_pregnancy_never_makes_anything_more_permissive(
        answers in any_answers(),
        added in 0..11usize,
    ) {
        let (q, option) = match added {
            0..=8 => ("warning-signs", question("warning-signs").options[added].id),
            9 => ("conditions", "weak-immunity"),
            _ => ("hormones", "pregnancy"),
        };
        // Against the question answered "none": a skipped question already rules out as
        // much as any answer can (the property below).
        let mut answers = answers;
        if answers.selected(q).is_empty() {
            answers.choose(question(q), "none", true);
        }
        let before = assess(&answers);
        let mut more = answers;
        more.choose(question(q), option, true);
        if let Err(e) = at_least_as_restrictive(&assess(&more), &before) {
            prop_assert!(false, "{}", e);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_skipped_question_that_could_rule_something_out_leaves_nothing_suitable(
        answers in any_answers(),
        skipped in 0..SAFETY_QUESTIONS.len(),
    ) {
        let mut answers = answers;
        let q = question(SAFETY_QUESTIONS[skipped]);
        for option in q.options {
            answers.choose(q, option.id, false);
        }
        let a = assess(&answers);
        for p in &a.procedures {
            prop_assert_eq!(p.status, ProcedureStatus::NotAdvised, "{} with {} skipped", p.procedure.id, q.id);
        }
        for r in &a.recipes {
            prop_assert!(r.status != RecipeStatus::Suitable, "{} with {} skipped", r.recipe.id, q.id);
        }
    }
}

/// The questions whose answers can rule a procedure or a remedy out for anyone: a reader
/// who skips one is not treated as having answered "no".
const SAFETY_QUESTIONS: [&str; 5] = ["warning-signs", "look", "age", "hormones", "conditions"];

#[test]
fn the_random_answers_reach_the_risky_ones() {
    // The strategy must produce the answers the properties are about, or they prove nothing.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = any_answers();
    let (mut urgent, mut soon, mut weak, mut pregnant, mut suitable) = (0, 0, 0, 0, 0);
    for _ in 0..256 {
        let a = strategy.new_tree(&mut runner).unwrap().current();
        let assessment = assess(&a);
        urgent += usize::from(assessment.triage == Triage::Urgent);
        soon += usize::from(assessment.triage == Triage::Soon);
        weak += usize::from(a.has("conditions", "weak-immunity"));
        pregnant += usize::from(a.has("hormones", "pregnancy"));
        suitable += usize::from(assessment.procedures.iter().any(|p| p.status == ProcedureStatus::Suitable));
    }
    assert!(
        urgent > 10 && soon > 5 && weak > 5 && pregnant > 10 && suitable > 10,
        "{urgent} {soon} {weak} {pregnant} {suitable}"
    );
}

#[test]
fn procedure_and_recipe_rules_only_ever_add_restrictions() {
    // "Lacks", "no factor" or "at most" in a contraindication would let a new answer lift
    // one. The one exception is "the question is unanswered", which answering it lifts.
    let clauses = PROCEDURES
        .iter()
        .flat_map(|p| p.not_advised.iter())
        .chain(RECIPES.iter().flat_map(|r| r.not_advised.iter().chain(r.caution.iter())));
    for clause in clauses {
        for condition in clause.all.iter().chain(clause.any) {
            assert!(
                !matches!(
                    condition,
                    Condition::Lacks(..) | Condition::NoFactor(_) | Condition::TriageAtMost(_)
                ) || is_unanswered(condition),
                "{condition:?} in a contraindication"
            );
        }
    }
}

/// `q!=*`: none of the question's options, that is, no answer.
fn is_unanswered(condition: &Condition) -> bool {
    match *condition {
        Condition::Lacks(q, mask) => u32::from(mask) == (1 << QUESTIONS[usize::from(q)].options.len()) - 1,
        _ => false,
    }
}

/// Below a red flag, a result says when to get help sooner, the same day; every urgent
/// one lists the emergency signs among what to do now; and each leads with at most three
/// things to do unless more must be done now.
#[test]
fn every_result_leads_with_what_to_do_and_says_when_to_get_help_sooner() {
    for (given, level) in TRIAGE_CASES {
        let a = of(given);
        assert_eq!(a.triage.id(), *level, "{given:?}");
        let help: Vec<&str> = a.advice_of(AdviceKind::HelpIf).map(|x| x.item.text.get(Lang::En)).collect();
        let (first, _) = a.first_actions();
        if a.triage == Triage::Urgent {
            assert!(help.is_empty(), "{given:?}: the emergency signs say it: {help:?}");
            assert!(first.iter().any(|x| x.item.id == "emergency-signs"), "{given:?}");
        } else {
            assert!(help.iter().any(|t| t.contains("the same day")), "{given:?}: {help:?}");
        }
        let now = first.iter().filter(|x| x.kind == AdviceKind::Now).count();
        assert!(first.len() <= now.max(FIRST_ACTIONS), "{given:?}: {}", first.len());
        assert!(first.iter().take(now).all(|x| x.kind == AdviceKind::Now), "what to do now leads");
    }
    let self_care = full(&[]);
    let (first, more) = self_care.first_actions();
    assert_eq!(first.len(), FIRST_ACTIONS, "three things to do first");
    assert!(first.iter().all(|x| x.kind == AdviceKind::Do));
    assert!(more.iter().any(|x| x.kind == AdviceKind::Avoid), "the rest, with what to avoid, after them");
}
