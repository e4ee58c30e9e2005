//! Checks the structure files against each other and against the texts, and writes them
//! out as Rust statics of the types in `src/content/model.rs`.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::model::{self, Rule};
use crate::texts::{text_literal, Texts};

/// Text keys under these prefixes belong to structure items; any other key there is a
/// text for an id that does not exist.
const STRUCTURED: [&str; 11] = [
    "step",
    "question",
    "option",
    "triage",
    "factor",
    "specialist",
    "procedure",
    "advice",
    "evidence",
    "recipe",
    "source",
];

const TRIAGE_LEVELS: [(&str, &str); 4] =
    [("self-care", "SelfCare"), ("routine", "Routine"), ("soon", "Soon"), ("urgent", "Urgent")];

pub struct Compiler<'a> {
    dir: PathBuf,
    texts: &'a Texts,
    used: RefCell<BTreeSet<String>>,
    sources: BTreeMap<String, model::Source>,
    interview: model::Interview,
    factors: Vec<String>,
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

impl<'a> Compiler<'a> {
    pub fn new(dir: &Path, texts: &'a Texts) -> Result<Self, String> {
        let sources = read(&dir.join("sources.toml"))?;
        let interview = read(&dir.join("interview.toml"))?;
        let mut compiler = Compiler {
            dir: dir.to_owned(),
            texts,
            used: RefCell::default(),
            sources,
            interview,
            factors: Vec::new(),
        };
        let assessment: model::Assessment = read(&dir.join("assessment.toml"))?;
        compiler.factors = assessment.factor.keys().cloned().collect();
        Ok(compiler)
    }

    fn text(&self, key: &str) -> Result<String, String> {
        self.used.borrow_mut().insert(key.to_owned());
        text_literal(self.texts, key)
    }

    fn optional_text(&self, key: &str) -> Result<String, String> {
        if self.texts.languages[0].texts.contains_key(key) {
            Ok(format!("Some({})", self.text(key)?))
        } else {
            Ok("None".into())
        }
    }

    fn evidence(&self, file: &Path, owner: &str, id: &Option<String>) -> Result<String, String> {
        match id {
            None => Ok("None".into()),
            Some(id) => {
                let key = format!("evidence.{id}");
                if !self.texts.languages[0].texts.contains_key(&key) {
                    return Err(format!(
                        "{}: {owner} names evidence note `{id}`, which no text file has",
                        file.display()
                    ));
                }
                Ok(format!("Some({})", self.text(&key)?))
            }
        }
    }

    fn citations(&self, file: &Path, owner: &str, cites: &[String]) -> Result<String, String> {
        if cites.is_empty() {
            return Err(format!("{}: {owner} names no source", file.display()));
        }
        let mut out = Vec::new();
        for cite in cites {
            let (source, section) = cite.split_once('#').ok_or_else(|| {
                format!("{}: {owner}: source `{cite}` must be \"source#section\"", file.display())
            })?;
            let known = self
                .sources
                .get(source)
                .ok_or_else(|| format!("{}: {owner} cites unknown source `{source}`", file.display()))?;
            if !known.sections.iter().any(|s| s == section) {
                return Err(format!("{}: {owner} cites unknown section `{cite}`", file.display()));
            }
            out.push(format!(
                "Citation {{ source: {source:?}, title: {}, section: {} }}",
                self.text(&format!("source.{source}.title"))?,
                self.text(&format!("source.{source}.{section}"))?
            ));
        }
        Ok(format!("&[{}]", out.join(", ")))
    }

    fn question(&self, id: &str) -> Option<&model::Question> {
        self.interview.question.get(id)
    }

