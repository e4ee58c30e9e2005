//! What each screen shows, computed once per change from the state it depends on, so that
//! the views only lay it out: the checker's step with its questions and their answers, the
//! result's numbered sources, and the guide's cards with their badges.

use std::rc::Rc;

use crate::content::{Choice, Citation, Kind, Question, Step};

use super::answers::Answers;
use super::assessment::{Assessment, RecipeAdvice, RecipeStatus};
use super::interview::{questions, steps};
use super::session::Session;

/// The checker's current step.
#[derive(Clone, Debug, PartialEq)]
pub struct StepScreen {
    pub step: &'static Step,
    /// Its place among the steps that apply, from 1, and how many there are.
    pub number: usize,
    pub total: usize,
    pub questions: Vec<Asked>,
    /// The answers already need a doctor too soon for the rest of the questions to matter.
    pub ends_here: bool,
    /// The reader has answered something, so there is something to start again from.
    pub answered: bool,
}

impl StepScreen {
    pub fn is_first(&self) -> bool {
        self.number == 1
    }

    /// On the last step, the way on is the result.
    pub fn is_last(&self) -> bool {
        self.number == self.total
    }
}

/// A question on screen, with the options the reader chose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Asked {
    pub question: &'static Question,
    chosen: u16,
}

impl Asked {
    pub fn is_chosen(&self, choice: &Choice) -> bool {
        let at = self.question.options.iter().position(|c| std::ptr::eq(c, choice));
        at.is_some_and(|at| self.chosen & (1 << at) != 0)
    }

    /// The option of a single choice, which the reader can clear.
    pub fn single_answer(&self) -> Option<&'static Choice> {
        let question = self.question;
        (question.kind == Kind::Single)
            .then(|| question.options.iter().enumerate().find(|(i, _)| self.chosen & (1 << i) != 0))
            .flatten()
            .map(|(_, c)| c)
    }
}

impl Session {
    /// The step shown, with its questions as the answers stand.
    pub fn screen(&self) -> StepScreen {
        let all = steps(&self.answers);
        let step = self.current();
        let asked =
            |question: &'static Question| Asked { question, chosen: self.answers.bits(question.index) };
        StepScreen {
            step,
            number: self.step.min(all.len() - 1) + 1,
            total: all.len(),
            questions: questions(step, &self.answers).into_iter().map(asked).collect(),
            ends_here: self.ends_here(),
            answered: !self.answers.is_empty(),
        }
    }
}

/// The citations of a result, once each, numbered in the order it shows them: its items
/// cite them by number and it lists them once at the end.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct References(Vec<&'static Citation>);

impl References {
    pub fn of(a: &Assessment) -> References {
        use crate::content::AdviceKind::{Caveat, HelpIf};
        // In the order the result shows them.
        let (first, more) = a.first_actions();
        let advice = |kind| a.advice_of(kind).flat_map(|x| x.item.sources);
        let cited =
            advice(Caveat)
                .chain(first.into_iter().flat_map(|x| x.item.sources))
                .chain(advice(HelpIf))
                .chain(a.triage_fired.clauses.iter().flat_map(|c| c.sources))
                .chain(a.specialists.iter().flat_map(|s| s.item.sources))
                .chain(more.into_iter().flat_map(|x| x.item.sources))
                .chain(a.procedures.iter().flat_map(|p| {
                    p.against.clauses.iter().flat_map(|c| c.sources).chain(p.procedure.sources)
                }))
                .chain(a.factors.iter().flat_map(|f| f.item.sources));
        let mut seen: Vec<&'static Citation> = Vec::new();
        for citation in cited {
            if !seen.contains(&citation) {
                seen.push(citation);
            }
        }
        References(seen)
    }

    pub fn all(&self) -> &[&'static Citation] {
        &self.0
    }

    /// The numbers of `cited`, rising, each once.
    pub fn numbers<'a>(&self, cited: impl IntoIterator<Item = &'a Citation>) -> Vec<usize> {
        let cited: Vec<&Citation> = cited.into_iter().collect();
        self.0.iter().enumerate().filter(|(_, c)| cited.contains(c)).map(|(i, _)| i + 1).collect()
    }
}

/// What a recipe's badge says about it for this reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    /// Nothing in the reader's answers speaks against it.
    Suits,
    UseWithCare,
    /// A caution while the reader needs a doctor first.
    DoctorFirst,
    NotAdvised,
    /// The checker has no answers yet: the card's general cautions apply.
    General,
}

impl Badge {
    /// The rule of the guide's badges: "not advised" whatever else; a caution is "a doctor
    /// first" when the answers need one; "suits" only for a reader who has answered.
    pub fn of(advice: &RecipeAdvice, answered: bool, red_flag: bool) -> Badge {
        match (advice.status, answered) {
            (RecipeStatus::NotAdvised, _) => Badge::NotAdvised,
            (RecipeStatus::Caution, _) if red_flag => Badge::DoctorFirst,
            (RecipeStatus::Caution, _) => Badge::UseWithCare,
            (RecipeStatus::Suitable, true) => Badge::Suits,
            (RecipeStatus::Suitable, false) => Badge::General,
        }
    }
}

