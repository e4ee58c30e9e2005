//! The assessment: what to do and how soon, why, whom to see, procedures, advice,
//! sources, and the ways to keep it. A red flag leads with the action alone; the rest
//! waits behind "after you have seen a doctor".

use std::rc::Rc;

use yew::prelude::*;

use super::cited::{citation_name, cited, fired, reasons, References};
use super::words::words;
use crate::content::{ui, AdviceKind, Citation, Lang, Text, Triage, TriageInfo};
use crate::engine::assessment::{Assessment, ProcedureAdvice, ProcedureStatus, RecipeStatus};
use crate::engine::publisher::{Link, Publisher};

/// `stopped_early`: the interview ended before its last step because of the answers;
/// `copied`: what became of the last copy. `heading` takes the focus when the result
/// appears.
pub fn result_view(
    a: &Assessment,
    publisher: &Publisher,
    stopped_early: bool,
    copied: Option<bool>,
    lang: Lang,
    heading: &NodeRef,
) -> Html {
    let t = |text: Text| words(text.get(lang));
    let triage = TriageInfo::of(a.triage);
    let refs: References = Rc::new(references(a));
    let details = html! {
        <>
            { factors(a, publisher, lang, &refs) }
            { procedures(&a.procedures, lang, &refs) }
            { advice(a, AdviceKind::Do, ui::DO_TITLE, lang, &refs) }
            { advice(a, AdviceKind::Avoid, ui::AVOID_TITLE, lang, &refs) }
        </>
    };
    html! {
        <div class="cb-result">
            <h3 class="cb-step-title" tabindex="-1" ref={heading.clone()}>{ t(ui::RESULT_TITLE) }</h3>
            <div class="cb-triage" part="triage" data-triage={a.triage.id()}>
                <p class="cb-triage-title">{ t(triage.title) }</p>
                <p class="cb-triage-action">{ t(triage.action) }</p>
                // The publisher's own ways to get help: its page for this level, and
                // for help today its numbers.
                <p class="cb-help-links">
                    { publisher_link(publisher.link(a.triage), ui::TRIAGE_LINK, lang) }
                    if a.triage == Triage::Urgent {
                        { publisher_link(publisher.urgent_phone.as_ref(), ui::PHONE_URGENT, lang) }
                        { publisher_link(publisher.emergency_phone.as_ref(), ui::PHONE_EMERGENCY, lang) }
                    }
                </p>
                { fired(&a.triage_fired, lang, ui::BECAUSE, Some(&refs)) }
                if stopped_early {
                    <p>{ t(ui::STOPPED_EARLY) }</p>
                }
            </div>
            { advice(a, AdviceKind::Now, ui::NOW_TITLE, lang, &refs) }
            { specialists(a, publisher, lang, &refs) }
            if a.is_red_flag() {
                <section class="cb-section">
                    <h4>{ t(ui::RECIPES_FOR_YOU) }</h4>
                    <p class="cb-none-now">{ t(ui::RECIPES_NONE_NOW) }</p>
                </section>
                <details class="cb-later">
                    <summary>{ t(ui::LATER_TITLE) }</summary>
                    { details }
                </details>
            } else {
                { details }
                { recipes(a, lang) }
            }
            { sources(&refs, lang) }
            <div class="cb-nav cb-actions">
                <button type="button" part="button" data-action="back">{ t(ui::EDIT) }</button>
                <button type="button" part="button" data-action="restart">{ t(ui::RESTART) }</button>
                <button type="button" class="cb-primary" part="button primary-button" data-action="print">{ t(ui::PRINT) }</button>
                <button type="button" part="button" data-action="copy">{ t(ui::COPY) }</button>
            </div>
            if let Some(ok) = copied {
                <p class="cb-copied">{ t(if ok { ui::COPIED } else { ui::COPY_FAILED }) }</p>
            }
        </div>
    }
}

/// A link of the publisher's, labelled in the reader's language, or nothing.
pub fn publisher_link(link: Option<&Link>, own: Text, lang: Lang) -> Html {
    let Some(link) = link else { return Html::default() };
    let label = link.label(lang, own);
    if link.is_web() {
        html! { <a class="cb-publisher-link" href={link.href.clone()} target="_blank" rel="noopener">{ label }</a> }
    } else {
        html! { <a class="cb-publisher-link" href={link.href.clone()}>{ label }</a> }
    }
}

