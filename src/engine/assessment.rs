//! Answers in, assessment out: triage, factors, specialists, procedures, recipe
//! suitability and advice, each with what made it apply. All rules are content data; this
//! module only applies them, in an order where each stage may use the ones before.

use std::rc::Rc;

use crate::content::{
    Advice, AdviceKind, Factor, Procedure, Recipe, Specialist, Text, Triage, TriageInfo, ADVICE, FACTORS,
    PROCEDURES, RECIPES, RED_FLAG_FROM, SPECIALISTS, TRIAGE,
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

/// A piece of advice that applies: where it is shown, and the texts and answers behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Given {
    pub item: &'static Advice,
    /// Its own kind, or `Now` when its `leads_when` holds (it then comes first).
    pub kind: AdviceKind,
    /// The texts of the clauses that held, which fit the reader's answers: after its own.
    pub details: Vec<Text>,
    pub reasons: Vec<Reason>,
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
    /// In the content's order (`Recipe::index`); shared with the screens that show them.
    pub recipes: Vec<Rc<RecipeAdvice>>,
    /// Caveats first, then what to do now (those that lead first), then what to do and
    /// what to avoid; ties keep the content's order.
    pub advice: Vec<Given>,
}

/// The factors, ranked, and the triage with what raised it: the stages everything else
/// builds on, and all the interview needs to decide whether to end early (with the
/// questions still to come `pending`).
fn factors_and_triage(answers: &Answers, pending: u64) -> (Vec<Found<Factor>>, Triage, Fired) {
    let no_facts = Facts { answers, factors: &[], triage: None, pending };
    let mut factors: Vec<Found<Factor>> = Vec::new();
    for found in FACTORS
        .iter()
        .filter_map(|item| no_facts.rule(item.when).map(|fired| Found { item, reasons: fired.reasons }))
    {
        insert_ranked(&mut factors, found, |f| std::cmp::Reverse(f.reasons.len()));
    }
    let derived = derived(&factors);
    let with_factors = Facts { answers, factors: &derived, triage: None, pending };
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

/// How soon to see someone from the answers so far, without the rest of the assessment:
/// the questions `pending` (a bit per place) are yet to be asked, so that their lack of
/// an answer is not taken for a skip.
pub fn triage_so_far(answers: &Answers, pending: u64) -> Triage {
    factors_and_triage(&effective(answers), pending).1
}

pub fn assess(answers: &Answers) -> Assessment {
    let answers = &effective(answers);
    let (factors, triage, triage_fired) = factors_and_triage(answers, 0);
    let derived = derived(&factors);
    let facts =
        Facts { answers, factors: &derived, triage: Some((triage, &triage_fired.reasons)), pending: 0 };

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

    let recipes = RECIPES.iter().map(|recipe| Rc::new(recipe_advice(recipe, &facts))).collect();

    let mut advice: Vec<(bool, Given)> = Vec::new();
    for item in &ADVICE {
        let fired = match item.when {
            None => Some(Fired::default()),
            Some(rule) => facts.rule(rule),
        };
        let Some(fired) = fired else { continue };
        let leads = item.leads_when.is_some_and(|rule| facts.rule(rule).is_some());
        let kind = if leads { AdviceKind::Now } else { item.kind };
        let given = Given { item, kind, details: fired.because().collect(), reasons: fired.reasons };
        insert_ranked(&mut advice, (leads, given), |(leads, a)| (kind_rank(a.kind), !leads));
    }
    let advice = advice.into_iter().map(|(_, given)| given).collect();

    Assessment { triage, triage_fired, factors, specialists, procedures, recipes, advice }
}

fn kind_rank(kind: AdviceKind) -> u8 {
    match kind {
        AdviceKind::Caveat => 0,
        AdviceKind::Now => 1,
        AdviceKind::Do => 2,
        AdviceKind::Avoid => 3,
        AdviceKind::HelpIf => 4,
    }
}

/// How many things to do a result leads with, unless more must be done now: few enough to
/// be read and done first.
pub const FIRST_ACTIONS: usize = 3;

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
    /// The recipes that suit the reader, which the result offers.
    pub fn suiting(&self) -> impl Iterator<Item = &'static Recipe> + '_ {
        self.recipes.iter().filter(|r| r.status == RecipeStatus::Suitable).map(|r| r.recipe)
    }

    pub fn is_red_flag(&self) -> bool {
        self.triage >= RED_FLAG_FROM
    }

    /// A caveat that unsettles the verdict stands above it: something that could need a
    /// doctor went unchecked.
    pub fn is_provisional(&self) -> bool {
        self.advice.iter().any(|a| a.kind == AdviceKind::Caveat && a.item.provisional_verdict)
    }

    /// The verdict's title and what to do: provisional under a caveat, so that a result
    /// never says that no doctor is needed when it could not check.
    pub fn verdict(&self) -> (Text, Text) {
        let info = TriageInfo::of(self.triage);
        match self.is_provisional() {
            true => (info.provisional_title, info.provisional_action),
            false => (info.title, info.action),
        }
    }

    /// What the result leads with, and the rest of what to do and avoid. Everything to do
    /// now leads, however long; then what to do up to `FIRST_ACTIONS` in all, except on a
    /// red flag, whose result defers the rest until a doctor has seen the skin.
    pub fn first_actions(&self) -> (Vec<&Given>, Vec<&Given>) {
        let now: Vec<&Given> = self.advice_of(AdviceKind::Now).collect();
        let room = if self.is_red_flag() { 0 } else { FIRST_ACTIONS.saturating_sub(now.len()) };
        let mut doing = self.advice_of(AdviceKind::Do);
        let first = now.into_iter().chain(doing.by_ref().take(room)).collect();
        (first, doing.chain(self.advice_of(AdviceKind::Avoid)).collect())
    }

    /// The advice shown in one place of the result, in order.
    pub fn advice_of(&self, kind: AdviceKind) -> impl Iterator<Item = &Given> {
        self.advice.iter().filter(move |a| a.kind == kind)
    }
}
