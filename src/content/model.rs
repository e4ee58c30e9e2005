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

/// Compared by identity (`index`): there is one of each, built in.
#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    /// Its place in `QUESTIONS`, and in the answers.
    pub index: usize,
    pub kind: Kind,
    pub label: Text,
    /// A line explaining a term in the question, where one needs it.
    pub help: Option<Text>,
    /// Why the question is asked, one line the reader can open.
    pub why: Text,
    pub options: &'static [Choice],
    /// The option ("none") that clears the others and is cleared by them.
    pub exclusive: Option<&'static str>,
    /// The options under headings, where there are many: the exclusive one is then shown
    /// first, apart. Every other option is in one group.
    pub groups: &'static [OptionGroup],
    /// Asked only when all of these hold; none means always.
    pub asked_when: &'static [Condition],
    /// Its options are places on the body, which the body map shows too.
    pub body_map: bool,
}

/// Options shown together under a heading.
#[derive(Debug, PartialEq)]
pub struct OptionGroup {
    pub title: Text,
    pub options: &'static [&'static str],
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

/// One condition of a rule; see `content/assessment.toml` for the language. Places are
/// bytes rather than `usize` or references, so that each of the content's conditions
/// takes four bytes of the wasm's data instead of twelve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The answer to the question at this place includes at least one of the options, a
    /// bit each in the mask.
    Has(u8, u16),
    /// It includes none of them.
    Lacks(u8, u16),
    /// The factor at this place in `FACTORS` was found.
    Factor(u8),
    NoFactor(u8),
    TriageAtLeast(Triage),
    TriageAtMost(Triage),
}

/// Holds when every `all` condition holds and, if `any` is not empty, one of `any`.
#[derive(Debug, PartialEq)]
pub struct Clause {
    pub all: &'static [Condition],
    pub any: &'static [Condition],
    /// Why the rule matters, for the reader.
    pub because: Option<Text>,
    /// Where the rule comes from; empty where the item it belongs to cites them.
    pub sources: Citations,
}

/// Holds when any of its clauses holds.
pub type Rule = &'static [&'static Clause];

#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub title: Text,
    pub url: Option<&'static str>,
}

#[derive(Debug, PartialEq)]
pub struct Citation {
    /// Its place in `SOURCES`: a byte where a reference would take four, in each of the
    /// content's many citations.
    pub source_index: u8,
    pub section: Option<Text>,
}

impl Citation {
    pub fn source(&self) -> &'static Source {
        &super::SOURCES[usize::from(self.source_index)]
    }
}

pub type Citations = &'static [Citation];

#[derive(Debug, PartialEq)]
pub struct TriageInfo {
    pub level: Triage,
    pub rule: Rule,
    pub title: Text,
    pub action: Text,
    /// The wording under a caveat that unsettles the verdict (the warning signs
    /// unchecked): nothing in it may say or imply that no doctor is needed.
    pub provisional_title: Text,
    pub provisional_action: Text,
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
    /// What it is aimed at: description only, never a reason to call it suitable.
    pub helps: Rule,
    /// Its contraindications, those every procedure shares first.
    pub not_advised: Rule,
    /// How a session goes, where the article describes it.
    pub stages: &'static [Text],
    pub title: Text,
    pub what: Text,
    pub course: Text,
    pub sources: Citations,
    pub evidence: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdviceKind {
    /// What the result could not check; stands above the verdict, which then takes its
    /// provisional wording.
    Caveat,
    /// What to do first; leads the result.
    Now,
    Do,
    Avoid,
    /// When to get help sooner than the verdict says: after what to do.
    HelpIf,
}

#[derive(Debug, PartialEq)]
pub struct Advice {
    pub id: &'static str,
    pub kind: AdviceKind,
    /// Shown when this holds; `None` means always. A clause's `because` is a text that fits
    /// the answers that made it hold, shown after the item's own.
    pub when: Option<Rule>,
    /// When this holds, the item is shown first, among what to do now.
    pub leads_when: Option<Rule>,
    /// The question a caveat offers to go back to.
    pub revisits: Option<&'static Question>,
    /// While this caveat shows, the verdict takes the triage's provisional wording.
    pub provisional_verdict: bool,
    pub text: Text,
    /// A list under the text, one point a line (the emergency signs).
    pub points: &'static [Text],
    pub sources: Citations,
    pub evidence: Option<Text>,
}

/// A filter of the guide: what a recipe helps with.
#[derive(Debug, PartialEq)]
pub struct Tag {
    pub id: &'static str,
    pub label: Text,
}

/// The step that waits on the skin (an index into the steps), and for how long.
#[derive(Debug, PartialEq)]
pub struct Timer {
    pub step: usize,
    pub minutes: u32,
}

/// At most `times` within any `days` days in a row.
#[derive(Debug, PartialEq)]
pub struct Limit {
    pub times: u32,
    pub days: u32,
    pub text: Text,
}

/// Compared by identity (`index`): there is one of each, built in.
#[derive(Debug)]
pub struct Recipe {
    pub id: &'static str,
    /// Its place in `RECIPES`, where the reader's open cards and countdowns are kept.
    pub index: usize,
    /// Tag ids.
    pub helps: &'static [&'static str],
    /// Any clause that holds rules it out; those of its groups come first.
    pub not_advised: Rule,
    /// Otherwise any clause that holds makes it a caution; a clause with no condition
    /// makes it a caution for everyone.
    pub caution: Rule,
    pub title: Text,
    pub purpose: Text,
    /// Who should not use it, before the checker has said anything about the reader.
    pub cautions: Text,
    /// What the recipe leaves out of the article, and why.
    pub note: Option<Text>,
    pub ingredients: &'static [Text],
    pub steps: &'static [Text],
    pub timer: Option<Timer>,
    pub limit: Option<Limit>,
    pub sources: Citations,
    pub evidence: Option<Text>,
}

impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}

impl Eq for Question {}

impl PartialEq for Recipe {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}

impl Eq for Recipe {}

impl Recipe {
    /// Whether the guide's filter by `tag` shows it.
    pub fn helps_with(&self, tag: &Tag) -> bool {
        self.helps.contains(&tag.id)
    }
}
