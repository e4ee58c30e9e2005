//! The types of the generated content data. Ids are the public ones of the product
//! description; every id a rule names was checked at build time.

use super::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Single,
    Multi,
}

#[derive(Debug, PartialEq)]
pub struct Choice {
    pub id: &'static str,
    pub label: Text,
}

#[derive(Debug, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub kind: Kind,
    pub label: Text,
    /// A line explaining a term in the question, where one needs it.
    pub help: Option<Text>,
    pub options: &'static [Choice],
    /// The option ("none") that clears the others and is cleared by them.
    pub exclusive: Option<&'static str>,
    /// Asked only when this rule holds; an empty rule means always.
    pub asked_when: Rule,
}

impl Question {
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.options.iter().find(|c| c.id == id)
    }
}

#[derive(Debug, PartialEq)]
pub struct Step {
    pub id: &'static str,
    pub title: Text,
    pub questions: &'static [&'static str],
    /// The interview ends after this step when the answers reach this level.
    pub stops_at: Option<Triage>,
}

/// How soon to see someone, least urgent first so that `Ord` means "more urgent".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Triage {
    SelfCare,
    Routine,
    Soon,
    Urgent,
}

impl Triage {
    /// The `data-triage` hook.
    pub const fn id(self) -> &'static str {
        match self {
            Triage::SelfCare => "self-care",
            Triage::Routine => "routine",
            Triage::Soon => "soon",
            Triage::Urgent => "urgent",
        }
    }
}

/// One condition of a rule; see `content/assessment.toml` for the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Has(&'static str, &'static str),
    Lacks(&'static str, &'static str),
    Factor(&'static str),
    TriageAtLeast(Triage),
}

/// Alternatives, each a list of conditions that must all hold.
pub type Rule = &'static [&'static [Condition]];

#[derive(Debug, PartialEq)]
pub struct Citation {
    pub source: &'static str,
    pub title: Text,
    pub section: Text,
}

pub type Citations = &'static [Citation];

#[derive(Debug, PartialEq)]
pub struct TriageInfo {
    pub level: Triage,
    pub when: Rule,
    pub title: Text,
    pub action: Text,
    pub sources: Citations,
}

#[derive(Debug, PartialEq)]
pub struct Factor {
    pub id: &'static str,
    pub when: Rule,
    pub title: Text,
    pub why: Text,
    pub sources: Citations,
    pub evidence: Option<Text>,
}

#[derive(Debug, PartialEq)]
pub struct Specialist {
    pub id: &'static str,
    pub when: Rule,
    pub title: Text,
    pub why: Text,
    pub sources: Citations,
}

#[derive(Debug, PartialEq)]
pub struct Procedure {
    pub id: &'static str,
    pub helps_when: Rule,
    pub not_advised_when: &'static [Condition],
    pub title: Text,
    pub what: Text,
    pub course: Text,
    pub sources: Citations,
    pub evidence: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdviceKind {
    Do,
    Avoid,
}

#[derive(Debug, PartialEq)]
pub struct Advice {
    pub id: &'static str,
    pub kind: AdviceKind,
    /// Shown when this holds; `None` means always.
    pub when: Option<Rule>,
    pub text: Text,
    pub sources: Citations,
    pub evidence: Option<Text>,
}

/// A filter of the guide: what a recipe helps with.
#[derive(Debug, PartialEq)]
pub struct Tag {
    pub id: &'static str,
    pub label: Text,
}

/// The step that waits on the skin, and for how long.
#[derive(Debug, PartialEq)]
pub struct Timer {
    pub step: &'static str,
    pub minutes: u32,
}

/// At most `times` within any `days` days in a row.
#[derive(Debug, PartialEq)]
pub struct Limit {
    pub times: u32,
    pub days: u32,
    pub text: Text,
}

#[derive(Debug, PartialEq)]
pub struct Recipe {
    pub id: &'static str,
    /// Tag ids.
    pub helps: &'static [&'static str],
    pub not_advised_when: &'static [Condition],
    pub caution_when: &'static [Condition],
    /// A risk that makes the recipe `caution` for everyone, and why.
    pub risk: Option<Text>,
    pub title: Text,
    pub purpose: Text,
    /// Who should not use it, before the checker has said anything about the reader.
    pub cautions: Text,
    pub ingredients: &'static [(&'static str, Text)],
    pub steps: &'static [(&'static str, Text)],
    pub timer: Option<Timer>,
    pub limit: Option<Limit>,
    pub sources: Citations,
    pub evidence: Option<Text>,
}