fn factors(a: &Assessment, publisher: &Publisher, lang: Lang, refs: &References) -> Html {
    html! {
        <section class="cb-section">
            <h4>{ words(ui::FACTORS_TITLE.get(lang)) }</h4>
            if a.factors.is_empty() {
                <p>{ words(ui::FACTORS_NONE.get(lang)) }</p>
            } else {
                <ul class="cb-cards">
                    { for a.factors.iter().map(|f| html! {
                        <li class="cb-card" part="card" data-factor={f.item.id}>
                            <details>
                                <summary>{ words(f.item.title.get(lang)) }</summary>
                                <p>{ words(f.item.why.get(lang)) }</p>
                                { reasons(&f.reasons, lang, ui::BECAUSE) }
                                { publisher_link(publisher.factor_link(f.item.id), ui::FACTOR_LINK, lang) }
                                { cited(f.item.sources, f.item.evidence, lang, Some(refs)) }
                            </details>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

fn specialists(a: &Assessment, publisher: &Publisher, lang: Lang, refs: &References) -> Html {
    if a.specialists.is_empty() {
        return Html::default();
    }
    html! {
        <section class="cb-section">
            <h4>{ words(ui::SPECIALISTS_TITLE.get(lang)) }</h4>
            <ul class="cb-cards">
                { for a.specialists.iter().map(|s| html! {
                    <li class="cb-card" part="card" data-specialist={s.item.id}>
                        <p class="cb-card-title">{ words(s.item.title.get(lang)) }</p>
                        <p>{ words(s.item.why.get(lang)) }</p>
                        { publisher_link(publisher.specialist_link(s.item.id), ui::SPECIALIST_LINK, lang) }
                        { cited(s.item.sources, None, lang, Some(refs)) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn procedures(list: &[ProcedureAdvice], lang: Lang, refs: &References) -> Html {
    let t = |text: Text| words(text.get(lang));
    html! {
        <section class="cb-section">
            <h4>{ t(ui::PROCEDURES_TITLE) }</h4>
            <ul class="cb-cards">
                { for list.iter().map(|p| {
                    let badge = match p.status {
                        ProcedureStatus::Suitable => ui::PROCEDURE_SUITABLE,
                        ProcedureStatus::NotAdvised => ui::PROCEDURE_NOT_ADVISED,
                    };
                    html! {
                        <li class="cb-card" part="card" data-procedure={p.procedure.id} data-status={p.status.id()}>
                            <details>
                                <summary>
                                    <span class="cb-card-title">{ t(p.procedure.title) }</span>
                                    <span class="cb-badge" part="badge">{ t(badge) }</span>
                                </summary>
                                <p>{ t(p.procedure.what) }</p>
                                <p>{ t(p.procedure.course) }</p>
                                if !p.procedure.stages.is_empty() {
                                    <p class="cb-card-title">{ t(ui::STAGES_TITLE) }</p>
                                    <ol class="cb-stages">{ for p.procedure.stages.iter().map(|s| html! { <li>{ t(*s) }</li> }) }</ol>
                                }
                                { reasons(&p.helps, lang, ui::PROCEDURE_HELPS) }
                                if p.status == ProcedureStatus::NotAdvised {
                                    { fired(&p.against, lang, ui::NOT_ADVISED_BECAUSE, Some(refs)) }
                                } else {
                                    <p>{ t(ui::NO_CONTRAINDICATION) }</p>
                                }
                                { cited(p.procedure.sources, p.procedure.evidence, lang, Some(refs)) }
                            </details>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn advice(a: &Assessment, kind: AdviceKind, title: Text, lang: Lang, refs: &References) -> Html {
    let items: Vec<_> = a.advice.iter().filter(|x| x.item.kind == kind).collect();
    if items.is_empty() {
        return Html::default();
    }
    let class = match kind {
        AdviceKind::Now => "cb-section cb-now",
        AdviceKind::Do => "cb-section cb-do",
        AdviceKind::Avoid => "cb-section cb-avoid",
    };
    html! {
        <section {class}>
            <h4>{ words(title.get(lang)) }</h4>
            <ul class="cb-advice">
                { for items.into_iter().map(|x| html! {
                    <li data-advice={x.item.id}>
                        { words(x.item.text.get(lang)) }
                        { cited(x.item.sources, x.item.evidence, lang, Some(refs)) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

fn recipes(a: &Assessment, lang: Lang) -> Html {
    let suiting: Vec<_> = a.recipes.iter().filter(|r| r.status == RecipeStatus::Suitable).collect();
    html! {
        <section class="cb-section">
            <h4>{ words(ui::RECIPES_FOR_YOU.get(lang)) }</h4>
            if !suiting.is_empty() {
                <p>{ words(ui::RECIPES_SUIT.get(lang)) }</p>
                <ul class="cb-open-list">
                    { for suiting.iter().map(|r| html! {
                        <li><button type="button" class="cb-link" data-action="open-recipe" data-recipe={r.recipe.id}>{ words(r.recipe.title.get(lang)) }</button></li>
                    }) }
                </ul>
            }
            <button type="button" part="button" data-action="open-recipes">{ words(ui::RECIPES_OPEN.get(lang)) }</button>
        </section>
    }
}

/// Every citation of the result, once each, in the order the result shows them.
fn references(a: &Assessment) -> Vec<&'static Citation> {
    let advice =
        |kind: AdviceKind| a.advice.iter().filter(move |x| x.item.kind == kind).flat_map(|x| x.item.sources);
    let cited = a
        .triage_fired
        .clauses
        .iter()
        .flat_map(|c| c.sources)
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
fn sources(refs: &References, lang: Lang) -> Html {
    html! {
        <details class="cb-section cb-sources">
            <summary>{ words(ui::SOURCES_TITLE.get(lang)) }{ ": " }{ ui::SOURCES_COUNT.get(lang, refs.len() as u32) }</summary>
            <ol>
                { for refs.iter().map(|c| {
                    let name = citation_name(c, lang);
                    match c.source().url {
                        Some(url) => html! { <li><a href={url} target="_blank" rel="noopener noreferrer">{ name }</a></li> },
                        None => html! { <li>{ name }</li> },
                    }
                }) }
            </ol>
        </details>
    }
}