/// The guide: every recipe's card, marked for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct GuideScreen {
    /// Shared, so that a view holding one compares it by identity.
    pub cards: Vec<Rc<Card>>,
    /// The checker has answers: the cards are marked from them.
    pub tailored: bool,
    /// The answers need a doctor before any remedy.
    pub red_flag: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub advice: Rc<RecipeAdvice>,
    pub badge: Badge,
    /// Its countdown asks before it starts: the remedy is not advised for the reader.
    pub asks_first: bool,
}

impl GuideScreen {
    pub fn of(a: &Assessment, answers: &Answers) -> GuideScreen {
        let tailored = !answers.is_empty();
        let red_flag = a.is_red_flag();
        let cards = a
            .recipes
            .iter()
            .map(|advice| {
                Rc::new(Card {
                    advice: advice.clone(),
                    badge: Badge::of(advice, tailored, red_flag),
                    asks_first: advice.status == RecipeStatus::NotAdvised,
                })
            })
            .collect();
        GuideScreen { cards, tailored, red_flag }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::question;
    use crate::engine::assessment::assess;
    use crate::engine::session::Action;

    fn choose(s: &Session, q: &str, o: &'static str) -> Session {
        s.apply(Action::Choose { question: question(q), option: o, on: true })
    }

    #[test]
    fn a_step_screen_holds_its_questions_their_answers_and_where_it_stands() {
        let first = Session::default().screen();
        assert_eq!((first.number, first.step.id), (1, "warning"));
        assert!(first.is_first() && !first.is_last() && !first.answered && !first.ends_here);
        assert_eq!(first.questions.iter().map(|q| q.question.id).collect::<Vec<_>>(), ["warning-signs"]);
        let fever = choose(&Session::default(), "warning-signs", "fever").screen();
        let signs = &fever.questions[0];
        let option = |id| signs.question.choice(id).unwrap();
        assert!(signs.is_chosen(option("fever")) && !signs.is_chosen(option("none")));
        assert!(fever.ends_here && fever.answered);
        let skin = choose(&Session::default(), "duration", "weeks").apply(Action::Next).screen();
        assert_eq!((skin.number, skin.step.id), (2, "skin"));
        let duration = skin.questions.iter().find(|q| q.question.id == "duration").unwrap();
        assert_eq!(duration.single_answer().map(|c| c.id), Some("weeks"), "a single choice can be cleared");
        assert_eq!(skin.questions.iter().find(|q| q.question.id == "look").unwrap().single_answer(), None);
    }

    #[test]
    fn the_last_step_knows_it_is_last_and_the_leg_question_joins_its_step() {
        let mut s = choose(&Session::default(), "area", "legs");
        while !s.screen().is_last() {
            s = s.apply(Action::Next);
        }
        let last = s.screen();
        assert_eq!(last.number, last.total);
        assert!(last.questions.iter().any(|q| q.question.id == "hair-removal"));
    }

    #[test]
    fn references_are_numbered_in_the_order_the_result_shows_them() {
        let a = assess(&choose(&Session::default(), "warning-signs", "fever").answers);
        let refs = References::of(&a);
        assert!(!refs.all().is_empty());
        let first = a.triage_fired.clauses[0].sources;
        assert_eq!(refs.numbers(first.iter())[0], 1, "the verdict's reasons cite first");
        let all = refs.numbers(refs.all().iter().copied());
        assert_eq!(all, (1..=refs.all().len()).collect::<Vec<_>>(), "each once, rising");
    }

    #[test]
    fn the_badge_never_calls_a_remedy_that_is_not_advised_anything_else() {
        // Before any answer every remedy is at least a caution today, by a content rule;
        // the badge must not depend on that.
        let no_answers = Answers::default();
        let a = assess(&no_answers);
        for advice in &a.recipes {
            let mut not_advised = (**advice).clone();
            not_advised.status = RecipeStatus::NotAdvised;
            for (answered, red_flag) in [(false, false), (false, true), (true, false), (true, true)] {
                assert_eq!(
                    Badge::of(&not_advised, answered, red_flag),
                    Badge::NotAdvised,
                    "{}",
                    advice.recipe.id
                );
            }
            let mut suitable = (**advice).clone();
            suitable.status = RecipeStatus::Suitable;
            assert_eq!(Badge::of(&suitable, false, false), Badge::General, "no assessment to claim");
            assert_eq!(Badge::of(&suitable, true, false), Badge::Suits);
            let mut caution = (**advice).clone();
            caution.status = RecipeStatus::Caution;
            assert_eq!(Badge::of(&caution, true, true), Badge::DoctorFirst);
            assert_eq!(Badge::of(&caution, false, false), Badge::UseWithCare);
        }
        let guide = GuideScreen::of(&a, &no_answers);
        assert!(!guide.tailored && guide.cards.len() == a.recipes.len());
        for (index, card) in guide.cards.iter().enumerate() {
            assert_eq!(card.advice.recipe.index, index, "the cards keep the content's order");
            assert!(Rc::ptr_eq(&card.advice, &a.recipes[index]), "shared with the assessment, not copied");
            assert_eq!(card.asks_first, card.advice.status == RecipeStatus::NotAdvised);
        }
    }
}