    /// One condition of the rule language (see content/assessment.toml).
    fn condition(&self, file: &Path, owner: &str, text: &str, allow_derived: bool) -> Result<String, String> {
        let derived_error = || format!("{}: {owner}: `{text}` may only name answers here", file.display());
        if let Some(factor) = text.strip_prefix("factor:") {
            if !allow_derived {
                return Err(derived_error());
            }
            if !self.factors.iter().any(|f| f == factor) {
                return Err(format!("{}: {owner} names unknown factor `{factor}`", file.display()));
            }
            return Ok(format!("Condition::Factor({factor:?})"));
        }
        if let Some(level) = text.strip_prefix("triage>=") {
            if !allow_derived {
                return Err(derived_error());
            }
            let variant = triage_variant(level)
                .ok_or_else(|| format!("{}: {owner} names unknown triage level `{level}`", file.display()))?;
            return Ok(format!("Condition::TriageAtLeast(Triage::{variant})"));
        }
        let (question, option, variant) = if let Some((q, o)) = text.split_once("!=") {
            (q, o, "Lacks")
        } else if let Some((q, o)) = text.split_once('=') {
            (q, o, "Has")
        } else {
            return Err(format!("{}: {owner}: cannot read condition `{text}`", file.display()));
        };
        let known = self
            .question(question)
            .ok_or_else(|| format!("{}: {owner} names unknown question `{question}`", file.display()))?;
        if !known.options.iter().any(|o| o == option) {
            return Err(format!(
                "{}: {owner} names unknown option `{option}` of question `{question}`",
                file.display()
            ));
        }
        Ok(format!("Condition::{variant}({question:?}, {option:?})"))
    }

    fn conditions(
        &self,
        file: &Path,
        owner: &str,
        list: &[String],
        allow_derived: bool,
    ) -> Result<String, String> {
        let out: Result<Vec<_>, _> =
            list.iter().map(|c| self.condition(file, owner, c, allow_derived)).collect();
        Ok(format!("&[{}]", out?.join(", ")))
    }

    fn rule(&self, file: &Path, owner: &str, rule: &Rule, allow_derived: bool) -> Result<String, String> {
        let out: Result<Vec<_>, _> =
            rule.iter().map(|c| self.conditions(file, owner, c, allow_derived)).collect();
        Ok(format!("&[{}]", out?.join(", ")))
    }

    pub fn emit(&self) -> Result<String, String> {
        let mut code = String::new();
        self.emit_interview(&mut code)?;
        self.emit_assessment(&mut code)?;
        self.emit_recipes(&mut code)?;
        self.check_dangling_texts()?;
        Ok(code)
    }

