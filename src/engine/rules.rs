//! Evaluating the content's rules against what is known, and collecting what made a rule
//! hold: the answers behind it and the clauses that fired, which the reader is shown with
//! their reasons and sources.

use crate::content::{Clause, Condition, Rule, Triage, FACTORS, QUESTIONS};

use super::answers::Answers;

/// A (question, option) pair the reader chose.
pub type Reason = (&'static str, &'static str);

/// What made a rule hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fired {
    /// The answers behind it, each once, in the order first met.
    pub reasons: Vec<Reason>,
    /// The clauses that held, in the rule's order.
    pub clauses: Vec<&'static Clause>,
}

impl Fired {
    fn add(&mut self, clause: &'static Clause, reasons: Vec<Reason>) {
        merge(&mut self.reasons, reasons);
        self.clauses.push(clause);
    }

    /// The reasons the clauses give the reader, each once.
    pub fn because(&self) -> impl Iterator<Item = crate::content::Text> + '_ {
        let mut seen = Vec::new();
        self.clauses.iter().filter_map(|c| c.because).filter(move |b| {
            let new = !seen.contains(b);
            seen.push(*b);
            new
        })
    }
}

// `Facts::pending` holds a bit per question.
const _: () = assert!(crate::content::QUESTION_COUNT <= 64, "more questions than `pending` has bits");

/// What rules may ask about: the answers, and what was already derived from them.
pub struct Facts<'a> {
    pub answers: &'a Answers,
    pub factors: &'a [(&'static str, Vec<Reason>)],
    pub triage: Option<(Triage, &'a [Reason])>,
    /// The questions whose turn in the interview has not come (a bit per place): that one
    /// of them has no answer yet says nothing, so a condition on its lack does not hold.
    pub pending: u64,
}

impl Facts<'_> {
    /// The answers that make `condition` hold, or `None` when it does not.
    pub fn condition(&self, condition: &Condition) -> Option<Vec<Reason>> {
        match *condition {
            Condition::Has(q, mask) => {
                let chosen = self.answers.bits(q.into()) & mask;
                (chosen != 0).then(|| {
                    let question = &QUESTIONS[usize::from(q)];
                    let picked = question.options.iter().enumerate().filter(|(i, _)| chosen & (1 << i) != 0);
                    picked.map(|(_, c)| (question.id, c.id)).collect()
                })
            }
            Condition::Lacks(q, mask) => {
                let chosen = self.answers.bits(q.into());
                let not_yet_asked = chosen == 0 && self.pending & (1 << q) != 0;
                (!not_yet_asked && chosen & mask == 0).then(Vec::new)
            }
            Condition::Factor(at) => {
                let id = FACTORS[usize::from(at)].id;
                self.factors.iter().find(|(f, _)| *f == id).map(|(_, r)| r.clone())
            }
            Condition::NoFactor(at) => {
                let id = FACTORS[usize::from(at)].id;
                (!self.factors.iter().any(|(f, _)| *f == id)).then(Vec::new)
            }
            Condition::TriageAtLeast(level) => {
                self.triage.filter(|(t, _)| *t >= level).map(|(_, reasons)| reasons.to_vec())
            }
            Condition::TriageAtMost(level) => self.triage.filter(|(t, _)| *t <= level).map(|_| Vec::new()),
        }
    }

    /// The answers behind `clause` if it holds.
    pub fn clause(&self, clause: &Clause) -> Option<Vec<Reason>> {
        let mut reasons = Vec::new();
        for condition in clause.all {
            merge(&mut reasons, self.condition(condition)?);
        }
        if !clause.any.is_empty() {
            let mut held = false;
            for condition in clause.any {
                if let Some(found) = self.condition(condition) {
                    held = true;
                    merge(&mut reasons, found);
                }
            }
            if !held {
                return None;
            }
        }
        Some(reasons)
    }

    /// What made `rule` hold, or `None` when no clause does.
    pub fn rule(&self, rule: Rule) -> Option<Fired> {
        let mut fired: Option<Fired> = None;
        for clause in rule {
            if let Some(reasons) = self.clause(clause) {
                fired.get_or_insert_with(Fired::default).add(clause, reasons);
            }
        }
        fired
    }
}

