//! Evaluating the content's rules against what is known, and collecting the answers
//! that made a rule hold: those are the reasons the reader is shown.

use crate::content::{Condition, Rule, Triage};

use super::answers::Answers;

/// A (question, option) pair the reader chose.
pub type Reason = (&'static str, &'static str);

/// What rules may ask about: the answers, and what was already derived from them.
pub struct Facts<'a> {
    pub answers: &'a Answers,
    pub factors: &'a [(&'static str, Vec<Reason>)],
    pub triage: Option<(Triage, &'a [Reason])>,
}

impl Facts<'_> {
    fn condition(&self, condition: &Condition) -> Option<Vec<Reason>> {
        match *condition {
            Condition::Has(q, o) => self.answers.has(q, o).then(|| vec![(q, o)]),
            Condition::Lacks(q, o) => (!self.answers.has(q, o)).then(Vec::new),
            Condition::Factor(id) => self.factors.iter().find(|(f, _)| *f == id).map(|(_, r)| r.clone()),
            Condition::TriageAtLeast(level) => {
                self.triage.filter(|(t, _)| *t >= level).map(|(_, reasons)| reasons.to_vec())
            }
        }
    }

    /// The reasons if every condition holds.
    fn all(&self, conditions: &[Condition]) -> Option<Vec<Reason>> {
        let mut reasons = Vec::new();
        for condition in conditions {
            merge(&mut reasons, self.condition(condition)?);
        }
        Some(reasons)
    }

    /// The reasons of every alternative that holds, or `None` when none does.
    pub fn rule(&self, rule: Rule) -> Option<Vec<Reason>> {
        let mut reasons = None;
        for alternative in rule {
            if let Some(found) = self.all(alternative) {
                merge(reasons.get_or_insert_with(Vec::new), found);
            }
        }
        reasons
    }

    /// The reasons of every single condition in `list` that holds, or `None`.
    pub fn any<'c>(&self, list: impl IntoIterator<Item = &'c Condition>) -> Option<Vec<Reason>> {
        let mut reasons = None;
        for condition in list {
            if let Some(found) = self.condition(condition) {
                merge(reasons.get_or_insert_with(Vec::new), found);
            }
        }
        reasons
    }
}

fn merge(into: &mut Vec<Reason>, from: Vec<Reason>) {
    for reason in from {
        if !into.contains(&reason) {
            into.push(reason);
        }
    }
}
