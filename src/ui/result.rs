//! The assessment: what to do and how soon, why, whom to see, procedures, advice,
//! sources, and the ways to keep it. A red flag leads with the action alone; the rest
//! waits behind "after you have seen a doctor".

use std::rc::Rc;

use yew::prelude::*;

use super::cited::{citation_name, cited, fired, reasons, References};
use super::markup::Markup;
use crate::attrs;
use crate::button;
use crate::content::{ui, AdviceKind, Citation, Text, Triage};
use crate::engine::assessment::{Assessment, Given, ProcedureAdvice, ProcedureStatus, RecipeStatus};
use crate::engine::publisher::{Link, Publisher};

/// `stopped_early`: the interview ended before its last step because of the answers;
/// `copied`: what became of the last copy. `heading` takes the focus when the result
/// appears.
#[inline(never)]
pub fn result_view(
    m: &mut Markup,
    a: &Assessment,
    publisher: &Publisher,
    stopped_early: bool,
    copied: Option<bool>,
    heading: &NodeRef,
) {
    let (title, action) = a.verdict();
    let refs: References = Rc::new(references(a));
    m.open("div", attrs!["class" = "cb-result"]);
    m.open("h3", attrs!["class" = "cb-step-title", "tabindex" = "-1"]);
    m.node_ref(heading);
    m.text(ui::RESULT_TITLE);
    m.close();
    caveats(m, a, &refs);
    m.open("div", attrs!["class" = "cb-triage", "part" = "triage"]);
    m.attr("data-triage", a.triage.id());
    m.leaf("p", attrs!["class" = "cb-triage-title"], title);
    m.leaf("p", attrs!["class" = "cb-triage-action"], action);
    // The publisher's own ways to get help: its page for this level, and for help today
    // its numbers.
    m.open("p", attrs!["class" = "cb-help-links"]);
    publisher_link(m, publisher.link(a.triage), ui::TRIAGE_LINK);
    if a.triage == Triage::Urgent {
        publisher_link(m, publisher.urgent_phone.as_ref(), ui::PHONE_URGENT);
        publisher_link(m, publisher.emergency_phone.as_ref(), ui::PHONE_EMERGENCY);
    }
    m.close();
    fired(m, &a.triage_fired, ui::BECAUSE, Some(&refs));
    if stopped_early {
        m.leaf("p", attrs![], ui::STOPPED_EARLY);
    }
    m.close();
    advice(m, a, AdviceKind::Now, ui::NOW_TITLE, &refs);
    specialists(m, a, publisher, &refs);
    m.group();
    if a.is_red_flag() {
        m.open("section", attrs!["class" = "cb-section"]);
        m.leaf("h4", attrs![], ui::RECIPES_FOR_YOU);
        m.leaf("p", attrs!["class" = "cb-none-now"], ui::RECIPES_NONE_NOW);
        m.close();
        m.open("details", attrs!["class" = "cb-later"]);
        m.leaf("summary", attrs![], ui::LATER_TITLE);
        details(m, a, publisher, &refs);
        m.close();
    } else {
        details(m, a, publisher, &refs);
        recipes(m, a);
    }
    m.close();
    sources(m, &refs);
    m.open("div", attrs!["class" = "cb-nav cb-actions"]);
    m.leaf("button", button!("back"), ui::EDIT);
    m.leaf("button", button!("restart"), ui::RESTART);
    m.leaf("button", button!(primary "print"), ui::PRINT);
    m.leaf("button", button!("copy"), ui::COPY);
    m.close();
    m.group();
    if let Some(ok) = copied {
        m.leaf("p", attrs!["class" = "cb-copied"], if ok { ui::COPIED } else { ui::COPY_FAILED });
    }
    m.close();
    m.close();
}

fn details(m: &mut Markup, a: &Assessment, publisher: &Publisher, refs: &References) {
    factors(m, a, publisher, refs);
    procedures(m, &a.procedures, refs);
    advice(m, a, AdviceKind::Do, ui::DO_TITLE, refs);
    advice(m, a, AdviceKind::Avoid, ui::AVOID_TITLE, refs);
}

/// A link of the publisher's, labelled in the reader's language, or nothing.
pub fn publisher_link(m: &mut Markup, link: Option<&Link>, own: Text) {
    m.group();
    if let Some(link) = link {
        if link.is_web() {
            m.open("a", attrs!["class" = "cb-publisher-link", "target" = "_blank", "rel" = "noopener"]);
        } else {
            m.open("a", attrs!["class" = "cb-publisher-link"]);
        }
        m.attr_string("href", link.href.clone());
        m.string(link.label(m.lang, own));
        m.close();
    }
    m.close();
}

