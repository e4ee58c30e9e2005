//! Answers in, assessment out: triage, factors, specialists, procedures, recipe
//! suitability and advice, each with what made it apply. All rules are content data; this
//! module only applies them, in an order where each stage may use the ones before.

use crate::content::{
    Advice, AdviceKind, Factor, Procedure, Recipe, Specialist, Triage, ADVICE, FACTORS, PROCEDURES, RECIPES,
    RED_FLAG_FROM, SPECIALISTS, TRIAGE,
};

use super::answers::Answers;
use super::interview::effective;
use super::rules::{Facts, Fired, Reason};

/// An item that applies, with the answers that made it apply.
#[derive(Debug, PartialEq)]
pub struct Found<T: 'static> {
    pub item: &'static T,
    pub reasons: Vec<Reason>,
}

// Derived `Clone` would demand `T: Clone`; only the reference is copied.
impl<T> Clone for Found<T> {
    fn clone(&self) -> Self {
        Found { item: self.item, reasons: self.reasons.clone() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProcedureStatus {
    Suitable,
    NotAdvised,
}

/// Ordered from most to least permissive, so that `max` is the most restrictive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RecipeStatus {
    Suitable,
    Caution,
    NotAdvised,
}

impl ProcedureStatus {
    /// The `data-status` hook.
    pub const fn id(self) -> &'static str {
        match self {
            ProcedureStatus::Suitable => "suitable",
            ProcedureStatus::NotAdvised => "not-advised",
        }
    }
}

impl RecipeStatus {
    /// The `data-status` hook.
    pub const fn id(self) -> &'static str {
        match self {
            RecipeStatus::Suitable => "suitable",
            RecipeStatus::Caution => "caution",
            RecipeStatus::NotAdvised => "not-advised",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProcedureAdvice {
    pub procedure: &'static Procedure,
    pub status: ProcedureStatus,
    /// What rules it out, when not advised.
    pub against: Fired,
    /// The answers it is aimed at; empty when it is not aimed at them.
    pub helps: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecipeAdvice {
    pub recipe: &'static Recipe,
    pub status: RecipeStatus,
    /// What made it a caution or "not advised": only the clauses of that status.
    pub against: Fired,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub triage: Triage,
    /// What raised the triage above self-care.
    pub triage_fired: Fired,
    /// Most answers behind it first; ties keep the content's order.
    pub factors: Vec<Found<Factor>>,
    pub specialists: Vec<Found<Specialist>>,
    /// Those that may help first, then the other suitable ones, then the rest.
    pub procedures: Vec<ProcedureAdvice>,
    pub recipes: Vec<RecipeAdvice>,
    pub advice: Vec<Found<Advice>>,
}

/// The factors, ranked, and the triage with what raised it: the stages everything else
/// builds on, and all the interview needs to decide whether to end early.
fn factors_and_triage(answers: &Answers) -> (Vec<Found<Factor>>, Triage, Fired) {
    let no_facts = Facts { answers, factors: &[], triage: None };
    let mut factors: Vec<Found<Factor>> = Vec::new();
    for found in FACTORS
        .iter()
        .filter_map(|item| no_facts.rule(item.when).map(|fired| Found { item, reasons: fired.reasons }))
    {
        insert_ranked(&mut factors, found, |f| std::cmp::Reverse(f.reasons.len()));
    }
    let derived = derived(&factors);
    let with_factors = Facts { answers, factors: &derived, triage: None };
    // TRIAGE runs from least to most urgent: the last level that holds wins.
    let (triage, fired) = TRIAGE
        .iter()
        .rev()
        .find_map(|t| with_factors.rule(t.rule).map(|fired| (t.level, fired)))
        .unwrap_or((Triage::SelfCare, Fired::default()));
    (factors, triage, fired)
}

fn derived(factors: &[Found<Factor>]) -> Vec<(&'static str, Vec<Reason>)> {
    factors.iter().map(|f| (f.item.id, f.reasons.clone())).collect()
}

/// How soon to see someone, without the rest of the assessment.
pub fn triage(answers: &Answers) -> Triage {
    factors_and_triage(&effective(answers)).1
}

pub fn assess(answers: &Answers) -> Assessment {
    let answers = &effective(answers);
    let (factors, triage, triage_fired) = factors_and_triage(answers);
    let derived = derived(&factors);
    let facts = Facts { answers, factors: &derived, triage: Some((triage, &triage_fired.reasons)) };

    let specialists = SPECIALISTS
        .iter()
        .filter_map(|item| facts.rule(item.when).map(|fired| Found { item, reasons: fired.reasons }))
        .collect();

    let mut procedures: Vec<ProcedureAdvice> = Vec::new();
    for procedure in &PROCEDURES {
        let helps = facts.rule(procedure.helps).map(|f| f.reasons).unwrap_or_default();
        let (status, against) = match facts.rule(procedure.not_advised) {
            Some(against) => (ProcedureStatus::NotAdvised, against),
            None => (ProcedureStatus::Suitable, Fired::default()),
        };
        let advice = ProcedureAdvice { procedure, status, against, helps };
        insert_ranked(&mut procedures, advice, |p| {
            (p.status == ProcedureStatus::NotAdvised, p.helps.is_empty())
        });
    }

    let recipes = RECIPES.iter().map(|recipe| recipe_advice(recipe, &facts)).collect();

    let mut advice: Vec<Found<Advice>> = Vec::new();
    for item in &ADVICE {
        let found = match item.when {
            None => Some(Found { item, reasons: Vec::new() }),
            Some(rule) => facts.rule(rule).map(|fired| Found { item, reasons: fired.reasons }),
        };
        if let Some(found) = found {
            insert_ranked(&mut advice, found, |a| kind_rank(a.item.kind));
        }
    }

    Assessment { triage, triage_fired, factors, specialists, procedures, recipes, advice }
}

fn kind_rank(kind: AdviceKind) -> u8 {
    match kind {
        AdviceKind::Now => 0,
        AdviceKind::Do => 1,
        AdviceKind::Avoid => 2,
    }
}

/// Inserts after every item that ranks the same or better: a stable sort as items
/// arrive, without a sort routine in the wasm for each kind of item.
fn insert_ranked<T, K: Ord>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let rank = key(&item);
    let at = items.partition_point(|other| key(other) <= rank);
    items.insert(at, item);
}

/// The most restrictive status whose rule holds: "not advised" over "caution" over
/// "suitable", whatever any other rule says.
fn recipe_advice(recipe: &'static Recipe, facts: &Facts) -> RecipeAdvice {
    if let Some(against) = facts.rule(recipe.not_advised) {
        return RecipeAdvice { recipe, status: RecipeStatus::NotAdvised, against };
    }
    match facts.rule(recipe.caution) {
        Some(against) => RecipeAdvice { recipe, status: RecipeStatus::Caution, against },
        None => RecipeAdvice { recipe, status: RecipeStatus::Suitable, against: Fired::default() },
    }
}

impl Assessment {
    pub fn factor_ids(&self) -> Vec<&'static str> {
        self.factors.iter().map(|f| f.item.id).collect()
    }

    /// A result that sends the reader to a doctor before anything else.
    pub fn is_red_flag(&self) -> bool {
        self.triage >= RED_FLAG_FROM
    }
}
