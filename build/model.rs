//! The shape of the structure files in `content/`, as serde reads them. Unknown fields
//! are errors, so a misspelt key fails the build instead of being ignored.

use std::collections::BTreeMap;

use serde::Deserialize;

pub type Rule = Vec<Vec<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub sections: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub step: Vec<Step>,
    pub question: BTreeMap<String, Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Step {
    pub id: String,
    pub questions: Vec<String>,
    pub stops_at: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Question {
    pub kind: String,
    pub options: Vec<String>,
    pub exclusive: Option<String>,
    #[serde(default)]
    pub asked_when: Rule,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub triage: BTreeMap<String, Cited>,
    pub factor: toml::Table,
    pub specialist: toml::Table,
    pub procedure: toml::Table,
    pub advice: toml::Table,
}

/// Anything with a rule and sources; the order of factors and the rest is the file's,
/// so they are read from a `toml::Table` (which keeps it) into these.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    #[serde(default)]
    pub when: Rule,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Procedure {
    pub helps_when: Rule,
    pub not_advised_when: Vec<String>,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub kind: String,
    pub when: Option<Rule>,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipes {
    pub all: RecipesAll,
    pub recipe: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RecipesAll {
    pub tags: Vec<String>,
    pub caution_when: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    pub times: u32,
    pub days: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Recipe {
    pub helps: Vec<String>,
    pub ingredients: Vec<String>,
    pub steps: Vec<String>,
    pub timed_step: Option<String>,
    pub minutes: Option<u32>,
    pub limit: Option<Limit>,
    pub not_advised_when: Vec<String>,
    pub caution_when: Vec<String>,
    #[serde(default)]
    pub caution_for_everyone: bool,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}