fn factors(m: &mut Markup, a: &Assessment, publisher: &Publisher, refs: &References) {
    m.open("section", attrs!["class" = "cb-section"]);
    m.leaf("h4", attrs![], ui::FACTORS_TITLE);
    if a.factors.is_empty() {
        m.leaf("p", attrs![], ui::FACTORS_NONE);
    } else {
        m.open("ul", attrs!["class" = "cb-cards"]);
        for f in &a.factors {
            m.open("li", attrs!["class" = "cb-card", "part" = "card"]);
            m.attr("data-factor", f.item.id);
            m.open("details", attrs![]);
            m.leaf("summary", attrs![], f.item.title);
            m.leaf("p", attrs![], f.item.why);
            reasons(m, &f.reasons, ui::BECAUSE);
            publisher_link(m, publisher.factor_link(f.item.id), ui::FACTOR_LINK);
            cited(m, f.item.sources, f.item.evidence, Some(refs));
            m.close();
            m.close();
        }
        m.close();
    }
    m.close();
}

fn specialists(m: &mut Markup, a: &Assessment, publisher: &Publisher, refs: &References) {
    m.group();
    if !a.specialists.is_empty() {
        m.open("section", attrs!["class" = "cb-section"]);
        m.leaf("h4", attrs![], ui::SPECIALISTS_TITLE);
        m.open("ul", attrs!["class" = "cb-cards"]);
        for s in &a.specialists {
            m.open("li", attrs!["class" = "cb-card", "part" = "card"]);
            m.attr("data-specialist", s.item.id);
            m.leaf("p", attrs!["class" = "cb-card-title"], s.item.title);
            m.leaf("p", attrs![], s.item.why);
            publisher_link(m, publisher.specialist_link(s.item.id), ui::SPECIALIST_LINK);
            cited(m, s.item.sources, None, Some(refs));
            m.close();
        }
        m.close();
        m.close();
    }
    m.close();
}

fn procedures(m: &mut Markup, list: &[ProcedureAdvice], refs: &References) {
    m.open("section", attrs!["class" = "cb-section"]);
    m.leaf("h4", attrs![], ui::PROCEDURES_TITLE);
    m.open("ul", attrs!["class" = "cb-cards"]);
    for p in list {
        let badge = match p.status {
            ProcedureStatus::Suitable => ui::PROCEDURE_SUITABLE,
            ProcedureStatus::NotAdvised => ui::PROCEDURE_NOT_ADVISED,
        };
        m.open("li", attrs!["class" = "cb-card", "part" = "card"]);
        m.attr("data-procedure", p.procedure.id);
        m.attr("data-status", p.status.id());
        m.open("details", attrs![]);
        m.open("summary", attrs![]);
        m.leaf("span", attrs!["class" = "cb-card-title"], p.procedure.title);
        m.leaf("span", attrs!["class" = "cb-badge", "part" = "badge"], badge);
        m.close();
        m.leaf("p", attrs![], p.procedure.what);
        m.leaf("p", attrs![], p.procedure.course);
        m.group();
        if !p.procedure.stages.is_empty() {
            m.leaf("p", attrs!["class" = "cb-card-title"], ui::STAGES_TITLE);
            m.open("ol", attrs!["class" = "cb-stages"]);
            for s in p.procedure.stages {
                m.leaf("li", attrs![], *s);
            }
            m.close();
        }
        m.close();
        reasons(m, &p.helps, ui::PROCEDURE_HELPS);
        if p.status == ProcedureStatus::NotAdvised {
            fired(m, &p.against, ui::NOT_ADVISED_BECAUSE, Some(refs));
        } else {
            m.leaf("p", attrs![], ui::NO_CONTRAINDICATION);
        }
        cited(m, p.procedure.sources, p.procedure.evidence, Some(refs));
        m.close();
        m.close();
    }
    m.close();
    m.close();
}