    fn emit_interview(&self, code: &mut String) -> Result<(), String> {
        let file = self.dir.join("interview.toml");
        let mut seen = BTreeSet::new();
        let mut steps = Vec::new();
        for step in &self.interview.step {
            let owner = format!("step `{}`", step.id);
            if step.questions.is_empty() {
                return Err(format!("{}: {owner} has no question", file.display()));
            }
            for question in &step.questions {
                if self.question(question).is_none() {
                    return Err(format!("{}: {owner} names unknown question `{question}`", file.display()));
                }
                if !seen.insert(question.clone()) {
                    return Err(format!(
                        "{}: question `{question}` is in more than one step",
                        file.display()
                    ));
                }
            }
            let stops_at = match &step.stops_at {
                None => "None".to_owned(),
                Some(level) => format!(
                    "Some(Triage::{})",
                    triage_variant(level).ok_or_else(|| format!(
                        "{}: {owner} names unknown triage level `{level}`",
                        file.display()
                    ))?
                ),
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
                let owner = format!("question `{id}`");
                let kind = match q.kind.as_str() {
                    "single" => "Kind::Single",
                    "multi" => "Kind::Multi",
                    other => return Err(format!("{}: {owner} has unknown kind `{other}`", file.display())),
                };
                if let Some(exclusive) = &q.exclusive {
                    if !q.options.contains(exclusive) || q.kind != "multi" {
                        return Err(format!(
                            "{}: {owner}: exclusive option `{exclusive}` must be one of its options, in a multiple choice",
                            file.display()
                        ));
                    }
                }
                // A question can only depend on answers the reader has already given.
                for condition in q.asked_when.iter().flatten() {
                    let name = condition.split(['=', '!']).next().unwrap_or_default();
                    if !asked.contains(name) {
                        return Err(format!(
                            "{}: {owner} is asked when `{condition}`, but `{name}` is not asked before it",
                            file.display()
                        ));
                    }
                }
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
                    "Question {{ id: {id:?}, kind: {kind}, label: {}, help: {}, options: &[{}], exclusive: {:?}, \
                     asked_when: {} }}",
                    self.text(&format!("question.{id}"))?,
                    self.optional_text(&format!("help.{id}"))?,
                    options?.join(", "),
                    q.exclusive,
                    self.rule(&file, &owner, &q.asked_when, false)?
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
        write_static(code, "QUESTIONS", "Question", &questions);
        Ok(())
    }

    fn emit_assessment(&self, code: &mut String) -> Result<(), String> {
        let file = self.dir.join("assessment.toml");
        let assessment: model::Assessment = read(&file)?;

        let mut levels = Vec::new();
        for (level, variant) in TRIAGE_LEVELS {
            let owner = format!("triage `{level}`");
            let item = assessment
                .triage
                .get(level)
                .ok_or_else(|| format!("{}: triage level `{level}` is missing", file.display()))?;
            levels.push(format!(
                "TriageInfo {{ level: Triage::{variant}, when: {}, title: {}, action: {}, sources: {} }}",
                self.rule(&file, &owner, &item.when, true)?,
                self.text(&format!("triage.{level}.title"))?,
                self.text(&format!("triage.{level}.action"))?,
                self.citations(&file, &owner, &item.sources)?
            ));
        }
        if let Some(unknown) = assessment.triage.keys().find(|k| triage_variant(k).is_none()) {
            return Err(format!("{}: unknown triage level `{unknown}`", file.display()));
        }
        write_static(code, "TRIAGE", "TriageInfo", &levels);

        let mut factors = Vec::new();
        for (id, item) in items::<model::Cited>(&file, "factor", &assessment.factor)? {
            let owner = format!("factor `{id}`");
            factors.push(format!(
                "Factor {{ id: {id:?}, when: {}, title: {}, why: {}, sources: {}, evidence: {} }}",
                self.rule(&file, &owner, &item.when, false)?,
                self.text(&format!("factor.{id}.title"))?,
                self.text(&format!("factor.{id}.why"))?,
                self.citations(&file, &owner, &item.sources)?,
                self.evidence(&file, &owner, &item.evidence)?
            ));
        }
        write_static(code, "FACTORS", "Factor", &factors);

        let mut specialists = Vec::new();
        for (id, item) in items::<model::Cited>(&file, "specialist", &assessment.specialist)? {
            let owner = format!("specialist `{id}`");
            specialists.push(format!(
                "Specialist {{ id: {id:?}, when: {}, title: {}, why: {}, sources: {} }}",
                self.rule(&file, &owner, &item.when, true)?,
                self.text(&format!("specialist.{id}.title"))?,
                self.text(&format!("specialist.{id}.why"))?,
                self.citations(&file, &owner, &item.sources)?
            ));
        }
        write_static(code, "SPECIALISTS", "Specialist", &specialists);

        let mut procedures = Vec::new();
        for (id, item) in items::<model::Procedure>(&file, "procedure", &assessment.procedure)? {
            let owner = format!("procedure `{id}`");
            procedures.push(format!(
                "Procedure {{ id: {id:?}, helps_when: {}, not_advised_when: {}, title: {}, what: {}, course: {}, sources: {}, evidence: {} }}",
                self.rule(&file, &owner, &item.helps_when, true)?,
                self.conditions(&file, &owner, &item.not_advised_when, false)?,
                self.text(&format!("procedure.{id}.title"))?,
                self.text(&format!("procedure.{id}.what"))?,
                self.text(&format!("procedure.{id}.course"))?,
                self.citations(&file, &owner, &item.sources)?,
                self.evidence(&file, &owner, &item.evidence)?
            ));
        }
        write_static(code, "PROCEDURES", "Procedure", &procedures);

        let mut advice = Vec::new();
        for (id, item) in items::<model::Advice>(&file, "advice", &assessment.advice)? {
            let owner = format!("advice `{id}`");
            let kind = match item.kind.as_str() {
                "do" => "AdviceKind::Do",
                "avoid" => "AdviceKind::Avoid",
                other => return Err(format!("{}: {owner} has unknown kind `{other}`", file.display())),
            };
            let when = match &item.when {
                None => "None".to_owned(),
                Some(rule) => format!("Some({})", self.rule(&file, &owner, rule, true)?),
            };
            advice.push(format!(
                "Advice {{ id: {id:?}, kind: {kind}, when: {when}, text: {}, sources: {}, evidence: {} }}",
                self.text(&format!("advice.{id}"))?,
                self.citations(&file, &owner, &item.sources)?,
                self.evidence(&file, &owner, &item.evidence)?
            ));
        }
        write_static(code, "ADVICE", "Advice", &advice);
        Ok(())
    }

    fn emit_recipes(&self, code: &mut String) -> Result<(), String> {
        let file = self.dir.join("recipes.toml");
        let recipes: model::Recipes = read(&file)?;
        let tags: Result<Vec<_>, String> = recipes
            .all
            .tags
            .iter()
            .map(|t| Ok(format!("Tag {{ id: {t:?}, label: {} }}", self.text(&format!("tag.{t}"))?)))
            .collect();
        write_static(code, "TAGS", "Tag", &tags?);
        writeln!(
            code,
            "pub static RECIPE_CAUTION_WHEN: &[Condition] = {};",
            self.conditions(&file, "[all]", &recipes.all.caution_when, true)?
        )
        .unwrap();
        let mut out = Vec::new();
        for (id, item) in items::<model::Recipe>(&file, "recipe", &recipes.recipe)? {
            let owner = format!("recipe `{id}`");
            let risk_key = format!("recipe.{id}.risk");
            let risk = self.optional_text(&risk_key)?;
            if item.caution_for_everyone != (risk != "None") {
                return Err(format!(
                    "{}: {owner}: `caution-for-everyone` and the text `{risk_key}` go together",
                    file.display()
                ));
            }
            if let Some(tag) = item.helps.iter().find(|t| !recipes.all.tags.contains(t)) {
                return Err(format!("{}: {owner} names unknown tag `{tag}`", file.display()));
            }
            let timer = match (&item.timed_step, item.minutes) {
                (None, None) => "None".to_owned(),
                (Some(step), Some(minutes)) if item.steps.contains(step) && minutes > 0 => {
                    format!("Some(Timer {{ step: {step:?}, minutes: {minutes} }})")
                }
                _ => {
                    return Err(format!(
                        "{}: {owner}: `timed-step` must name one of its steps, with `minutes` above zero",
                        file.display()
                    ))
                }
            };
            let limit = match &item.limit {
                None => "None".to_owned(),
                Some(l) if l.times > 0 && l.days > 0 => format!(
                    "Some(Limit {{ times: {}, days: {}, text: {} }})",
                    l.times,
                    l.days,
                    self.text(&format!("recipe.{id}.limit"))?
                ),
                Some(_) => {
                    return Err(format!(
                        "{}: {owner}: a limit needs `times` and `days` above zero",
                        file.display()
                    ))
                }
            };
            let parts = |kind: &str, ids: &[String]| -> Result<String, String> {
                let texts: Result<Vec<_>, String> = ids
                    .iter()
                    .map(|x| Ok(format!("({x:?}, {})", self.text(&format!("recipe.{id}.{kind}.{x}"))?)))
                    .collect();
                Ok(format!("&[{}]", texts?.join(", ")))
            };
            out.push(format!(
                "Recipe {{ id: {id:?}, helps: &{:?}, not_advised_when: {}, caution_when: {}, risk: {risk}, title: {}, \
                 purpose: {}, cautions: {}, ingredients: {}, steps: {}, timer: {timer}, limit: {limit}, sources: {}, \
                 evidence: {} }}",
                item.helps,
                self.conditions(&file, &owner, &item.not_advised_when, true)?,
                self.conditions(&file, &owner, &item.caution_when, true)?,
                self.text(&format!("recipe.{id}.title"))?,
                self.text(&format!("recipe.{id}.purpose"))?,
                self.text(&format!("recipe.{id}.cautions"))?,
                parts("ingredient", &item.ingredients)?,
                parts("step", &item.steps)?,
                self.citations(&file, &owner, &item.sources)?,
                self.evidence(&file, &owner, &item.evidence)?
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

/// `pub static NAME: [Type; N] = [items];`
fn write_static(code: &mut String, name: &str, ty: &str, items: &[String]) {
    writeln!(code, "pub static {name}: [{ty}; {}] = [{}];", items.len(), items.join(",\n")).unwrap();
}

fn triage_variant(level: &str) -> Option<&'static str> {
    TRIAGE_LEVELS.iter().find(|(id, _)| *id == level).map(|(_, variant)| *variant)
}
