//! The shape of the structure files in `content/`, as serde reads them. Unknown fields
//! are errors, so a misspelt key fails the build instead of being ignored.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: Option<String>,
    #[serde(default)]
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
    pub stops_at: Option<Level>,
}

#[derive(Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    SelfCare,
    Routine,
    Soon,
    Urgent,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::SelfCare, Level::Routine, Level::Soon, Level::Urgent];

    pub fn id(self) -> &'static str {
        match self {
            Level::SelfCare => "self-care",
            Level::Routine => "routine",
            Level::Soon => "soon",
            Level::Urgent => "urgent",
        }
    }

    pub fn variant(self) -> &'static str {
        match self {
            Level::SelfCare => "SelfCare",
            Level::Routine => "Routine",
            Level::Soon => "Soon",
            Level::Urgent => "Urgent",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }
}

#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Single,
    Multi,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Question {
    pub kind: Kind,
    pub options: Vec<String>,
    pub exclusive: Option<String>,
    #[serde(default)]
    pub asked_when: Vec<String>,
    /// The options are places on the body, shown on the body map too.
    #[serde(default)]
    pub body_map: bool,
    /// Options that hold wherever a rule names the options listed for them.
    #[serde(default)]
    pub counts_as: BTreeMap<String, Vec<String>>,
    /// The options shown in groups under a heading each (`group.<question>.<id>`), the
    /// exclusive option first and apart.
    #[serde(default)]
    pub groups: Vec<OptionGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionGroup {
    pub id: String,
    pub options: Vec<String>,
}

/// One clause of a rule: every `all` condition and, when given, one of `any`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    #[serde(default)]
    pub all: Vec<String>,
    #[serde(default)]
    pub any: Vec<String>,
    pub because: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Assessment {
    pub red_flag_from: Level,
    pub triage: BTreeMap<String, Vec<Clause>>,
    pub factor: toml::Table,
    pub specialist: toml::Table,
    pub every_procedure: EveryProcedure,
    pub procedure: toml::Table,
    pub advice: toml::Table,
}

/// A factor, a specialist: a rule and the sources of what is said about it. The order of
/// these and the rest is the file's, so they are read from a `toml::Table` (which keeps
/// it) into these.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub when: Vec<Clause>,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EveryProcedure {
    pub not_advised: Vec<Clause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Procedure {
    #[serde(default)]
    pub helps: Vec<Clause>,
    pub not_advised: Vec<Clause>,
    #[serde(default)]
    pub stages: Vec<String>,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}

#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AdviceKind {
    Caveat,
    Now,
    Do,
    Avoid,
    HelpIf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Advice {
    pub kind: AdviceKind,
    pub when: Option<Vec<Clause>>,
    /// The question a caveat offers to go back to.
    pub revisits: Option<String>,
    /// While this caveat shows, the verdict takes the triage's provisional wording.
    #[serde(default)]
    pub provisional_verdict: bool,
    /// When this holds, the item is shown first, among what to do now.
    pub leads_when: Option<Vec<Clause>>,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Recipes {
    pub every_recipe: EveryRecipe,
    pub harsh_recipes: HarshRecipes,
    pub recipe: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EveryRecipe {
    pub tags: Vec<String>,
    pub caution: Vec<Clause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct HarshRecipes {
    pub recipes: Vec<String>,
    pub not_advised: Vec<Clause>,
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
    #[serde(default)]
    pub not_advised: Vec<Clause>,
    #[serde(default)]
    pub caution: Vec<Clause>,
    pub sources: Vec<String>,
    pub evidence: Option<String>,
}