fn merge(into: &mut Vec<Reason>, from: Vec<Reason>) {
    for reason in from {
        if !into.contains(&reason) {
            into.push(reason);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{question, ui};

    // Places and bits as the content has them: itch=yes, look=rash|pus, sweat=often.
    const ITCH: u8 = 3;
    const LOOK: u8 = 2;
    const SWEAT: u8 = 10;
    const DURATION: u8 = 4;
    static WITH_REASON: Clause = Clause {
        all: &[Condition::Has(ITCH, 0b1)],
        any: &[Condition::Has(LOOK, 0b1001), Condition::Has(SWEAT, 0b1)],
        because: Some(ui::BECAUSE),
        sources: &[],
    };
    static ALWAYS: Clause = Clause { all: &[], any: &[], because: Some(ui::RESULT_TITLE), sources: &[] };
    static UNLESS_MONTHS: Clause =
        Clause { all: &[Condition::Lacks(DURATION, 0b110)], any: &[], because: None, sources: &[] };
    // References to statics are not promoted, so the rules are statics too.
    static REASONED: Rule = &[&WITH_REASON];
    static ALWAYS_RULE: Rule = &[&ALWAYS];
    static UNLESS_MONTHS_RULE: Rule = &[&UNLESS_MONTHS];
    static THREE: Rule = &[&WITH_REASON, &ALWAYS, &WITH_REASON];

    #[test]
    fn the_places_and_bits_above_are_the_contents() {
        assert_eq!(
            [
                QUESTIONS[usize::from(ITCH)].id,
                QUESTIONS[usize::from(LOOK)].id,
                QUESTIONS[usize::from(SWEAT)].id,
                QUESTIONS[usize::from(DURATION)].id
            ],
            ["itch", "look", "sweat", "duration"]
        );
        assert_eq!(
            (QUESTIONS[usize::from(LOOK)].options[0].id, QUESTIONS[usize::from(LOOK)].options[3].id),
            ("rash", "pus")
        );
        assert_eq!(
            (QUESTIONS[usize::from(DURATION)].options[1].id, QUESTIONS[usize::from(DURATION)].options[2].id),
            ("weeks", "months")
        );
    }

    fn answers(given: &[(&str, &str)]) -> Answers {
        let mut answers = Answers::default();
        for (q, o) in given {
            answers.choose(question(q), o, true);
        }
        answers
    }

    fn fired(given: &[(&str, &str)], rule: Rule) -> Option<Fired> {
        Facts { answers: &answers(given), factors: &[], triage: None, pending: 0 }.rule(rule)
    }

    #[test]
    fn a_clause_needs_all_of_all_and_one_of_any_and_reports_every_answer_that_held() {
        let rule = REASONED;
        assert_eq!(fired(&[("itch", "yes")], rule), None, "none of `any`");
        assert_eq!(fired(&[("look", "rash")], rule), None, "not `all`");
        let f =
            fired(&[("itch", "yes"), ("look", "rash"), ("look", "pus"), ("sweat", "often")], rule).unwrap();
        assert_eq!(f.reasons, [("itch", "yes"), ("look", "rash"), ("look", "pus"), ("sweat", "often")]);
        assert_eq!(f.clauses, [&WITH_REASON]);
    }

    #[test]
    fn a_clause_without_conditions_always_holds_and_lacks_holds_on_no_answer() {
        assert_eq!(fired(&[], ALWAYS_RULE).unwrap().reasons, []);
        assert!(fired(&[], UNLESS_MONTHS_RULE).is_some(), "unanswered");
        assert!(fired(&[("duration", "days")], UNLESS_MONTHS_RULE).is_some());
        assert!(fired(&[("duration", "months")], UNLESS_MONTHS_RULE).is_none());
    }

    #[test]
    fn reasons_from_several_clauses_are_shown_once_each() {
        let f = fired(&[("itch", "yes"), ("look", "rash")], THREE).unwrap();
        assert_eq!(f.reasons, [("itch", "yes"), ("look", "rash")]);
        assert_eq!(f.clauses.len(), 3);
        assert_eq!(f.because().count(), 2, "the same reason text once");
    }

    #[test]
    fn triage_conditions_compare_with_the_level_and_carry_its_reasons() {
        let reasons = [("warning-signs", "fever")];
        let answers = Answers::default();
        let facts =
            Facts { answers: &answers, factors: &[], triage: Some((Triage::Soon, &reasons)), pending: 0 };
        assert_eq!(facts.condition(&Condition::TriageAtLeast(Triage::Soon)), Some(reasons.to_vec()));
        assert_eq!(facts.condition(&Condition::TriageAtLeast(Triage::Urgent)), None);
        assert_eq!(facts.condition(&Condition::TriageAtMost(Triage::SelfCare)), None);
        assert_eq!(facts.condition(&Condition::TriageAtMost(Triage::Soon)), Some(vec![]));
        let unknown = Facts { answers: &answers, factors: &[], triage: None, pending: 0 };
        assert_eq!(unknown.condition(&Condition::TriageAtMost(Triage::Urgent)), None, "not known yet");
    }
}