/// What the result could not check, above the verdict, each with the way back to the
/// question that would check it.
fn caveats(m: &mut Markup, a: &Assessment, refs: &References) {
    m.group();
    for x in a.advice_of(AdviceKind::Caveat) {
        m.open("div", attrs!["class" = "cb-caveat", "role" = "note"]);
        m.attr("data-advice", x.item.id);
        advice_text(m, x);
        m.group();
        if let Some(question) = x.item.revisits {
            m.open("button", button!(primary "revisit"));
            m.attr("data-revisit", question.id);
            m.text(ui::REVISIT);
            m.close();
        }
        m.close();
        cited(m, x.item.sources, x.item.evidence, Some(refs));
        m.close();
    }
    m.close();
}

/// The advice's own text, then those of the clauses that fit the reader's answers.
fn advice_text(m: &mut Markup, x: &Given) {
    m.open("p", attrs![]);
    m.text(x.item.text);
    for detail in &x.details {
        m.str(" ");
        m.text(*detail);
    }
    m.close();
}

fn advice(m: &mut Markup, a: &Assessment, kind: AdviceKind, title: Text, refs: &References) {
    let items: Vec<_> = a.advice_of(kind).collect();
    m.group();
    if !items.is_empty() {
        let class = match kind {
            AdviceKind::Caveat | AdviceKind::Now => "cb-section cb-now",
            AdviceKind::Do => "cb-section cb-do",
            AdviceKind::Avoid => "cb-section cb-avoid",
        };
        m.open("section", attrs![]);
        m.attr("class", class);
        m.leaf("h4", attrs![], title);
        m.open("ul", attrs!["class" = "cb-advice"]);
        for x in items {
            m.open("li", attrs![]);
            m.attr("data-advice", x.item.id);
            advice_text(m, x);
            cited(m, x.item.sources, x.item.evidence, Some(refs));
            m.close();
        }
        m.close();
        m.close();
    }
    m.close();
}

fn recipes(m: &mut Markup, a: &Assessment) {
    let suiting: Vec<_> = a.recipes.iter().filter(|r| r.status == RecipeStatus::Suitable).collect();
    m.open("section", attrs!["class" = "cb-section"]);
    m.leaf("h4", attrs![], ui::RECIPES_FOR_YOU);
    m.group();
    if !suiting.is_empty() {
        m.leaf("p", attrs![], ui::RECIPES_SUIT);
        m.open("ul", attrs!["class" = "cb-open-list"]);
        for r in suiting {
            m.open("li", attrs![]);
            m.open("button", button!(link "open-recipe"));
            m.attr("data-recipe", r.recipe.id);
            m.text(r.recipe.title);
            m.close();
            m.close();
        }
        m.close();
    }
    m.close();
    m.leaf("button", button!("open-recipes"), ui::RECIPES_OPEN);
    m.close();
}

/// Every citation of the result, once each, in the order the result shows them.
fn references(a: &Assessment) -> Vec<&'static Citation> {
    let advice = |kind: AdviceKind| a.advice_of(kind).flat_map(|x| x.item.sources);
    let cited = advice(AdviceKind::Caveat)
        .chain(a.triage_fired.clauses.iter().flat_map(|c| c.sources))
        .chain(advice(AdviceKind::Now))
        .chain(a.specialists.iter().flat_map(|s| s.item.sources))
        .chain(a.factors.iter().flat_map(|f| f.item.sources))
        .chain(
            a.procedures
                .iter()
                .flat_map(|p| p.against.clauses.iter().flat_map(|c| c.sources).chain(p.procedure.sources)),
        )
        .chain(advice(AdviceKind::Do))
        .chain(advice(AdviceKind::Avoid));
    let mut seen: Vec<&'static Citation> = Vec::new();
    for citation in cited {
        if !seen.contains(&citation) {
            seen.push(citation);
        }
    }
    seen
}

/// The numbered list the result's items cite, linked where a source is online.
fn sources(m: &mut Markup, refs: &References) {
    m.open("details", attrs!["class" = "cb-section cb-sources"]);
    m.open("summary", attrs![]);
    m.text(ui::SOURCES_TITLE);
    m.str(": ");
    m.string(ui::SOURCES_COUNT.get(m.lang, refs.len() as u32));
    m.close();
    m.open("ol", attrs![]);
    for c in refs.iter() {
        let name = citation_name(c, m.lang);
        m.open("li", attrs![]);
        match c.source().url {
            Some(url) => {
                m.open("a", attrs!["target" = "_blank", "rel" = "noopener noreferrer"]);
                m.attr("href", url);
                m.string(name);
                m.close();
            }
            None => m.string(name),
        }
        m.close();
    }
    m.close();
    m.close();
}
