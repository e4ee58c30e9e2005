//! The engine against any input it can meet: every stored form read back from arbitrary
//! text (storage a page or another version wrote, or damaged), and any sequence of
//! choices, with unknown ids, repeats and contradictions. Nothing may panic, what reads
//! back must write back the same, and every assessment must be well formed. The numbers
//! of cases bound the time these take in the test command.

use proptest::prelude::*;

use super::answers::Answers;
use super::assessment::{assess, triage_so_far, RecipeStatus};
use super::interview::{asked_after, effective, is_asked};
use super::kept_timers;
use super::log::Log;
use super::session::{Action, Session};
use super::timer::Timer;
use crate::content::{Triage, QUESTIONS, RECIPES};

/// Text shaped like the stored forms (their separators, digits, ids) as well as anything.
fn stored_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,120}",
        "[0-9|;=+,a-z-]{0,160}",
        "(1\\|[0-9]{0,3}\\|[01]\\|)?([a-z-]{1,14}=[a-z0-9+-]{0,30};?){0,8}",
        "1\\|(sound|quiet|x)\\|([a-z-]{3,16}=[rps][0-9,]{0,20};?){0,4}",
    ]
}

fn fresh_timers() -> Vec<Option<Timer>> {
    RECIPES.iter().map(|r| r.timer.as_ref().map(|t| Timer::new(t.minutes))).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_stored_text_reads_back_without_a_panic_and_what_reads_writes_back(text in stored_text()) {
        if let Some(session) = Session::decode(&text) {
            prop_assert_eq!(Session::decode(&session.encode()), Some(session));
        }
        let answers = Answers::decode(&text);
        prop_assert_eq!(Answers::decode(&answers.encode()), answers);
        if let Some(log) = Log::decode(&text) {
            prop_assert_eq!(Log::decode(&log.encode()), Some(log));
        }
        if let Some((muted, timers)) = kept_timers::decode(&text, &fresh_timers()) {
            prop_assert_eq!(kept_timers::decode(&kept_timers::encode(muted, &timers), &fresh_timers()), Some((muted, timers)));
        }
        let _ = Timer::new(10).decode(&text);
    }
}

/// One move of a reader: a known question and option (by place), or an id the content
/// does not have; ticked or unticked; or a step of the session.
#[derive(Clone, Debug)]
enum Move {
    Choose(usize, usize, bool),
    Unknown(String),
    Step(u8),
}

fn moves() -> impl Strategy<Value = Vec<Move>> {
    let choose =
        (0..QUESTIONS.len(), 0..16usize, any::<bool>()).prop_map(|(q, o, on)| Move::Choose(q, o, on));
    let unknown = "[a-z-]{1,12}=[a-z0-9-]{1,12}".prop_map(Move::Unknown);
    let step = (0..5u8).prop_map(Move::Step);
    proptest::collection::vec(prop_oneof![6 => choose, 1 => unknown, 2 => step], 0..60)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_moves_gives_a_well_formed_assessment(moves in moves()) {
        let mut session = Session::default();
        for m in moves {
            session = match m {
                Move::Choose(q, o, on) => {
                    let question = &QUESTIONS[q];
                    // An option past the question's own is an id it does not have.
                    let option = question.options.get(o).map_or("no-such-option", |c| c.id);
                    session.apply(Action::Choose { question, option, on })
                }
                Move::Unknown(pair) => {
                    let mut next = session.clone();
                    next.answers = Answers::decode(&format!("{};{pair}", session.answers.encode()));
                    next
                }
                Move::Step(0) => session.apply(Action::Next),
                Move::Step(1) => session.apply(Action::Back),
                Move::Step(2) => session.apply(Action::ShowResult),
                Move::Step(3) => session.apply(Action::Restart),
                Move::Step(_) => Session::decode(&session.encode()).expect("its own form reads back"),
            };
            let _ = session.current();
        }
        let a = assess(&session.answers);
        let answered = effective(&session.answers);
        prop_assert_eq!(a.triage == Triage::SelfCare, a.triage_fired.clauses.is_empty());
        let mut factors = a.factor_ids();
        factors.sort_unstable();
        factors.dedup();
        prop_assert_eq!(factors.len(), a.factors.len(), "each factor once");
        prop_assert_eq!(a.recipes.len(), RECIPES.len());
        for r in &a.recipes {
            prop_assert_eq!(r.status == RecipeStatus::Suitable, r.against.clauses.is_empty());
        }
        for (q, o) in a.factors.iter().flat_map(|f| &f.reasons).chain(&a.triage_fired.reasons) {
            prop_assert!(answered.has(q, o), "{}={} was answered", q, o);
        }
        // The questions still to come never make the triage so far more urgent than the
        // whole assessment; and whatever the way there, an urgent answer ends the interview
        // at any step that stops at urgent, once nothing after it is unanswered.
        let current = session.current();
        let pending = asked_after(current);
        prop_assert!(triage_so_far(&session.answers, pending) <= a.triage);
        let later_answered = QUESTIONS
            .iter()
            .all(|q| pending & 1 << q.index == 0 || !is_asked(q, &answered) || !answered.selected(q.id).is_empty());
        if a.triage == Triage::Urgent && current.stops_at == Some(Triage::Urgent) && later_answered {
            prop_assert!(session.ends_here(), "at step {}", current.id);
        }
    }
}
