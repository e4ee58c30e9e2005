//! Answers in, assessment out: triage, factors, specialists, procedures, recipe
//! suitability and advice, each with the answers behind it. All rules are content data;
//! this module only applies them, in an order where each stage may use the ones before.

use crate::content::{
    Advice, Factor, Procedure, Recipe, Specialist, Triage, ADVICE, FACTORS, PROCEDURES, RECIPES,
    RECIPE_CAUTION_WHEN, SPECIALISTS, TRIAGE,
};

use super::answers::Answers;
use super::interview::effective;
use super::rules::{Facts, Reason};

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
    /// The answers that rule it out, when not advised.
    pub reasons: Vec<Reason>,
    /// The answers it may help with; empty when it is not aimed at them.
    pub helps: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecipeAdvice {
    pub recipe: &'static Recipe,
    pub status: RecipeStatus,
    /// The answers behind a caution or a "not advised".
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub triage: Triage,
    pub triage_reasons: Vec<Reason>,
    /// Most answers behind it first; ties keep the content's order.
    pub factors: Vec<Found<Factor>>,
    pub specialists: Vec<Found<Specialist>>,
    /// Those that may help first, then the other suitable ones, then the rest.
    pub procedures: Vec<ProcedureAdvice>,
    pub recipes: Vec<RecipeAdvice>,
    pub advice: Vec<Found<Advice>>,
}

/// The factors, ranked, and the triage with its reasons: the stages everything else
/// builds on, and all the interview needs to decide whether to end early.
fn factors_and_triage(answers: &Answers) -> (Vec<Found<Factor>>, Triage, Vec<Reason>) {
    let no_facts = Facts { answers, factors: &[], triage: None };
    let mut factors: Vec<Found<Factor>> = Vec::new();
    for found in
        FACTORS.iter().filter_map(|item| no_facts.rule(item.when).map(|reasons| Found { item, reasons }))
    {
        insert_ranked(&mut factors, found, |f| std::cmp::Reverse(f.reasons.len()));
    }
    let derived = derived(&factors);
    let with_factors = Facts { answers, factors: &derived, triage: None };
    // TRIAGE runs from least to most urgent: the last level that holds wins.
    let (triage, reasons) = TRIAGE
        .iter()
        .rev()
        .find_map(|t| with_factors.rule(t.when).map(|reasons| (t.level, reasons)))
        .unwrap_or((Triage::SelfCare, Vec::new()));
    (factors, triage, reasons)
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
    let (factors, triage, triage_reasons) = factors_and_triage(answers);
    let derived = derived(&factors);
    let facts = Facts { answers, factors: &derived, triage: Some((triage, &triage_reasons)) };

    let specialists = SPECIALISTS
        .iter()
        .filter_map(|item| facts.rule(item.when).map(|reasons| Found { item, reasons }))
        .collect();

    let mut procedures: Vec<ProcedureAdvice> = PROCEDURES
        .iter()
        .map(|procedure| {
            let helps = facts.rule(procedure.helps_when).unwrap_or_default();
            match facts.any(procedure.not_advised_when) {
                Some(reasons) => {
                    ProcedureAdvice { procedure, status: ProcedureStatus::NotAdvised, reasons, helps }
                }
                None => ProcedureAdvice {
                    procedure,
                    status: ProcedureStatus::Suitable,
                    reasons: Vec::new(),
                    helps,
                },
            }
        })
        .collect();
    procedures.sort_by_key(|p| (p.status == ProcedureStatus::NotAdvised, p.helps.is_empty()));

    let recipes = RECIPES.iter().map(|recipe| recipe_advice(recipe, &facts)).collect();

    let advice = ADVICE
        .iter()
        .filter_map(|item| match item.when {
            None => Some(Found { item, reasons: Vec::new() }),
            Some(rule) => facts.rule(rule).map(|reasons| Found { item, reasons }),
        })
        .collect();

    Assessment { triage, triage_reasons, factors, specialists, procedures, recipes, advice }
}

/// Inserts after every item that ranks the same or better: a stable sort as items
/// arrive, without the weight of a sort routine per call site in the wasm.
fn insert_ranked<T, K: Ord>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let rank = key(&item);
    let at = items.partition_point(|other| key(other) <= rank);
    items.insert(at, item);
}

fn recipe_advice(recipe: &'static Recipe, facts: &Facts) -> RecipeAdvice {
    if let Some(reasons) = facts.any(recipe.not_advised_when) {
        return RecipeAdvice { recipe, status: RecipeStatus::NotAdvised, reasons };
    }
    match (facts.any(recipe.caution_when.iter().chain(RECIPE_CAUTION_WHEN)), recipe.risk.is_some()) {
        (Some(reasons), _) => RecipeAdvice { recipe, status: RecipeStatus::Caution, reasons },
        (None, true) => RecipeAdvice { recipe, status: RecipeStatus::Caution, reasons: Vec::new() },
        (None, false) => RecipeAdvice { recipe, status: RecipeStatus::Suitable, reasons: Vec::new() },
    }
}

impl Assessment {
    pub fn factor_ids(&self) -> Vec<&'static str> {
        self.factors.iter().map(|f| f.item.id).collect()
    }
}
