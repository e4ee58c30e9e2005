//! The dependency policy of `deny.toml`, checked on every crate the workspace resolves to
//! (all features, every target): licenses from the allow list, no banned crate but
//! through the wrappers it allows, crates.io the only source, no wildcard versions. It is
//! the file cargo-deny reads, for whoever runs that too; checking it here keeps a tool
//! that takes minutes to build off every new machine.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::process::Command;

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Policy {
    licenses: Licenses,
    bans: Bans,
    sources: Sources,
}

#[derive(Deserialize)]
struct Licenses {
    allow: Vec<String>,
}

#[derive(Deserialize)]
struct Bans {
    deny: Vec<Ban>,
}

#[derive(Deserialize)]
struct Ban {
    #[serde(rename = "crate")]
    name: String,
    #[serde(default)]
    wrappers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Sources {
    allow_registry: Vec<String>,
}

fn policy() -> Policy {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/deny.toml")).expect("deny.toml");
    toml::from_str(&text).expect("deny.toml is the policy")
}

/// What cargo resolves the workspace to, from the lock file and the fetched crates only.
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--all-features", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// Whether an SPDX expression is satisfied by the allowed licenses: `OR` (or the old
/// `/`) needs one side, `AND` both, and `X WITH exception` is a license of its own,
/// allowed only by name.
fn allowed(expression: &str, allow: &[String]) -> bool {
    let spaced = expression.replace('(', " ( ").replace(')', " ) ").replace('/', " OR ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut at = 0;
    let verdict = any_of(&tokens, &mut at, allow);
    verdict == Some(true) && at == tokens.len()
}

fn any_of(tokens: &[&str], at: &mut usize, allow: &[String]) -> Option<bool> {
    let mut verdict = all_of(tokens, at, allow)?;
    while tokens.get(*at) == Some(&"OR") {
        *at += 1;
        verdict |= all_of(tokens, at, allow)?;
    }
    Some(verdict)
}

fn all_of(tokens: &[&str], at: &mut usize, allow: &[String]) -> Option<bool> {
    let mut verdict = one(tokens, at, allow)?;
    while tokens.get(*at) == Some(&"AND") {
        *at += 1;
        verdict &= one(tokens, at, allow)?;
    }
    Some(verdict)
}

fn one(tokens: &[&str], at: &mut usize, allow: &[String]) -> Option<bool> {
    let token = *tokens.get(*at)?;
    *at += 1;
    if token == "(" {
        let verdict = any_of(tokens, at, allow)?;
        (tokens.get(*at) == Some(&")")).then(|| *at += 1)?;
        return Some(verdict);
    }
    if ["OR", "AND", "WITH", ")"].contains(&token) {
        return None;
    }
    let mut license = token.to_owned();
    if tokens.get(*at) == Some(&"WITH") {
        license = format!("{license} WITH {}", tokens.get(*at + 1)?);
        *at += 2;
    }
    Some(allow.contains(&license))
}

#[test]
fn every_dependency_keeps_the_policy_of_deny_toml() {
    let policy = policy();
    let metadata = metadata();
    let members: BTreeSet<&str> =
        metadata["workspace_members"].as_array().unwrap().iter().map(text).collect();
    let packages = metadata["packages"].as_array().unwrap();
    let nodes = metadata["resolve"]["nodes"].as_array().unwrap();
    let name_of = |id: &str| packages.iter().find(|p| text(&p["id"]) == id).map_or("?", |p| text(&p["name"]));
    let registries: Vec<String> =
        policy.sources.allow_registry.iter().map(|r| format!("registry+{r}")).collect();
    let mut broken = Vec::new();

    for package in packages {
        let (id, name, version) = (text(&package["id"]), text(&package["name"]), text(&package["version"]));
        if members.contains(id) {
            for dependency in package["dependencies"].as_array().unwrap() {
                if text(&dependency["req"]) == "*" && dependency["path"].is_null() {
                    broken
                        .push(format!("{name}: depends on {} at any version (*)", text(&dependency["name"])));
                }
            }
            continue;
        }
        let source = text(&package["source"]);
        if !registries.iter().any(|r| r == source) {
            broken.push(format!("{name} {version}: from {source}, not from an allowed registry"));
        }
        match package["license"].as_str() {
            Some(license) if allowed(license, &policy.licenses.allow) => {}
            Some(license) => broken.push(format!("{name} {version}: license {license} is not allowed")),
            None => broken.push(format!("{name} {version}: states no license")),
        }
        if let Some(ban) = policy.bans.deny.iter().find(|b| b.name == name) {
            let users: Vec<&str> = nodes
                .iter()
                .filter(|n| n["deps"].as_array().unwrap().iter().any(|d| text(&d["pkg"]) == id))
                .map(|n| name_of(text(&n["id"])))
                .collect();
            if users.is_empty() || users.iter().any(|u| !ban.wrappers.iter().any(|w| w == u)) {
                broken.push(format!("{name} {version}: banned (used by {})", users.join(", ")));
            }
        }
    }
    assert!(packages.len() > members.len(), "the workspace's dependencies were resolved");
    assert!(broken.is_empty(), "deny.toml's policy is broken:\n{}", broken.join("\n"));
}

#[test]
fn a_license_expression_is_allowed_only_when_the_allowed_licenses_satisfy_it() {
    let allow: Vec<String> = ["MIT", "Apache-2.0", "Unicode-3.0"].map(String::from).to_vec();
    for ok in [
        "MIT",
        "MIT OR Apache-2.0",
        "MIT/Apache-2.0",
        "(MIT OR Apache-2.0) AND Unicode-3.0",
        "GPL-3.0 OR MIT",
    ] {
        assert!(allowed(ok, &allow), "{ok}");
    }
    for refused in [
        "GPL-3.0",
        "MIT AND GPL-3.0",
        "Apache-2.0 WITH LLVM-exception",
        "MIT OR",
        "(MIT",
        "MIT Apache-2.0",
        "",
    ] {
        assert!(!allowed(refused, &allow), "{refused}");
    }
    let with = [String::from("Apache-2.0 WITH LLVM-exception")];
    assert!(allowed("Apache-2.0 WITH LLVM-exception", &with));
}
