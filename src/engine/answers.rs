//! The reader's answers: which options of which question are chosen, with the rules of
//! choosing (one for a single choice; "none" clears the others and vice versa).

use crate::content::{question, Kind, Question, QUESTIONS};

/// Question id to the chosen option ids, both in content order, so that equal answers
/// are equal values. Only ids from the content are stored, so they are all `'static`.
/// (Plain vectors: a map type would add more code to the wasm than twenty entries need.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(&'static str, Vec<&'static str>)>);

fn rank(question: &str) -> usize {
    QUESTIONS.iter().position(|q| q.id == question).unwrap_or(usize::MAX)
}

impl Answers {
    pub fn selected(&self, question: &str) -> &[&'static str] {
        self.0.iter().find(|(q, _)| *q == question).map(|(_, o)| o.as_slice()).unwrap_or_default()
    }

    pub fn has(&self, question: &str, option: &str) -> bool {
        self.selected(question).contains(&option)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Ticks or unticks `option` of `question`; unknown options are ignored.
    pub fn choose(&mut self, question: &'static Question, option: &str, on: bool) {
        let Some(choice) = question.choice(option) else { return };
        let at = self.0.partition_point(|(q, _)| rank(q) < rank(question.id));
        if self.0.get(at).map(|(q, _)| *q) != Some(question.id) {
            self.0.insert(at, (question.id, Vec::new()));
        }
        let chosen = &mut self.0[at].1;
        match (question.kind, on) {
            (_, false) => chosen.retain(|o| *o != choice.id),
            (Kind::Single, true) => *chosen = vec![choice.id],
            (Kind::Multi, true) => {
                if question.exclusive == Some(choice.id) {
                    chosen.clear();
                } else if let Some(exclusive) = question.exclusive {
                    chosen.retain(|o| *o != exclusive);
                }
                if !chosen.contains(&choice.id) {
                    let position = |id: &str| question.options.iter().position(|c| c.id == id);
                    let place = chosen.partition_point(|o| position(o) < position(choice.id));
                    chosen.insert(place, choice.id);
                }
            }
        }
        if chosen.is_empty() {
            self.0.remove(at);
        }
    }

    /// Only the answers to the given questions.
    pub fn restricted_to(&self, keep: impl Fn(&str) -> bool) -> Answers {
        Answers(self.0.iter().filter(|(q, _)| keep(q)).cloned().collect())
    }

    /// A compact text form for storage: `question=option+option;question=option`.
    pub fn encode(&self) -> String {
        self.0.iter().map(|(q, o)| format!("{q}={}", o.join("+"))).collect::<Vec<_>>().join(";")
    }

    /// Reads [`Answers::encode`]'s form, dropping whatever the content no longer has, so
    /// stored answers from an older version never break the widget.
    pub fn decode(text: &str) -> Answers {
        let mut answers = Answers::default();
        for part in text.split(';') {
            let Some((id, options)) = part.split_once('=') else { continue };
            if !QUESTIONS.iter().any(|q| q.id == id) {
                continue;
            }
            let question = question(id);
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
    }

    #[test]
    fn answers_survive_encoding_and_stale_ids_are_dropped() {
        let mut a = Answers::default();
        a.choose(question("look"), "pus", true);
        a.choose(question("look"), "blackheads", true);
        a.choose(question("age"), "12-19", true);
        assert_eq!(Answers::decode(&a.encode()), a);
        let stale = format!("{};gone=x;look=pus+retired;age", a.encode());
        assert_eq!(Answers::decode(&stale), a);
        assert!(Answers::decode("garbage=;;==+").is_empty());
    }
}
