//! The order of the interview: which steps and questions are asked for the answers so
//! far, and when it ends early.

use crate::content::{question, Question, Step, STEPS};

use super::answers::Answers;
use super::assessment::triage_so_far;
use super::rules::Facts;

pub fn is_asked(question: &Question, answers: &Answers) -> bool {
    let facts = Facts { answers, factors: &[], triage: None, pending: 0 };
    question.asked_when.iter().all(|condition| facts.condition(condition).is_some())
}

/// The questions of `step` that apply to these answers.
pub fn questions(step: &Step, answers: &Answers) -> Vec<&'static Question> {
    step.questions.iter().map(|id| question(id)).filter(|q| is_asked(q, answers)).collect()
}

/// The steps with at least one question that applies.
pub fn steps(answers: &Answers) -> Vec<&'static Step> {
    STEPS.iter().filter(|s| !questions(s, answers).is_empty()).collect()
}

/// The answers that count: those to questions that still apply (a leg question answered
/// before legs were unticked does not).
pub fn effective(answers: &Answers) -> Answers {
    answers.restricted_to(|q| is_asked(q, answers))
}

/// Whether the interview ends after `step`: its answers already need a doctor so soon
/// that the rest of the questions would only delay the reader. The questions of later
/// steps count as not yet asked, not as skipped.
pub fn ends_after(step: &Step, answers: &Answers) -> bool {
    step.stops_at.is_some_and(|level| triage_so_far(answers, asked_after(step)) >= level)
}

/// The questions of the steps after `step`, a bit per place.
pub fn asked_after(step: &Step) -> u64 {
    let later = STEPS.iter().skip_while(|s| s.id != step.id).skip(1);
    later.flat_map(|s| s.questions.iter()).fold(0, |bits, id| bits | 1 << question(id).index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::question;

    #[test]
    fn the_hair_removal_question_is_asked_only_for_legs() {
        let mut answers = Answers::default();
        let history = STEPS.iter().find(|s| s.questions.contains(&"hair-removal")).unwrap();
        assert!(!questions(history, &answers).iter().any(|q| q.id == "hair-removal"));
        answers.choose(question("area"), "legs", true);
        assert!(questions(history, &answers).iter().any(|q| q.id == "hair-removal"));
    }

    #[test]
    fn answers_to_questions_no_longer_asked_do_not_count() {
        let mut answers = Answers::default();
        answers.choose(question("area"), "legs", true);
        answers.choose(question("hair-removal"), "yes", true);
        answers.choose(question("area"), "legs", false);
        assert!(effective(&answers).selected("hair-removal").is_empty());
    }

    #[test]
    fn warning_signs_come_first_and_fever_ends_the_interview_there() {
        let first = steps(&Answers::default())[0];
        assert_eq!(first.questions, ["warning-signs"]);
        let mut answers = Answers::default();
        answers.choose(question("warning-signs"), "changing-mole", true);
        assert!(!ends_after(first, &answers), "soon is not today");
        answers.choose(question("warning-signs"), "fever", true);
        assert!(ends_after(first, &answers));
    }

    #[test]
    fn a_question_not_yet_reached_is_not_a_skipped_one() {
        // Back pain with the look of the spots skipped is the shingles pattern, but the
        // look is asked after the warning signs: the interview goes on to ask it.
        let mut answers = Answers::default();
        answers.choose(question("warning-signs"), "back-pain", true);
        let [warning, skin, ..] = STEPS.each_ref();
        assert!(!ends_after(warning, &answers), "the spots' look is still to come");
        assert!(ends_after(skin, &answers), "the skin step passed without an answer about the look");
        answers.choose(question("look"), "blackheads", true);
        assert!(!ends_after(skin, &answers), "blackheads are not the shingles pattern");
    }

    #[test]
    fn every_question_is_in_exactly_one_step() {
        let mut seen: Vec<&str> = STEPS.iter().flat_map(|s| s.questions.iter().copied()).collect();
        let count = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), count);
        assert_eq!(count, crate::content::QUESTIONS.len());
    }
}
