//! Checks the structure files against each other and against the texts, and writes them
//! out as Rust statics of the types in `src/content/model.rs`.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::model::{self, AdviceKind, Kind, Level};
use crate::texts::{text_literal, Texts};

/// Text keys under these prefixes belong to structure items; any other key there is a
/// text for an id that does not exist.
const STRUCTURED: [&str; 14] = [
    "step",
    "question",
    "option",
    "help",
    "why",
    "triage",
    "because",
    "factor",
    "specialist",
    "procedure",
    "advice",
    "evidence",
    "recipe",
    "source",
];

/// Which conditions a rule may use: derived facts only where they are known already.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Asked-when and factors: the answers alone.
    Answers,
    /// Triage: the answers and the factors.
    Factors,
    /// Everything after the triage: answers, factors and the triage.
    Triage,
}

/// Whether each clause of a rule must cite its own sources (safety rules do), or takes
/// them from the item it belongs to, with (`ByItemWithText`) or without a text of its own
/// that fits the answers that made it hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Citing {
    PerClause,
    ByItem,
    ByItemWithText,
}

/// Where an error is: the file and the item, so that every message names both.
struct At<'f> {
    file: &'f Path,
    owner: String,
}

impl At<'_> {
    fn error(&self, message: impl std::fmt::Display) -> String {
        format!("{}: {} {message}", self.file.display(), self.owner)
    }
}

struct Compiler<'a> {
    dir: PathBuf,
    texts: &'a Texts,
    used: RefCell<BTreeSet<String>>,
    sources: Vec<(String, model::Source)>,
    interview: model::Interview,
    /// Each question's place in `QUESTIONS`: the order of the steps.
    places: Vec<String>,
    factors: Vec<String>,
    /// Every clause, emitted once; rules refer to them by index.
    clauses: RefCell<Vec<String>>,
}

/// The generated Rust for the content in `dir`, or the first inconsistency, naming the
/// file and the id.
pub fn compile(dir: &Path, texts: &Texts) -> Result<String, String> {
    let sources_file = dir.join("sources.toml");
    let sources: toml::Table = read(&sources_file)?;
    let sources = items::<model::Source>(&sources_file, "source", &sources)?;
    let assessment: model::Assessment = read(&dir.join("assessment.toml"))?;
    let interview: model::Interview = read(&dir.join("interview.toml"))?;
    let places: Vec<String> = interview.step.iter().flat_map(|s| s.questions.iter().cloned()).collect();
    // Conditions and citations hold these places as bytes.
    for (file, what, count) in [
        ("sources.toml", "sources", sources.len()),
        ("interview.toml", "questions in steps", places.len()),
        ("assessment.toml", "factors", assessment.factor.len()),
    ] {
        if count > 256 {
            return Err(format!("{}: {count} {what}; at most 256 fit", dir.join(file).display()));
        }
    }
    let compiler = Compiler {
        dir: dir.to_owned(),
        texts,
        used: RefCell::default(),
        sources,
        interview,
        places,
        factors: assessment.factor.keys().cloned().collect(),
        clauses: RefCell::default(),
    };
    let mut code = String::new();
    compiler.emit_sources(&mut code)?;
    compiler.emit_interview(&mut code)?;
    compiler.emit_assessment(&mut code, &assessment)?;
    compiler.emit_recipes(&mut code)?;
    write_static(&mut code, "CLAUSES", "Clause", &compiler.clauses.borrow());
    compiler.check_dangling_texts()?;
    Ok(code)
}

pub fn read<T: DeserializeOwned>(path: &Path) -> Result<T, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&source).map_err(|e| format!("{}: {e}", path.display()))
}

fn items<T: DeserializeOwned>(
    file: &Path,
    kind: &str,
    table: &toml::Table,
) -> Result<Vec<(String, T)>, String> {
    table
        .iter()
        .map(|(id, value)| {
            value
                .clone()
                .try_into()
                .map(|item| (id.clone(), item))
                .map_err(|e| format!("{}: {kind} `{id}`: {e}", file.display()))
        })
        .collect()
}

