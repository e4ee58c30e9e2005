//! What each screen shows, computed once per change from the state it depends on, so that
//! the views only lay it out: the checker's step with its questions and their answers, the
//! result's numbered sources, and the guide's cards with their badges, in the order the
//! guide shows them.

use std::rc::Rc;

use crate::content::{Choice, Citation, Kind, Question, Recipe, Step};

use super::answers::Answers;
use super::assessment::{Assessment, RecipeAdvice, RecipeStatus};
use super::interview::{questions, steps};
use super::session::Session;
use super::timer::{Countdown, Timer};

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
}

impl Badge {
    /// The rule of the guide's badges: "not advised" whatever else; otherwise none before
    /// the checker has answers, which it could not claim to come from; a caution is "a
    /// doctor first" when the answers need one.
    pub fn of(advice: &RecipeAdvice, answered: bool, red_flag: bool) -> Option<Badge> {
        match (advice.status, answered) {
            (RecipeStatus::NotAdvised, _) => Some(Badge::NotAdvised),
            (_, false) => None,
            (RecipeStatus::Caution, true) if red_flag => Some(Badge::DoctorFirst),
            (RecipeStatus::Caution, true) => Some(Badge::UseWithCare),
            (RecipeStatus::Suitable, true) => Some(Badge::Suits),
        }
    }
}

/// The guide: every recipe's card, marked for the reader, in the order it shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct GuideScreen {
    /// Those that suit, then those that need care, then those not advised, each in the
    /// content's order. Shared, so that a view holding one compares it by identity.
    cards: Vec<Rc<Card>>,
    /// Where the cards not advised begin.
    ruled_out_from: usize,
    /// The checker has answers: the cards are marked from them.
    pub tailored: bool,
    /// The answers need a doctor before any remedy.
    pub red_flag: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub advice: Rc<RecipeAdvice>,
    pub badge: Option<Badge>,
}

/// What a card offers of its recipe's countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountdownOffer {
    /// No countdown: the recipe has none, or it is not advised and its timer is at rest.
    Nothing,
    /// Start, pause, resume and reset.
    Full,
    /// The recipe was ruled out after its timer was started: only a way to stop it, and
    /// the word that it is not advised. Its end is still signalled, which tells a reader
    /// with the remedy on the skin to take it off.
    StopOnly,
}

impl Card {
    /// Whether the card invites the reader to use its recipe: the steps, the timer, mask
    /// mode and the log. Never for a recipe not advised.
    pub fn offers_use(&self) -> bool {
        self.advice.status != RecipeStatus::NotAdvised
    }

    /// What it offers of the countdown `timer` (the recipe's, if it has one) as it stands.
    pub fn countdown(&self, timer: Option<Timer>) -> CountdownOffer {
        match timer {
            None => CountdownOffer::Nothing,
            Some(_) if self.offers_use() => CountdownOffer::Full,
            Some(timer) if timer.state != Countdown::Ready => CountdownOffer::StopOnly,
            Some(_) => CountdownOffer::Nothing,
        }
    }
}

impl GuideScreen {
    pub fn of(a: &Assessment, answers: &Answers) -> GuideScreen {
        let tailored = !answers.is_empty();
        let red_flag = a.is_red_flag();
        let mut cards: Vec<Rc<Card>> = a
            .recipes
            .iter()
            .map(|advice| {
                Rc::new(Card { advice: advice.clone(), badge: Badge::of(advice, tailored, red_flag) })
            })
            .collect();
        // The statuses rise from the most permissive; a stable sort keeps the content's
        // order within each.
        cards.sort_by_key(|card| card.advice.status);
        let ruled_out_from = cards.iter().position(|card| !card.offers_use()).unwrap_or(cards.len());
        GuideScreen { cards, ruled_out_from, tailored, red_flag }
    }

    /// The cards offered for use: those that suit first, then those that need care.
    pub fn offered(&self) -> &[Rc<Card>] {
        &self.cards[..self.ruled_out_from]
    }

    /// The cards not advised for the reader, after all the others.
    pub fn ruled_out(&self) -> &[Rc<Card>] {
        &self.cards[self.ruled_out_from..]
    }

