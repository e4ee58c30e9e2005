//! Where the reader is in the checker: the answers, the step, whether the result shows.
//! The UI's reducer applies these transitions; they live here so they are host-tested.

use crate::content::{Question, Step};

use super::answers::Answers;
use super::interview::{ends_after, steps};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    pub answers: Answers,
    /// Index into [`steps`] for the current answers.
    pub step: usize,
    pub showing_result: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    Choose {
        question: &'static Question,
        option: &'static str,
        on: bool,
    },
    Next,
    Back,
    ShowResult,
    /// Back from the result to the step that asks this question, to answer it.
    Revisit(&'static Question),
    Restart,
}

/// The version of the stored form; a stored session of another version is ignored.
const VERSION: &str = "1";

impl Session {
    pub fn apply(&self, action: Action) -> Session {
        let mut next = self.clone();
        let last = steps(&self.answers).len().saturating_sub(1);
        match action {
            Action::Choose { question, option, on } => {
                next.answers.choose(question, option, on);
                // Unticking legs can remove a question, and with it a step.
                next.step = next.step.min(steps(&next.answers).len().saturating_sub(1));
            }
            Action::Next if self.ends_here() || self.step >= last => next.showing_result = true,
            Action::Next => next.step += 1,
            // From the result, back returns to the step the reader left, to change an answer.
            Action::Back if self.showing_result => next.showing_result = false,
            Action::Back => next.step = self.step.saturating_sub(1),
            Action::ShowResult => next.showing_result = true,
            Action::Revisit(question) => {
                next.showing_result = false;
                let asking = steps(&self.answers).iter().position(|s| s.questions.contains(&question.id));
                next.step = asking.unwrap_or(self.step);
            }
            Action::Restart => next = Session::default(),
        }
        next
    }

    /// The step shown: the stored one, within the steps that apply to the answers now (the
    /// warning signs always do).
    pub fn current(&self) -> &'static Step {
        let all = steps(&self.answers);
        all[self.step.min(all.len() - 1)]
    }

    /// The interview ends after the current step: its answers need a doctor too soon for
    /// the remaining questions to matter.
    pub fn ends_here(&self) -> bool {
        steps(&self.answers).get(self.step).is_some_and(|step| ends_after(step, &self.answers))
    }

    /// The result shows because the interview ended before its last step.
    pub fn stopped_early(&self) -> bool {
        self.showing_result && self.ends_here() && self.step + 1 < steps(&self.answers).len()
    }

    /// `version|step|result|answers`, for session storage.
    pub fn encode(&self) -> String {
        format!("{VERSION}|{}|{}|{}", self.step, u8::from(self.showing_result), self.answers.encode())
    }

    /// Reads [`Session::encode`]'s form; anything unreadable gives `None`.
    pub fn decode(text: &str) -> Option<Session> {
        let mut parts = text.splitn(4, '|');
        if parts.next()? != VERSION {
            return None;
        }
        let step: usize = parts.next()?.parse().ok()?;
        let showing_result = match parts.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let answers = Answers::decode(parts.next()?);
        let step = step.min(steps(&answers).len().saturating_sub(1));
        Some(Session { answers, step, showing_result })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::question;

    fn choose(s: &Session, q: &str, o: &'static str) -> Session {
        s.apply(Action::Choose { question: question(q), option: o, on: true })
    }

    #[test]
    fn next_and_back_move_through_the_steps_and_keep_the_answers() {
        let s = choose(&Session::default(), "warning-signs", "none").apply(Action::Next);
        assert_eq!(s.step, 1);
        let s = choose(&s, "look", "pus").apply(Action::Back);
        assert_eq!(s.step, 0);
        assert!(s.answers.has("look", "pus") && s.answers.has("warning-signs", "none"));
    }

    #[test]
    fn fever_goes_straight_to_the_result() {
        let s = choose(&Session::default(), "warning-signs", "fever");
        assert!(s.ends_here());
        let s = s.apply(Action::Next);
        assert!(s.showing_result);
        assert_eq!(s.step, 0);
    }

    #[test]
    fn next_on_the_last_step_shows_the_result() {
        let mut s = Session::default();
        while !s.showing_result {
            s = s.apply(Action::Next);
        }
        assert_eq!(s.step, steps(&s.answers).len() - 1);
        let last = s.step;
        let s = s.apply(Action::Back);
        assert_eq!((s.step, s.showing_result), (last, false), "back from the result is the last step");
        assert_eq!(s.apply(Action::Restart), Session::default());
    }

    #[test]
    fn revisiting_a_question_goes_back_to_its_step() {
        let s = choose(&Session::default(), "look", "pus").apply(Action::Next).apply(Action::Next);
        let s = s.apply(Action::ShowResult).apply(Action::Revisit(question("warning-signs")));
        assert_eq!((s.step, s.showing_result), (0, false));
        assert!(s.answers.has("look", "pus"), "the answers stay");
    }

    #[test]
    fn a_session_stored_before_pregnancy_was_split_reads_it_as_pregnant_now() {
        // The option once read "pregnant or planning a pregnancy": the stricter reading.
        let old = Session::decode("1|2|1|hormones=pregnancy;conditions=isotretinoin").unwrap();
        assert_eq!(old.answers.selected("hormones"), ["pregnancy"]);
        assert_eq!(crate::engine::assessment::assess(&old.answers).triage, crate::content::Triage::Urgent);
    }

    #[test]
    fn a_session_survives_storage_and_bad_storage_is_ignored() {
        let s = choose(&choose(&Session::default(), "look", "pus"), "age", "12-19").apply(Action::Next);
        assert_eq!(Session::decode(&s.encode()), Some(s.clone()));
        assert_eq!(Session::decode("0|1|0|look=pus"), None, "another version");
        assert_eq!(Session::decode("1|x|0|"), None);
        assert_eq!(Session::decode(""), None);
        let far = Session::decode("1|99|0|look=pus").unwrap();
        assert_eq!(far.step, steps(&far.answers).len() - 1, "a step past the end is clamped");
    }
}