impl Compiler<'_> {
    fn has_text(&self, key: &str) -> bool {
        self.texts.languages[0].texts.contains_key(key)
    }

    fn text(&self, key: &str) -> Result<String, String> {
        self.used.borrow_mut().insert(key.to_owned());
        text_literal(self.texts, key)
    }

    fn optional_text(&self, key: &str) -> Result<String, String> {
        if self.has_text(key) {
            Ok(format!("Some({})", self.text(key)?))
        } else {
            Ok("None".into())
        }
    }

    /// A text that an item names by id under `prefix` (`evidence.<id>`, `because.<id>`).
    fn named_text(&self, at: &At, what: &str, prefix: &str, id: &Option<String>) -> Result<String, String> {
        let Some(id) = id else { return Ok("None".into()) };
        let key = format!("{prefix}.{id}");
        if !self.has_text(&key) {
            return Err(at.error(format_args!("names {what} `{id}`, which no text file has (`{key}`)")));
        }
        Ok(format!("Some({})", self.text(&key)?))
    }

    fn emit_sources(&self, code: &mut String) -> Result<(), String> {
        let file = self.dir.join("sources.toml");
        let mut out = Vec::new();
        for (id, source) in &self.sources {
            let at = At { file: &file, owner: format!("source `{id}`") };
            let url = match &source.url {
                None => "None".to_owned(),
                Some(url) if url.starts_with("https://") => format!("Some({url:?})"),
                Some(url) => return Err(at.error(format_args!("has a link that is not https: `{url}`"))),
            };
            out.push(format!(
                "Source {{ id: {id:?}, title: {}, url: {url} }}",
                self.text(&format!("source.{id}.title"))?
            ));
            for section in &source.sections {
                // Sections are emitted where cited; mark their texts as belonging to an item.
                self.used.borrow_mut().insert(format!("source.{id}.{section}"));
            }
        }
        write_static(code, "SOURCES", "Source", &out);
        Ok(())
    }

    fn citations(&self, at: &At, cites: &[String]) -> Result<String, String> {
        if cites.is_empty() {
            return Err(at.error("names no source"));
        }
        let mut out = Vec::new();
        for cite in cites {
            let (id, section) = match cite.split_once('#') {
                Some((id, section)) => (id, Some(section)),
                None => (cite.as_str(), None),
            };
            let index = self
                .sources
                .iter()
                .position(|(s, _)| s == id)
                .ok_or_else(|| at.error(format_args!("cites unknown source `{id}`")))?;
            let section = match section {
                None => "None".to_owned(),
                Some(section) if self.sources[index].1.sections.iter().any(|s| s == section) => {
                    format!("Some({})", self.text(&format!("source.{id}.{section}"))?)
                }
                Some(_) => return Err(at.error(format_args!("cites unknown section `{cite}`"))),
            };
            out.push(format!("Citation {{ source_index: {index}, section: {section} }}"));
        }
        Ok(format!("&[{}]", out.join(", ")))
    }

    fn question(&self, id: &str) -> Option<&model::Question> {
        self.interview.question.get(id)
    }

    /// One condition of the rule language (see content/assessment.toml).
    fn condition(&self, at: &At, text: &str, scope: Scope) -> Result<String, String> {
        let not_here = || at.error(format_args!("uses `{text}`, which is not known yet where it is used"));
        for (prefix, variant) in [("factor:", "Factor"), ("!factor:", "NoFactor")] {
            if let Some(factor) = text.strip_prefix(prefix) {
                if scope == Scope::Answers {
                    return Err(not_here());
                }
                let place = self
                    .factors
                    .iter()
                    .position(|f| f == factor)
                    .ok_or_else(|| at.error(format_args!("names unknown factor `{factor}`")))?;
                return Ok(format!("Condition::{variant}({place})"));
            }
        }
        for (prefix, variant) in [("triage>=", "TriageAtLeast"), ("triage<=", "TriageAtMost")] {
            if let Some(level) = text.strip_prefix(prefix) {
                if scope != Scope::Triage {
                    return Err(not_here());
                }
                let level = Level::from_id(level)
                    .ok_or_else(|| at.error(format_args!("names unknown triage level `{level}`")))?;
                return Ok(format!("Condition::{variant}(Triage::{})", level.variant()));
            }
        }
        let (question, options, variant) = if let Some((q, o)) = text.split_once("!=") {
            (q, o, "Lacks")
        } else if let Some((q, o)) = text.split_once('=') {
            (q, o, "Has")
        } else {
            return Err(at.error(format_args!("cannot read condition `{text}`")));
        };
        let known = self
            .question(question)
            .ok_or_else(|| at.error(format_args!("names unknown question `{question}`")))?;
        let place = self
            .places
            .iter()
            .position(|q| q == question)
            .ok_or_else(|| at.error(format_args!("names question `{question}`, which is in no step")))?;
        // `q!=*`: the question is unanswered.
        let options: Vec<&str> = match (variant, options) {
            ("Lacks", "*") => known.options.iter().map(String::as_str).collect(),
            _ => options.split('|').collect(),
        };
        let bit = |option: &str| known.options.iter().position(|o| o == option).map(|at| 1_u32 << at);
        let mut mask = 0_u32;
        for option in &options {
            mask |= bit(option).ok_or_else(|| {
                at.error(format_args!("names unknown option `{option}` of question `{question}`"))
            })?;
            // An option that counts as this one holds where it does, and is lacking where
            // it is.
            for (counted, as_options) in &known.counts_as {
                if as_options.iter().any(|o| o == option) {
                    mask |= bit(counted).unwrap_or_default();
                }
            }
        }
        Ok(format!("Condition::{variant}({place}, {mask:#b})"))
    }

    fn conditions(&self, at: &At, list: &[String], scope: Scope) -> Result<String, String> {
        let out: Result<Vec<_>, _> = list.iter().map(|c| self.condition(at, c, scope)).collect();
        Ok(format!("&[{}]", out?.join(", ")))
    }

    /// Emits the clause into `CLAUSES` and returns its index.
    fn clause(&self, at: &At, clause: &model::Clause, scope: Scope, citing: Citing) -> Result<usize, String> {
        if clause.all.is_empty() && clause.any.is_empty() && clause.because.is_none() {
            return Err(at.error("has a clause with no condition, which must say `because`"));
        }
        let sources = match citing {
            Citing::PerClause => self.citations(at, &clause.sources)?,
            Citing::ByItem if clause.sources.is_empty() && clause.because.is_none() => "&[]".to_owned(),
            Citing::ByItemWithText if clause.sources.is_empty() => "&[]".to_owned(),
            Citing::ByItem | Citing::ByItemWithText => {
                return Err(
                    at.error("has a clause with its own `because` or `sources`; here the item's apply")
                )
            }
        };
        let code = format!(
            "Clause {{ all: {}, any: {}, because: {}, sources: {sources} }}",
            self.conditions(at, &clause.all, scope)?,
            self.conditions(at, &clause.any, scope)?,
            self.named_text(at, "reason", "because", &clause.because)?,
        );
        let mut clauses = self.clauses.borrow_mut();
        clauses.push(code);
        Ok(clauses.len() - 1)
    }

    fn clauses(
        &self,
        at: &At,
        list: &[model::Clause],
        scope: Scope,
        citing: Citing,
    ) -> Result<Vec<usize>, String> {
        list.iter().map(|c| self.clause(at, c, scope, citing)).collect()
    }

    fn rule(&self, at: &At, list: &[model::Clause], scope: Scope, citing: Citing) -> Result<String, String> {
        Ok(rule_code(&self.clauses(at, list, scope, citing)?))
    }

    fn emit_interview(&self, code: &mut String) -> Result<(), String> {
        let file = self.dir.join("interview.toml");
        let mut seen = BTreeSet::new();
        let mut steps = Vec::new();
        for step in &self.interview.step {
            let at = At { file: &file, owner: format!("step `{}`", step.id) };
            if step.questions.is_empty() {
                return Err(at.error("has no question"));
            }
            for question in &step.questions {
                if self.question(question).is_none() {
                    return Err(at.error(format_args!("names unknown question `{question}`")));
                }
                if !seen.insert(question.clone()) {
                    return Err(format!(
                        "{}: question `{question}` is in more than one step",
                        file.display()
                    ));
                }
            }
            let stops_at = match step.stops_at {
                None => "None".to_owned(),
                Some(level) => format!("Some(Triage::{})", level.variant()),
            };
            steps.push(format!(
                "Step {{ id: {:?}, title: {}, questions: &{:?}, stops_at: {stops_at} }}",
                step.id,
                self.text(&format!("step.{}.title", step.id))?,
                step.questions
            ));
        }
        let mut questions = Vec::new();
        let mut asked = BTreeSet::new();
        for step in &self.interview.step {
            for id in &step.questions {
                let q = &self.interview.question[id];
                let at = At { file: &file, owner: format!("question `{id}`") };
                let kind = match q.kind {
                    Kind::Single => "Kind::Single",
                    Kind::Multi => "Kind::Multi",
                };
                // Answers keep a bit per option in a u16.
                if q.options.len() > 16 {
                    return Err(at.error("has more than 16 options"));
                }
                for (option, as_options) in &q.counts_as {
                    for named in std::iter::once(option).chain(as_options) {
                        if !q.options.contains(named) {
                            return Err(at.error(format_args!(
                                "counts `{option}` as `{named}`, which is not one of its options"
                            )));
                        }
                    }
                    if let Some(chained) = as_options.iter().find(|o| {
                        q.counts_as.contains_key(*o) || *o == option || Some(*o) == q.exclusive.as_ref()
                    }) {
                        return Err(at.error(format_args!(
                            "counts `{option}` as `{chained}`, which is itself, the exclusive option or counts as others"
                        )));
                    }
                }
                if let Some(exclusive) = &q.exclusive {
                    if !q.options.contains(exclusive) || q.kind != Kind::Multi {
                        return Err(at.error(format_args!(
                            "has exclusive option `{exclusive}`, which must be one of its options, in a multiple choice"
                        )));
                    }
                }
                // A question can only depend on answers the reader has already given.
                for condition in &q.asked_when {
                    let name = condition.split(['=', '!']).next().unwrap_or_default();
                    if !asked.contains(name) {
                        return Err(at.error(format_args!(
                            "is asked when `{condition}`, but `{name}` is not asked before it"
                        )));
                    }
                }
                // Grouped, every option shows once: in one group, or first as the exclusive one.
                if !q.groups.is_empty() {
                    let mut grouped: Vec<&String> = q.groups.iter().flat_map(|g| &g.options).collect();
                    grouped.extend(&q.exclusive);
                    grouped.sort();
                    let mut all: Vec<&String> = q.options.iter().collect();
                    all.sort();
                    if grouped != all {
                        return Err(
                            at.error("groups its options so that one is missing, repeated or unknown")
                        );
                    }
                }
                let groups: Result<Vec<_>, String> = q
                    .groups
                    .iter()
                    .map(|g| {
                        Ok(format!(
                            "OptionGroup {{ title: {}, options: &{:?} }}",
                            self.text(&format!("group.{id}.{}", g.id))?,
                            g.options
                        ))
                    })
                    .collect();
                let options: Result<Vec<_>, String> = q
                    .options
                    .iter()
                    .map(|o| {
                        Ok(format!(
                            "Choice {{ id: {o:?}, label: {} }}",
                            self.text(&format!("option.{id}.{o}"))?
                        ))
                    })
                    .collect();
                questions.push(format!(
                    "Question {{ id: {id:?}, index: {}, kind: {kind}, label: {}, help: {}, why: {}, \
                     options: &[{}], exclusive: {:?}, groups: &[{}], asked_when: {}, body_map: {} }}",
                    questions.len(),
                    self.text(&format!("question.{id}"))?,
                    self.optional_text(&format!("help.{id}"))?,
                    self.text(&format!("why.{id}"))?,
                    options?.join(", "),
                    q.exclusive,
                    groups?.join(", "),
                    self.conditions(&at, &q.asked_when, Scope::Answers)?,
                    q.body_map
                ));
                asked.insert(id.clone());
            }
        }
        for id in self.interview.question.keys() {
            if !seen.contains(id) {
                return Err(format!("{}: question `{id}` is in no step", file.display()));
            }
        }
        write_static(code, "STEPS", "Step", &steps);
        writeln!(code, "pub const QUESTION_COUNT: usize = {};", questions.len()).unwrap();
        write_static(code, "QUESTIONS", "Question", &questions);
        Ok(())
    }

    fn emit_assessment(&self, code: &mut String, assessment: &model::Assessment) -> Result<(), String> {
        let file = self.dir.join("assessment.toml");
        if let Some(unknown) = assessment.triage.keys().find(|k| Level::from_id(k).is_none()) {
            return Err(format!("{}: unknown triage level `{unknown}`", file.display()));
        }
        writeln!(
            code,
            "/// From this level up the result is a red flag: see a doctor first.\n\
             pub const RED_FLAG_FROM: Triage = Triage::{};",
            assessment.red_flag_from.variant()
        )
        .unwrap();
        let mut levels = Vec::new();
        for level in Level::ALL {
            let at = At { file: &file, owner: format!("triage `{}`", level.id()) };
            let clauses = assessment.triage.get(level.id()).map(Vec::as_slice).unwrap_or_default();
            if level == Level::SelfCare && !clauses.is_empty() {
                return Err(at.error("is what applies when no other level does, so it takes no rule"));
            }
            // The provisional wording, for a result whose caveat leaves it unsure, falls
            // back to the plain one where that reassures no one.
            let text = |name: &str| self.text(&format!("triage.{}.{name}", level.id()));
            let provisional = |name: &str| {
                let key = format!("triage.{}.provisional-{name}", level.id());
                if self.has_text(&key) {
                    self.text(&key)
                } else {
                    text(name)
                }
            };
            levels.push(format!(
                "TriageInfo {{ level: Triage::{}, rule: {}, title: {}, action: {}, provisional_title: {}, \
                 provisional_action: {} }}",
                level.variant(),
                self.rule(&at, clauses, Scope::Factors, Citing::PerClause)?,
                text("title")?,
                text("action")?,
                provisional("title")?,
                provisional("action")?,
            ));
        }
        write_static(code, "TRIAGE", "TriageInfo", &levels);

        let mut factors = Vec::new();
        for (id, item) in items::<model::Cited>(&file, "factor", &assessment.factor)? {
            let at = At { file: &file, owner: format!("factor `{id}`") };
            factors.push(format!(
                "Factor {{ id: {id:?}, when: {}, title: {}, why: {}, sources: {}, evidence: {} }}",
                self.rule(&at, &item.when, Scope::Answers, Citing::ByItem)?,
                self.text(&format!("factor.{id}.title"))?,
                self.text(&format!("factor.{id}.why"))?,
                self.citations(&at, &item.sources)?,
                self.named_text(&at, "evidence note", "evidence", &item.evidence)?
            ));
        }
        write_static(code, "FACTORS", "Factor", &factors);

        let mut specialists = Vec::new();
        for (id, item) in items::<model::Cited>(&file, "specialist", &assessment.specialist)? {
            let at = At { file: &file, owner: format!("specialist `{id}`") };
            if item.evidence.is_some() {
                return Err(at.error("has an evidence note, which only advice, factors and treatments take"));
            }
            specialists.push(format!(
                "Specialist {{ id: {id:?}, when: {}, title: {}, why: {}, sources: {} }}",
                self.rule(&at, &item.when, Scope::Triage, Citing::ByItem)?,
                self.text(&format!("specialist.{id}.title"))?,
                self.text(&format!("specialist.{id}.why"))?,
                self.citations(&at, &item.sources)?
            ));
        }
        write_static(code, "SPECIALISTS", "Specialist", &specialists);

        let every = self.clauses(
            &At { file: &file, owner: "[every-procedure]".into() },
            &assessment.every_procedure.not_advised,
            Scope::Triage,
            Citing::PerClause,
        )?;
        let mut procedures = Vec::new();
        for (id, item) in items::<model::Procedure>(&file, "procedure", &assessment.procedure)? {
            let at = At { file: &file, owner: format!("procedure `{id}`") };
            let own = self.clauses(&at, &item.not_advised, Scope::Triage, Citing::PerClause)?;
            let stages: Result<Vec<_>, String> =
                item.stages.iter().map(|s| self.text(&format!("procedure.{id}.stage.{s}"))).collect();
            procedures.push(format!(
                "Procedure {{ id: {id:?}, helps: {}, not_advised: {}, stages: &[{}], title: {}, what: {}, course: {}, \
                 sources: {}, evidence: {} }}",
                self.rule(&at, &item.helps, Scope::Triage, Citing::ByItem)?,
                rule_code(&[every.as_slice(), &own].concat()),
                stages?.join(", "),
                self.text(&format!("procedure.{id}.title"))?,
                self.text(&format!("procedure.{id}.what"))?,
                self.text(&format!("procedure.{id}.course"))?,
                self.citations(&at, &item.sources)?,
                self.named_text(&at, "evidence note", "evidence", &item.evidence)?
            ));
        }
        write_static(code, "PROCEDURES", "Procedure", &procedures);

        let mut advice = Vec::new();
        for (id, item) in items::<model::Advice>(&file, "advice", &assessment.advice)? {
            let at = At { file: &file, owner: format!("advice `{id}`") };
            let kind = match item.kind {
                AdviceKind::Caveat => "AdviceKind::Caveat",
                AdviceKind::Now => "AdviceKind::Now",
                AdviceKind::Do => "AdviceKind::Do",
                AdviceKind::Avoid => "AdviceKind::Avoid",
                AdviceKind::HelpIf => "AdviceKind::HelpIf",
            };
            let rule = |rule: &Option<Vec<model::Clause>>, citing| -> Result<String, String> {
                Ok(match rule {
                    None => "None".to_owned(),
                    Some(rule) => format!("Some({})", self.rule(&at, rule, Scope::Triage, citing)?),
                })
            };
            let revisits = match (&item.revisits, item.kind) {
                (None, _) => "None".to_owned(),
                (Some(question), AdviceKind::Caveat) => {
                    match self.places.iter().position(|q| q == question) {
                        Some(place) => format!("Some(&QUESTIONS[{place}])"),
                        None => return Err(at.error(format_args!("revisits unknown question `{question}`"))),
                    }
                }
                (Some(_), _) => return Err(at.error("revisits a question, which only a caveat does")),
            };
            if item.provisional_verdict && item.kind != AdviceKind::Caveat {
                return Err(at.error("makes the verdict provisional, which only a caveat does"));
            }
            // The item's points, a list under its text: `advice-points.<id>.<n>`, in order.
            let prefix = format!("advice-points.{id}.");
            let keys: Vec<&String> =
                self.texts.languages[0].texts.keys().filter(|key| key.starts_with(&prefix)).collect();
            let points: Result<Vec<String>, String> = keys.iter().map(|key| self.text(key)).collect();
            advice.push(format!(
                "Advice {{ id: {id:?}, kind: {kind}, when: {}, leads_when: {}, revisits: {revisits}, \
                 provisional_verdict: {}, text: {}, points: &[{}], sources: {}, evidence: {} }}",
                rule(&item.when, Citing::ByItemWithText)?,
                rule(&item.leads_when, Citing::ByItem)?,
                item.provisional_verdict,
                self.text(&format!("advice.{id}"))?,
                points?.join(", "),
                self.citations(&at, &item.sources)?,
                self.named_text(&at, "evidence note", "evidence", &item.evidence)?
            ));
        }
        write_static(code, "ADVICE", "Advice", &advice);
        Ok(())
    }

    fn emit_recipes(&self, code: &mut String) -> Result<(), String> {
        let file = self.dir.join("recipes.toml");
        let recipes: model::Recipes = read(&file)?;
        let tags: Result<Vec<_>, String> = recipes
            .every_recipe
            .tags
            .iter()
            .map(|t| Ok(format!("Tag {{ id: {t:?}, label: {} }}", self.text(&format!("tag.{t}"))?)))
            .collect();
        write_static(code, "TAGS", "Tag", &tags?);
        let every = self.clauses(
            &At { file: &file, owner: "[every-recipe]".into() },
            &recipes.every_recipe.caution,
            Scope::Triage,
            Citing::PerClause,
        )?;
        let harsh_at = At { file: &file, owner: "[harsh-recipes]".into() };
        let harsh =
            self.clauses(&harsh_at, &recipes.harsh_recipes.not_advised, Scope::Triage, Citing::PerClause)?;
        if let Some(unknown) = recipes.harsh_recipes.recipes.iter().find(|r| !recipes.recipe.contains_key(*r))
        {
            return Err(harsh_at.error(format_args!("names unknown recipe `{unknown}`")));
        }
        let mut out = Vec::new();
        for (id, item) in items::<model::Recipe>(&file, "recipe", &recipes.recipe)? {
            let at = At { file: &file, owner: format!("recipe `{id}`") };
            if let Some(tag) = item.helps.iter().find(|t| !recipes.every_recipe.tags.contains(t)) {
                return Err(at.error(format_args!("names unknown tag `{tag}`")));
            }
            let timer = match (&item.timed_step, item.minutes) {
                (None, None) => "None".to_owned(),
                // Mask mode offers the timer on that step, and the way on after it (taking the
                // mask off) on the next.
                (Some(step), Some(minutes)) if minutes > 0 => match item.steps.iter().position(|s| s == step)
                {
                    Some(index) if index + 1 < item.steps.len() => {
                        format!("Some(Timer {{ step: {index}, minutes: {minutes} }})")
                    }
                    Some(_) => {
                        return Err(
                            at.error(format_args!("times its last step `{step}`: no step takes it off"))
                        )
                    }
                    None => return Err(at.error(format_args!("times step `{step}`, which it does not have"))),
                },
                _ => return Err(at.error("needs both `timed-step` and `minutes` above zero, or neither")),
            };
            let limit = match &item.limit {
                None => "None".to_owned(),
                Some(l) if l.times > 0 && l.days > 0 => format!(
                    "Some(Limit {{ times: {}, days: {}, text: {} }})",
                    l.times,
                    l.days,
                    self.text(&format!("recipe.{id}.limit"))?
                ),
                Some(_) => return Err(at.error("has a limit that needs `times` and `days` above zero")),
            };
            let parts = |kind: &str, ids: &[String]| -> Result<String, String> {
                let texts: Result<Vec<_>, String> =
                    ids.iter().map(|x| self.text(&format!("recipe.{id}.{kind}.{x}"))).collect();
                Ok(format!("&[{}]", texts?.join(", ")))
            };
            let is_harsh = recipes.harsh_recipes.recipes.contains(&id);
            let own_not_advised = self.clauses(&at, &item.not_advised, Scope::Triage, Citing::PerClause)?;
            let not_advised =
                if is_harsh { [harsh.as_slice(), &own_not_advised].concat() } else { own_not_advised };
            let own_caution = self.clauses(&at, &item.caution, Scope::Triage, Citing::PerClause)?;
            out.push(format!(
                "Recipe {{ id: {id:?}, index: {}, helps: &{:?}, not_advised: {}, caution: {}, title: {}, \
                 purpose: {}, cautions: {}, note: {}, ingredients: {}, steps: {}, timer: {timer}, limit: {limit}, \
                 sources: {}, evidence: {} }}",
                out.len(),
                item.helps,
                rule_code(&not_advised),
                rule_code(&[every.as_slice(), &own_caution].concat()),
                self.text(&format!("recipe.{id}.title"))?,
                self.text(&format!("recipe.{id}.purpose"))?,
                self.text(&format!("recipe.{id}.cautions"))?,
                self.optional_text(&format!("recipe.{id}.note"))?,
                parts("ingredient", &item.ingredients)?,
                parts("step", &item.steps)?,
                self.citations(&at, &item.sources)?,
                self.named_text(&at, "evidence note", "evidence", &item.evidence)?
            ));
        }
        write_static(code, "RECIPES", "Recipe", &out);
        Ok(())
    }

    fn check_dangling_texts(&self) -> Result<(), String> {
        let used = self.used.borrow();
        let reference = &self.texts.languages[0];
        for key in reference.texts.keys() {
            let prefix = key.split('.').next().unwrap_or_default();
            if STRUCTURED.contains(&prefix) && !used.contains(key) {
                return Err(format!(
                    "{}: text `{key}` belongs to no item of the structure files (a dangling id?)",
                    reference.file.display()
                ));
            }
        }
        Ok(())
    }
}

/// `&[&CLAUSES[i], ...]`: a rule made of clauses emitted once.
fn rule_code(indices: &[usize]) -> String {
    let refs: Vec<String> = indices.iter().map(|i| format!("&CLAUSES[{i}]")).collect();
    format!("&[{}]", refs.join(", "))
}

/// `pub static NAME: [Type; N] = [items];`
fn write_static(code: &mut String, name: &str, ty: &str, items: &[String]) {
    writeln!(code, "pub static {name}: [{ty}; {}] = [{}];", items.len(), items.join(",\n")).unwrap();
}
