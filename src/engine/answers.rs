//! The reader's answers: which options of which question are chosen, with the rules of
//! choosing (one for a single choice; "none" clears the others and vice versa).

use crate::content::{Kind, Question, QUESTIONS, QUESTION_COUNT};

/// For each question, in content order, a bit per option (bit `i` is option `i`): a
/// question has at most 16 options, which the content compiler checks. Equal answers are
/// equal values, and a rule's condition is a mask to test against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers([u16; QUESTION_COUNT]);

fn question_at(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

impl Answers {
    /// The options chosen for the question at `index`, as a bit set.
    pub fn bits(&self, index: usize) -> u16 {
        self.0[index]
    }

    /// The ids of the options chosen, in content order.
    pub fn selected(&self, question: &str) -> Vec<&'static str> {
        question_at(question).map_or_else(Vec::new, |q| self.chosen(q).map(|c| c.id).collect())
    }

    /// The options chosen for `question`, in content order.
    pub fn chosen(
        &self,
        question: &'static Question,
    ) -> impl Iterator<Item = &'static crate::content::Choice> + '_ {
        let bits = self.0[question.index];
        question.options.iter().enumerate().filter(move |(i, _)| bits & (1 << i) != 0).map(|(_, c)| c)
    }

    pub fn has(&self, question: &str, option: &str) -> bool {
        question_at(question).is_some_and(|q| self.has_option(q, option))
    }

    pub fn has_option(&self, question: &Question, option: &str) -> bool {
        question
            .options
            .iter()
            .position(|c| c.id == option)
            .is_some_and(|i| self.0[question.index] & (1 << i) != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|bits| *bits == 0)
    }

    /// Ticks or unticks `option` of `question`; unknown options are ignored.
    pub fn choose(&mut self, question: &'static Question, option: &str, on: bool) {
        let Some(at) = question.options.iter().position(|c| c.id == option) else { return };
        let bit = 1_u16 << at;
        let exclusive = question.exclusive.and_then(|x| question.options.iter().position(|c| c.id == x));
        let chosen = &mut self.0[question.index];
        *chosen = match (question.kind, on) {
            (_, false) => *chosen & !bit,
            (Kind::Single, true) => bit,
            // "none" clears the others, and any other clears "none".
            (Kind::Multi, true) if exclusive == Some(at) => bit,
            (Kind::Multi, true) => (*chosen & !exclusive.map_or(0, |x| 1 << x)) | bit,
        };
    }

    /// Only the answers to the questions `keep` holds for.
    pub fn restricted_to(&self, keep: impl Fn(&'static Question) -> bool) -> Answers {
        let mut kept = *self;
        for question in &QUESTIONS {
            if !keep(question) {
                kept.0[question.index] = 0;
            }
        }
        kept
    }

    /// A compact text form for storage, by ids so that it survives a change of order:
    /// `question=option+option;question=option`.
    pub fn encode(&self) -> String {
        let parts: Vec<String> = QUESTIONS
            .iter()
            .filter(|q| self.0[q.index] != 0)
            .map(|q| format!("{}={}", q.id, self.chosen(q).map(|c| c.id).collect::<Vec<_>>().join("+")))
            .collect();
        parts.join(";")
    }

    /// Reads [`Answers::encode`]'s form, dropping whatever the content no longer has, so
    /// stored answers from an older version never break the widget.
    pub fn decode(text: &str) -> Answers {
        let mut answers = Answers::default();
        for part in text.split(';') {
            let Some((id, options)) = part.split_once('=') else { continue };
            let Some(question) = question_at(id) else { continue };
            for option in options.split('+') {
                answers.choose(question, option, true);
            }
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::question;

    #[test]
    fn a_single_choice_keeps_one_option() {
        let mut a = Answers::default();
        a.choose(question("duration"), "days", true);
        a.choose(question("duration"), "months", true);
        assert_eq!(a.selected("duration"), ["months"]);
        a.choose(question("duration"), "months", false);
        assert!(a.is_empty());
    }

    #[test]
    fn none_clears_the_others_and_the_others_clear_none() {
        let mut a = Answers::default();
        a.choose(question("warning-signs"), "mood", true);
        a.choose(question("warning-signs"), "back-pain", true);
        assert_eq!(a.selected("warning-signs"), ["back-pain", "mood"], "kept in content order");
        a.choose(question("warning-signs"), "none", true);
        assert_eq!(a.selected("warning-signs"), ["none"]);
        a.choose(question("warning-signs"), "fever", true);
        assert_eq!(a.selected("warning-signs"), ["fever"]);
    }

    #[test]
    fn unknown_options_are_ignored() {
        let mut a = Answers::default();
        a.choose(question("look"), "tattoos", true);
        assert!(a.is_empty());
        assert!(!a.has("look", "tattoos") && !a.has("moods", "none"));
    }

    #[test]
    fn answers_survive_encoding_and_stale_ids_are_dropped() {
        let mut a = Answers::default();
        a.choose(question("look"), "pus", true);
        a.choose(question("look"), "blackheads", true);
        a.choose(question("age"), "12-19", true);
        assert_eq!(a.encode(), "look=blackheads+pus;age=12-19");
        assert_eq!(Answers::decode(&a.encode()), a);
        let stale = format!("{};gone=x;look=pus+retired;age", a.encode());
        assert_eq!(Answers::decode(&stale), a);
        assert!(Answers::decode("garbage=;;==+").is_empty());
    }

    #[test]
    fn every_question_fits_its_options_in_the_bits_and_knows_its_place() {
        for (index, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.index, index, "{}", q.id);
            assert!(q.options.len() <= 16, "{}", q.id);
        }
    }
}
