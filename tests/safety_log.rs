//! SAFETY.md is a hazard log whose mitigations are proven by tests: every hazard must
//! name at least one test, and every test it names must exist where it says.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// `` `file` › `name` `` references under each `### H` heading.
fn hazards(log: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut hazards: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in log.lines() {
        if let Some(title) = line.strip_prefix("### ") {
            hazards.push((title.to_owned(), Vec::new()));
            continue;
        }
        let Some((_, tests)) = hazards.last_mut() else { continue };
        let parts: Vec<&str> = line.split('`').collect();
        // `- `file` › `name``: the text between the backticks, with " › " between them.
        if parts.len() >= 5 && parts[0].trim() == "-" && parts[2].trim() == "›" {
            tests.push((parts[1].to_owned(), parts[3].to_owned()));
        }
    }
    hazards
}

/// Whether `file` declares a test called `name`: a Rust `fn name(` or a Node
/// `test("name"`, whose title may follow a language prefix in a template
/// (`` test(`${lang}: name` ``). The whole title must match, so that a renamed test
/// is not taken for the one the log names.
fn declares(file: &str, name: &str) -> bool {
    let Ok(source) = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)) else {
        return false;
    };
    if file.ends_with(".rs") {
        source.contains(&format!("fn {name}("))
    } else {
        source
            .lines()
            .filter_map(node_title)
            .any(|title| title == name || title.ends_with(&format!("}}: {name}")))
    }
}

/// The title of a Node test declared on this line: `test("…"`, `` test(`…` `` or
/// `test('…'`.
fn node_title(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("test(")?;
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '`' | '\''))?;
    let title = &rest[1..];
    Some(&title[..title.find(quote)?])
}

#[test]
fn every_hazard_names_tests_that_exist() {
    let log = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("SAFETY.md")).unwrap();
    let hazards = hazards(&log);
    assert!(hazards.len() >= 15, "the log lists the hazards ({} found)", hazards.len());
    for (hazard, tests) in &hazards {
        assert!(!tests.is_empty(), "{hazard} names no test");
        for (file, name) in tests {
            assert!(declares(file, name), "{hazard} names `{name}` in {file}, which has no such test");
        }
    }
}

#[test]
fn the_checker_itself_catches_a_missing_test_and_a_hazard_without_tests() {
    let log = "### H1. One\n- `tests/safety_log.rs` › `every_hazard_names_tests_that_exist`\n\
               ### H2. Two\n- `tests/safety_log.rs` › `no_such_test`\n### H3. Three\nNo tests.\n";
    let found = hazards(log);
    assert_eq!(found.len(), 3);
    assert!(declares(&found[0].1[0].0, &found[0].1[0].1));
    assert!(!declares(&found[1].1[0].0, &found[1].1[0].1));
    assert!(found[2].1.is_empty());
    assert!(declares("tests/e2e/safety.test.mjs", "thoughts of self-harm get help today, first"));
}