    /// The card of `recipe`.
    pub fn card(&self, recipe: &Recipe) -> Option<&Rc<Card>> {
        self.cards.iter().find(|card| card.advice.recipe == recipe)
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
            let with = |status| RecipeAdvice { status, ..(**advice).clone() };
            for (answered, red_flag) in [(false, false), (false, true), (true, false), (true, true)] {
                let badge = Badge::of(&with(RecipeStatus::NotAdvised), answered, red_flag);
                assert_eq!(badge, Some(Badge::NotAdvised), "{}", advice.recipe.id);
            }
            for status in [RecipeStatus::Suitable, RecipeStatus::Caution] {
                assert_eq!(Badge::of(&with(status), false, false), None, "no assessment to claim");
            }
            assert_eq!(Badge::of(&with(RecipeStatus::Suitable), true, false), Some(Badge::Suits));
            assert_eq!(Badge::of(&with(RecipeStatus::Caution), true, true), Some(Badge::DoctorFirst));
            assert_eq!(Badge::of(&with(RecipeStatus::Caution), true, false), Some(Badge::UseWithCare));
        }
        let guide = GuideScreen::of(&a, &no_answers);
        assert!(!guide.tailored && guide.ruled_out().is_empty());
        for (index, card) in guide.offered().iter().enumerate() {
            assert_eq!(card.advice.recipe.index, index, "all cautions: the content's order");
            assert!(Rc::ptr_eq(&card.advice, &a.recipes[index]), "shared with the assessment, not copied");
            assert_eq!(card.badge, None, "before any answer, no badge claims an assessment");
        }
    }

    #[test]
    fn the_guide_offers_what_suits_then_what_needs_care_and_folds_what_is_not_advised_after_all() {
        let answers = [("warning-signs", "none"), ("look", "pus"), ("age", "20-39"), ("hormones", "none")]
            .into_iter()
            .chain([("conditions", "eczema")])
            .fold(Session::default(), |s, (q, o)| choose(&s, q, o))
            .answers;
        let a = assess(&answers);
        let guide = GuideScreen::of(&a, &answers);
        let ids = |cards: &[Rc<Card>]| cards.iter().map(|c| c.advice.recipe.id).collect::<Vec<_>>();
        let all: Vec<&Rc<Card>> = guide.offered().iter().chain(guide.ruled_out()).collect();
        assert!(
            all.windows(2).all(|w| w[0].advice.status <= w[1].advice.status),
            "suits, care, then not advised"
        );
        assert!(guide
            .ruled_out()
            .iter()
            .all(|c| c.advice.status == RecipeStatus::NotAdvised && !c.offers_use()));
        assert!(guide.offered().iter().all(|c| c.offers_use()));
        assert!(ids(guide.ruled_out()).contains(&"soda-mask"), "pus rules out the soda mask");
        assert_eq!(guide.offered().len() + guide.ruled_out().len(), a.recipes.len(), "every card, once");
        for status in [RecipeStatus::Suitable, RecipeStatus::Caution, RecipeStatus::NotAdvised] {
            let order: Vec<usize> =
                all.iter().filter(|c| c.advice.status == status).map(|c| c.advice.recipe.index).collect();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "within a status, the content's order");
        }
        let soda = guide.card(&crate::content::RECIPES[0]).unwrap();
        assert_eq!(soda.badge, Some(Badge::NotAdvised));
    }

    #[test]
    fn a_timer_started_before_its_recipe_was_ruled_out_offers_only_to_stop() {
        let ruled_out = Card {
            advice: Rc::new(RecipeAdvice {
                status: RecipeStatus::NotAdvised,
                ..(*assess(&Answers::default()).recipes[0]).clone()
            }),
            badge: Some(Badge::NotAdvised),
        };
        let offered = Card {
            advice: Rc::new(RecipeAdvice { status: RecipeStatus::Caution, ..(*ruled_out.advice).clone() }),
            badge: None,
        };
        let ready = Timer::new(10);
        let running = ready.start(0.0);
        let paused = running.pause(60_000.0);
        let finished = running.pause(600_000.0);
        assert_eq!(offered.countdown(Some(ready)), CountdownOffer::Full);
        assert_eq!(offered.countdown(Some(running)), CountdownOffer::Full);
        assert_eq!(offered.countdown(None), CountdownOffer::Nothing, "a recipe with no time on the skin");
        assert_eq!(ruled_out.countdown(Some(ready)), CountdownOffer::Nothing, "nothing to start");
        for started in [running, paused, finished] {
            assert_eq!(ruled_out.countdown(Some(started)), CountdownOffer::StopOnly, "{started:?}");
        }
    }
}
