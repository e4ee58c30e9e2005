//! The plain-text summary a reader copies or prints for their doctor. Ids never appear;
//! only the reader's own language.

use std::fmt::Write;

use crate::content::{fill, ui, AdviceKind, Lang, Text, QUESTIONS};

use super::answers::Answers;
use super::assessment::{Assessment, Given, ProcedureStatus};
use super::rules::Reason;

/// "Question — answer", as the reader saw them.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    let Some(q) = QUESTIONS.iter().find(|q| q.id == reason.0) else { return reason.1.to_owned() };
    let answer = q.choice(reason.1).map(|c| c.label.get(lang)).unwrap_or(reason.1);
    fill(ui::REASON.get(lang), &[("question", q.label.get(lang)), ("answer", answer)])
}

/// An advice's text with those of the clauses that fit the answers.
fn advice_text(given: &Given, lang: Lang) -> String {
    let texts = std::iter::once(given.item.text).chain(given.details.iter().copied());
    texts.map(|t| t.get(lang)).collect::<Vec<_>>().join(" ")
}

fn reasons_text(reasons: &[Reason], lang: Lang) -> String {
    reasons.iter().map(|r| reason_text(r, lang)).collect::<Vec<_>>().join("; ")
}

/// The title of what the result leads with: "What to do now" where something must be done
/// now, else "What to do".
pub fn first_title(first: &[&Given]) -> Text {
    match first.first() {
        Some(x) if x.kind == AdviceKind::Now => ui::NOW_TITLE,
        _ => ui::DO_TITLE,
    }
}

/// The summary, in the result's order: the verdict and whom to see, what to do first,
/// when to get help sooner and why; then the rest of what to do and avoid, the procedures
/// ruled out, the possible causes and the reader's answers.
pub fn summary(assessment: &Assessment, answers: &Answers, lang: Lang, date: &str) -> String {
    let mut out = String::new();
    let t = |text: Text| text.get(lang);
    let list = |out: &mut String, title: Text, items: &[&Given]| {
        if items.is_empty() {
            return;
        }
        let _ = writeln!(out, "{}", t(title));
        for a in items {
            let _ = writeln!(out, "- {}", advice_text(a, lang));
            for point in a.item.points {
                let _ = writeln!(out, "  - {}", t(*point));
            }
        }
        out.push('\n');
    };
    let (title, action) = assessment.verdict();
    let _ = writeln!(out, "{}\n{}: {date}\n", t(ui::SUMMARY_HEADING), t(ui::SUMMARY_DATE));
    for caveat in assessment.advice_of(AdviceKind::Caveat) {
        let _ = writeln!(out, "{}\n", advice_text(caveat, lang));
    }
    let _ = writeln!(out, "{}\n{}", t(title), t(action));
    if !assessment.specialists.is_empty() {
        let whom: Vec<&str> = assessment.specialists.iter().map(|s| t(s.item.title)).collect();
        let _ = writeln!(out, "{}: {}", t(ui::SPECIALISTS_TITLE), whom.join("; "));
    }
    out.push('\n');
    let (first, more) = assessment.first_actions();
    list(&mut out, first_title(&first), &first);
    list(&mut out, ui::HELP_IF_TITLE, &assessment.advice_of(AdviceKind::HelpIf).collect::<Vec<_>>());
    let because: Vec<_> = assessment.triage_fired.because().collect();
    if !because.is_empty() {
        let _ = writeln!(out, "{}", t(ui::WHY_TITLE));
        for text in because {
            let _ = writeln!(out, "{}", t(text));
        }
        out.push('\n');
    }
    list(&mut out, ui::MORE_ADVICE, &more);
    let not_advised: Vec<_> =
        assessment.procedures.iter().filter(|p| p.status == ProcedureStatus::NotAdvised).collect();
    if !not_advised.is_empty() {
        let _ = writeln!(out, "{}. {}", t(ui::PROCEDURES_TITLE), t(ui::SUMMARY_NOT_ADVISED));
        for p in not_advised {
            let _ = writeln!(out, "- {} ({})", t(p.procedure.title), reasons_text(&p.against.reasons, lang));
        }
        out.push('\n');
    }
    if !assessment.factors.is_empty() {
        let _ = writeln!(out, "{}", t(ui::FACTORS_TITLE));
        for f in &assessment.factors {
            let _ = writeln!(out, "- {} ({})", t(f.item.title), reasons_text(&f.reasons, lang));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", t(ui::SUMMARY_ANSWERS));
    for q in &QUESTIONS {
        let chosen: Vec<_> = answers.chosen(q).map(|c| c.label.get(lang)).collect();
        if chosen.is_empty() {
            continue;
        }
        let _ = writeln!(out, "- {} {}", q.label.get(lang), chosen.join("; "));
    }
    let _ = write!(out, "\n{}", t(ui::DISCLAIMER));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::question;
    use crate::engine::assessment::assess;

    #[test]
    fn the_summary_speaks_the_readers_language_and_names_no_ids() {
        let mut answers = Answers::default();
        answers.choose(question("look"), "pus", true);
        answers.choose(question("conditions"), "eczema", true);
        let text = summary(&assess(&answers), &answers, Lang::Ru, "2026-11-22");
        assert!(text.contains("Гнойные или вскрывшиеся прыщи"), "{text}");
        assert!(text.contains("Химический пилинг"), "the procedures ruled out: {text}");
        assert!(text.contains("2026-11-22"));
        let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}: {text}"));
        assert!(at("Химический пилинг") > at(ui::DO_TITLE.get(Lang::Ru)), "what to do before the procedures");
        assert!(!text.contains("chemical-peel") && !text.contains("eczema"), "{text}");
    }

    #[test]
    fn a_reason_names_the_question_and_the_answer() {
        assert_eq!(reason_text(&("stress", "yes"), Lang::En), "Have you been under stress lately? — Yes");
    }
}
