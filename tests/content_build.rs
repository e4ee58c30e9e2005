//! The content compiler refuses inconsistent content and names the file and the id.
//! Each test breaks one thing in a copy of `content/` and runs the compiler on it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/compile.rs"]
mod compile;
#[path = "../build/model.rs"]
mod model;
#[path = "../build/texts.rs"]
mod texts;

use std::path::{Path, PathBuf};

fn copy_of_content(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clearback-content-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("text")).unwrap();
    for sub in ["", "text"] {
        for entry in std::fs::read_dir(Path::new("content").join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    dir
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn compile(dir: &Path) -> Result<String, String> {
    let texts = texts::load(&dir.join("text"))?;
    compile::compile(dir, &texts)
}

fn error_after(name: &str, file: &str, from: &str, to: &str) -> String {
    let dir = copy_of_content(name);
    edit(&dir, file, from, to);
    let error = compile(&dir).expect_err("the broken content must not compile");
    let _ = std::fs::remove_dir_all(&dir);
    error
}

#[test]
fn the_real_content_compiles_with_one_language_per_text_file() {
    let dir = copy_of_content("ok");
    assert!(compile(&dir).is_ok());
    let languages = texts::emit(&texts::load(&dir.join("text")).unwrap());
    assert!(languages.contains("pub enum Lang { En, Ru, Uk }"), "{languages}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unknown_option_in_a_rule_names_the_file_and_the_id() {
    let e = error_after("option", "assessment.toml", "\"look=lumps\"", "\"look=boils\"");
    assert!(e.contains("assessment.toml") && e.contains("`boils`") && e.contains("`look`"), "{e}");
}

#[test]
fn an_unknown_factor_in_a_rule_fails() {
    let e =
        error_after("factor", "assessment.toml", "any = [\"factor:fungal\"]", "any = [\"factor:fungus\"]");
    assert!(e.contains("assessment.toml") && e.contains("`fungus`"), "{e}");
}

#[test]
fn a_missing_translation_names_the_language_file_and_the_key() {
    let e = error_after("translation", "text/ru.toml", "sweat = \"Вы сильно потеете", "# sweat = \"");
    assert!(e.contains("ru.toml") && e.contains("missing text `question.sweat`"), "{e}");
}

#[test]
fn a_text_only_one_language_has_names_that_language_too() {
    let e =
        error_after("extra", "text/ru.toml", "sweat = \"Вы сильно потеете", "sweaty = \"Вы сильно потеете");
    assert!(e.contains("ru.toml") && e.contains("`question.sweat`"), "{e}");
}

#[test]
fn a_text_for_an_id_that_does_not_exist_is_a_dangling_id() {
    let dir = copy_of_content("dangling");
    for lang in ["en", "ru", "uk"] {
        let path = dir.join("text").join(format!("{lang}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text + "\n[factor.moonlight]\ntitle = \"x\"\nwhy = \"y\"\n").unwrap();
    }
    let e = compile(&dir).unwrap_err();
    assert!(e.contains("en.toml") && e.contains("factor.moonlight"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_item_without_a_source_fails() {
    let e = error_after(
        "nosource",
        "assessment.toml",
        "sources = [\"salon#causes-internal\"]\n",
        "sources = []\n",
    );
    assert!(e.contains("assessment.toml") && e.contains("factor `stress` names no source"), "{e}");
}

#[test]
fn a_safety_rule_without_its_own_source_fails() {
    let e = error_after(
        "clausesource",
        "recipes.toml",
        "because = \"salt-stings\", sources = [\"precaution\"] }]",
        "because = \"salt-stings\" }]",
    );
    assert!(e.contains("recipes.toml") && e.contains("recipe `salt-clay-mask` names no source"), "{e}");
}

#[test]
fn a_rule_with_no_condition_must_say_why() {
    let e = error_after("nowhy", "recipes.toml", "caution = [{ because = \"alkaline\",", "caution = [{");
    assert!(e.contains("recipes.toml") && e.contains("recipe `soda-mask`") && e.contains("because"), "{e}");
}

#[test]
fn an_unknown_reason_names_the_file_and_the_id() {
    let e =
        error_after("because", "assessment.toml", "because = \"shingles-pattern\"", "because = \"shingles\"");
    assert!(
        e.contains("assessment.toml") && e.contains("triage `urgent`") && e.contains("`because.shingles`"),
        "{e}"
    );
}

#[test]
fn an_unknown_source_names_the_file_and_the_id() {
    let e = error_after("source", "assessment.toml", "\"nhs-cellulitis\"", "\"nhs-cellulite\"");
    assert!(e.contains("assessment.toml") && e.contains("unknown source `nhs-cellulite`"), "{e}");
}

#[test]
fn a_missing_evidence_note_names_the_file_and_the_id() {
    let e = error_after(
        "evidence",
        "recipes.toml",
        "evidence = \"aad-salicylic\"",
        "evidence = \"aad-salicylate\"",
    );
    assert!(
        e.contains("recipes.toml")
            && e.contains("recipe `salicylic-cleanse`")
            && e.contains("aad-salicylate"),
        "{e}"
    );
}

#[test]
fn a_factor_cannot_depend_on_the_triage() {
    let e = error_after(
        "scope",
        "assessment.toml",
        "when = [{ any = [\"stress=yes\"] }]",
        "when = [{ any = [\"triage>=soon\"] }]",
    );
    assert!(
        e.contains("assessment.toml") && e.contains("factor `stress`") && e.contains("triage>=soon"),
        "{e}"
    );
}

#[test]
fn a_harsh_recipe_that_does_not_exist_fails() {
    let e = error_after(
        "harsh",
        "recipes.toml",
        "\"salicylic-cleanse\"]\nnot-advised",
        "\"salicylic-wash\"]\nnot-advised",
    );
    assert!(e.contains("recipes.toml") && e.contains("`salicylic-wash`"), "{e}");
}

#[test]
fn the_timed_step_of_a_recipe_is_one_of_its_steps_and_not_its_last() {
    let soda = "\"rinse\", \"cream\"]\ntimed-step = \"wait\"";
    let e =
        error_after("timed-unknown", "recipes.toml", soda, "\"rinse\", \"cream\"]\ntimed-step = \"soak\"");
    assert!(e.contains("recipes.toml") && e.contains("recipe `soda-mask`") && e.contains("`soak`"), "{e}");
    let e = error_after("timed-last", "recipes.toml", soda, "\"rinse\", \"cream\"]\ntimed-step = \"cream\"");
    assert!(e.contains("recipe `soda-mask`") && e.contains("last step `cream`"), "{e}");
}

#[test]
fn a_third_language_is_only_a_text_file_and_must_be_complete() {
    let dir = copy_of_content("third");
    let en = std::fs::read_to_string(dir.join("text/en.toml")).unwrap();
    std::fs::write(dir.join("text/de.toml"), &en).unwrap();
    compile(&dir).expect("a complete third language compiles");
    let loaded = texts::load(&dir.join("text")).unwrap();
    let languages = texts::emit(&loaded);
    assert!(languages.contains("pub enum Lang { En, De, Ru, Uk }"), "{languages}");
    texts::write_packs(&loaded, &dir.join("packs")).unwrap();
    assert!(dir.join("packs").join(texts::pack_name("de")).exists(), "a pack for the new language");
    std::fs::write(dir.join("text/de.toml"), en.replace("shoulders = \"Shoulders\"\n", "")).unwrap();
    let e = compile(&dir).unwrap_err();
    assert!(e.contains("de.toml") && e.contains("option.area.shoulders"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn markup_in_a_text_is_carried_as_the_characters_it_is() {
    // The widget renders every text as a text node; the compiler must neither refuse,
    // escape nor rewrite markup-like content on its way into the pack.
    let markup = "<img src=x onerror=alert(1)>";
    let dir = copy_of_content("markup");
    edit(&dir, "text/en.toml", "\"Back acne: check and care\"", &format!("{markup:?}"));
    compile(&dir).expect("markup-like text is only text");
    let loaded = texts::load(&dir.join("text")).unwrap();
    texts::write_packs(&loaded, &dir.join("packs")).unwrap();
    let pack: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(dir.join("packs").join(texts::pack_name("en"))).unwrap(),
    )
    .unwrap();
    assert!(pack.iter().any(|t| t == markup), "the pack holds the markup verbatim, as one text");
    assert!(!pack.iter().any(|t| t == "Back acne: check and care"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unknown_source_section_fails() {
    let e = error_after("section", "assessment.toml", "\"salon#legs\"", "\"salon#arms\"");
    assert!(e.contains("assessment.toml") && e.contains("salon#arms"), "{e}");
}

#[test]
fn a_step_naming_an_unknown_question_fails() {
    let e = error_after("step", "interview.toml", "\"itch\", \"duration\"", "\"itch\", \"length\"");
    assert!(e.contains("interview.toml") && e.contains("`length`"), "{e}");
}

#[test]
fn a_misspelt_field_fails() {
    let e = error_after(
        "field",
        "recipes.toml",
        "caution = [{ any = [\"tanning=solarium-often\"]",
        "cautoin = [{ any = [\"tanning=solarium-often\"]",
    );
    assert!(e.contains("recipes.toml") && e.contains("cautoin"), "{e}");
}

#[test]
fn each_language_pack_holds_every_text_in_the_same_places() {
    let dir = copy_of_content("packs");
    let texts = texts::load(&dir.join("text")).unwrap();
    let out = dir.join("packs");
    texts::write_packs(&texts, &out).unwrap();
    let pack = |code: &str| -> Vec<String> {
        serde_json::from_str(&std::fs::read_to_string(out.join(texts::pack_name(code))).unwrap()).unwrap()
    };
    let (en, ru) = (pack("en"), pack("ru"));
    let place = |key: &str| -> usize {
        let literal = texts::text_literal(&texts, key).unwrap();
        literal.trim_start_matches("Text(").trim_end_matches(')').parse().unwrap()
    };
    let nth = |pack: &[String], n: usize| pack[n].clone();
    assert_eq!(en.len(), ru.len());
    assert!(en.iter().any(|t| t.contains('“')), "texts with quotes read back whole");
    assert_eq!(nth(&en, place("ui.tab-checker")), "Symptom checker");
    assert_eq!(nth(&ru, place("ui.tab-checker")), "Проверка симптомов");
    assert_eq!(nth(&ru, place("option.area.shoulders")), "Плечи");
    assert_eq!(std::fs::read_to_string(out.join("languages.json")).unwrap(), r#"["en", "ru", "uk"]"#);
    // The loader's message when the widget cannot run comes from the text files too.
    let fallback = std::fs::read_to_string(out.join("fallback.json")).unwrap();
    assert!(
        fallback.starts_with(r#"{"en": {"fallback": "The back acne checker could not start"#),
        "{fallback}"
    );
    assert!(fallback.contains(r#""uk": {"fallback": "Перевірку симптомів"#), "{fallback}");
    assert!(fallback.contains(r#""retry": "#), "{fallback}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_counted_text_must_give_the_forms_its_language_counts_with() {
    let e = error_after("plural", "text/ru.toml", "few = \"{n}\\u00A0источника\", ", "");
    assert!(e.contains("ru.toml") && e.contains("`ui.sources-count`") && e.contains("one, few, many"), "{e}");
    let e = error_after("plural-n", "text/en.toml", "other = \"{n} sources\"", "other = \"sources\"");
    assert!(e.contains("en.toml") && e.contains("`ui.sources-count`") && e.contains("{n}"), "{e}");
}

#[test]
fn a_translation_must_keep_the_placeholders_of_its_text() {
    let e = error_after(
        "placeholder",
        "text/uk.toml",
        "step-of = \"Крок {step} з {total}\"",
        "step-of = \"Крок {step}\"",
    );
    assert!(e.contains("uk.toml") && e.contains("`ui.step-of`") && e.contains("{step}, {total}"), "{e}");
}

#[test]
fn a_language_says_how_it_counts_and_names_twelve_months() {
    let e = error_after("rule", "text/uk.toml", "plural = \"one-few-many\"", "plural = \"dual\"");
    assert!(e.contains("uk.toml") && e.contains("language.plural"), "{e}");
    let e = error_after("months", "text/en.toml", "Nov Dec", "Nov");
    assert!(e.contains("en.toml") && e.contains("language.months") && e.contains("twelve"), "{e}");
}

/// The code of every `.rs` file under `dir` that ships: no test modules or files, no
/// comments, so that a text only a test or a comment names counts as unused.
fn shipped_code_under(dir: &Path) -> String {
    let mut all = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            all += &shipped_code_under(&path);
        } else if name.ends_with(".rs") && !name.ends_with("_tests.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            // The modules' tests come last (`#[cfg(test)] mod tests`).
            let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                all += line;
                all.push('\n');
            }
        }
    }
    all
}

#[test]
fn every_interface_text_is_shown_by_the_widget_the_fallback_or_the_loader() {
    let texts = texts::load(Path::new("content/text")).unwrap();
    let code = shipped_code_under(Path::new("src")) + &shipped_code_under(Path::new("fallback/src"));
    let named = |name: &str| {
        let pattern = format!("ui::{name}");
        code.match_indices(&pattern).any(|(at, _)| {
            !code[at + pattern.len()..]
                .starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        })
    };
    let unused: Vec<&String> = texts.languages[0]
        .texts
        .keys()
        .filter(|key| key.starts_with("ui.") && (!key.contains(".~") || key.ends_with(".~1")))
        .filter(|key| !texts::LOADER_KEYS.contains(&key.as_str()))
        .filter(|key| {
            !named(&key["ui.".len()..].trim_end_matches(".~1").replace(['-', '.'], "_").to_uppercase())
        })
        .collect();
    assert!(unused.is_empty(), "texts of content/text no reader is ever shown: {unused:?}");
}

#[test]
fn more_sources_than_a_citation_can_hold_name_the_file() {
    let many: String = (0..300).map(|n| format!("[extra-{n}]\n")).collect();
    let e = error_after("many-sources", "sources.toml", "[precaution]\n", &format!("[precaution]\n{many}"));
    assert!(e.contains("sources.toml") && e.contains("at most 256"), "{e}");
}

#[test]
fn an_option_counts_only_as_other_options_of_its_question() {
    let e = error_after(
        "counts-as",
        "interview.toml",
        "cancer-treatment = [\"cancer\", \"weak-immunity\"]",
        "cancer-treatment = [\"cancer\", \"weak-immune\"]",
    );
    assert!(e.contains("interview.toml") && e.contains("`conditions`") && e.contains("`weak-immune`"), "{e}");
    let e = error_after(
        "counts-as-none",
        "interview.toml",
        "cancer-treatment = [\"cancer\", \"weak-immunity\"]",
        "cancer-treatment = [\"none\"]",
    );
    assert!(e.contains("`none`") && e.contains("exclusive"), "{e}");
}

#[test]
fn a_rule_about_an_option_holds_for_the_options_that_count_as_it() {
    // `conditions=cancer` takes in cancer treatment, and so does its lack.
    let code = compile(&copy_of_content("counted")).unwrap();
    let conditions = code.find("Question { id: \"conditions\"").unwrap();
    let place = code[..conditions].matches("Question { id:").count();
    // Their places among the options: eczema, psoriasis, herpes, keloid, moles, cancer, …,
    // isotretinoin, isotretinoin-past, cancer-treatment.
    let (cancer, treatment) = (1 << 5, 1 << 11);
    assert!(
        code.contains(&format!("Condition::Has({place}, {:#b})", cancer | treatment)),
        "cancer with its treatment"
    );
    assert!(!code.contains(&format!("Condition::Has({place}, {cancer:#b})")), "never cancer alone");
}

#[test]
fn a_caveat_revisits_a_question_that_exists_and_only_a_caveat_does() {
    let e =
        error_after("revisits", "assessment.toml", "revisits = \"warning-signs\"", "revisits = \"warnings\"");
    assert!(
        e.contains("assessment.toml") && e.contains("`unchecked-warning-signs`") && e.contains("`warnings`"),
        "{e}"
    );
    let e = error_after("revisits-kind", "assessment.toml", "kind = \"caveat\"", "kind = \"now\"");
    assert!(e.contains("only a caveat"), "{e}");
    let e = error_after(
        "provisional-kind",
        "assessment.toml",
        "[advice.crisis-help]\nkind = \"now\"",
        "[advice.crisis-help]\nkind = \"now\"\nprovisional-verdict = true",
    );
    assert!(e.contains("`crisis-help`") && e.contains("only a caveat"), "{e}");
}
