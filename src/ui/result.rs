//! The assessment: what to do and how soon, why, whom to see, procedures, advice,
//! sources, and the ways to keep it. A red flag leads with the action alone; the rest
//! waits behind "after you have seen a doctor".

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, recipe_link, Look};
use super::cited::{citation_name, cited, fired, reasons};
use super::focus::Mark;
use crate::content::{ui, AdviceKind, Recipe, Text, Triage};
use crate::engine::assessment::{Assessment, Given, ProcedureAdvice, ProcedureStatus};
use crate::engine::publisher::{Link, Publisher};
use crate::engine::screens::References;

/// What every part of the result reads.
struct Parts<'a> {
    ui: &'a Ui,
    a: &'a Assessment,
    publisher: &'a Publisher,
    references: &'a References,
}

/// The result of the interview, which ended before its last step (`stopped_early`)
/// because of the answers or not; `copied` is what became of the last copy.
// Compiled apart from the root's view: Chromium compiles a wasm function on its first call,
// and the first screen need not pay for this one.
#[inline(never)]
pub fn result(
    ui: &Ui,
    a: &Assessment,
    references: &References,
    publisher: &Publisher,
    stopped_early: bool,
    copied: Option<bool>,
) -> Html {
    let lang = ui.lang;
    let p = Parts { ui, a, publisher, references };
    html! {
        <div class="cb-result">
            <h3 class="cb-step-title" tabindex="-1" data-focus={Mark::Title.id()}>{ ui::RESULT_TITLE.get(lang) }</h3>
            { caveats(&p) }
            { verdict(&p, stopped_early) }
            { advice(&p, AdviceKind::Now, ui::NOW_TITLE) }
            { specialists(&p) }
            if p.a.is_red_flag() {
                <section class="cb-section">
                    <h4>{ ui::RECIPES_FOR_YOU.get(lang) }</h4>
                    <p class="cb-none-now">{ ui::RECIPES_NONE_NOW.get(lang) }</p>
                </section>
                <details class="cb-later">
                    <summary>{ ui::LATER_TITLE.get(lang) }</summary>
                    { details(&p) }
                </details>
            } else {
                { details(&p) }
                { recipes(&p) }
            }
            { sources(&p) }
            <div class="cb-nav cb-actions">
                { button(ui, Action::Back, ui::EDIT, Look::Plain) }
                { button(ui, Action::Restart, ui::RESTART, Look::Plain) }
                { button(ui, Action::Print, ui::PRINT, Look::Primary) }
                { button(ui, Action::Copy, ui::COPY, Look::Plain) }
            </div>
            if let Some(ok) = copied {
                <p class="cb-copied">{ if ok { ui::COPIED } else { ui::COPY_FAILED }.get(lang) }</p>
            }
        </div>
    }
}

/// What the result could not check, above the verdict, each with the way back to the
/// question that would check it.
fn caveats(p: &Parts) -> Html {
    html! {
        for x in p.a.advice_of(AdviceKind::Caveat) {
            <div key={x.item.id} class="cb-caveat" role="note" data-advice={x.item.id}>
                { advice_text(p.ui, x) }
                if let Some(question) = x.item.revisits {
                    { button(p.ui, Action::Revisit(question), ui::REVISIT, Look::Primary) }
                }
                { cited(p.ui, x.item.sources, x.item.evidence, Some(p.references)) }
            </div>
        }
    }
}

/// How soon, whom to turn to, and why; the publisher's own ways to get help beside it.
fn verdict(p: &Parts, stopped_early: bool) -> Html {
    let lang = p.ui.lang;
    let (title, action) = p.a.verdict();
    html! {
        <div class="cb-triage" part="triage" data-triage={p.a.triage.id()}>
            <p class="cb-triage-title">{ title.get(lang) }</p>
            <p class="cb-triage-action">{ action.get(lang) }</p>
            <p class="cb-help-links">
                { publisher_link(p.ui, p.publisher.link(p.a.triage), ui::TRIAGE_LINK) }
                if p.a.triage == Triage::Urgent {
                    { publisher_link(p.ui, p.publisher.urgent_phone.as_ref(), ui::PHONE_URGENT) }
                    { publisher_link(p.ui, p.publisher.emergency_phone.as_ref(), ui::PHONE_EMERGENCY) }
                }
            </p>
            { fired(p.ui, &p.a.triage_fired, ui::BECAUSE, Some(p.references)) }
            if stopped_early {
                <p>{ ui::STOPPED_EARLY.get(lang) }</p>
            }
        </div>
    }
}

/// The factors, the procedures and what to do and avoid: after the action on a red flag.
fn details(p: &Parts) -> Html {
    html! {
        <>
            { factors(p) }
            { procedures(p) }
            { advice(p, AdviceKind::Do, ui::DO_TITLE) }
            { advice(p, AdviceKind::Avoid, ui::AVOID_TITLE) }
        </>
    }
}

/// A link of the publisher's, labelled in the reader's language (else `own`), or nothing.
fn publisher_link(ui: &Ui, link: Option<&Link>, own: Text) -> Html {
    let Some(link) = link else { return html! {} };
    let (target, rel) = if link.is_web() { (Some("_blank"), Some("noopener")) } else { (None, None) };
    html! { <a class="cb-publisher-link" {target} {rel} href={link.href.clone()}>{ link.label(ui.lang, own) }</a> }
}

fn factors(p: &Parts) -> Html {
    let lang = p.ui.lang;
    html! {
        <section class="cb-section">
            <h4>{ ui::FACTORS_TITLE.get(lang) }</h4>
            if p.a.factors.is_empty() {
                <p>{ ui::FACTORS_NONE.get(lang) }</p>
            } else {
                <ul class="cb-cards">
                    for f in &p.a.factors {
                        <li key={f.item.id} class="cb-card" part="card" data-factor={f.item.id}>
                            <details>
                                <summary>{ f.item.title.get(lang) }</summary>
                                <p>{ f.item.why.get(lang) }</p>
                                { reasons(p.ui, &f.reasons, ui::BECAUSE) }
                                { publisher_link(p.ui, p.publisher.factor_link(f.item.id), ui::FACTOR_LINK) }
                                { cited(p.ui, f.item.sources, f.item.evidence, Some(p.references)) }
                            </details>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

fn specialists(p: &Parts) -> Html {
    let lang = p.ui.lang;
    if p.a.specialists.is_empty() {
        return html! {};
    }
    html! {
        <section class="cb-section">
            <h4>{ ui::SPECIALISTS_TITLE.get(lang) }</h4>
            <ul class="cb-cards">
                for s in &p.a.specialists {
                    <li key={s.item.id} class="cb-card" part="card" data-specialist={s.item.id}>
                        <p class="cb-card-title">{ s.item.title.get(lang) }</p>
                        <p>{ s.item.why.get(lang) }</p>
                        { publisher_link(p.ui, p.publisher.specialist_link(s.item.id), ui::SPECIALIST_LINK) }
                        { cited(p.ui, s.item.sources, None, Some(p.references)) }
                    </li>
                }
            </ul>
        </section>
    }
}

fn procedures(p: &Parts) -> Html {
    html! {
        <section class="cb-section">
            <h4>{ ui::PROCEDURES_TITLE.get(p.ui.lang) }</h4>
            <ul class="cb-cards">
                for procedure in &p.a.procedures {
                    { procedure_card(p, procedure) }
                }
            </ul>
        </section>
    }
}

fn procedure_card(p: &Parts, procedure: &ProcedureAdvice) -> Html {
    let lang = p.ui.lang;
    let item = procedure.procedure;
    let badge = match procedure.status {
        ProcedureStatus::Suitable => ui::PROCEDURE_SUITABLE,
        ProcedureStatus::NotAdvised => ui::PROCEDURE_NOT_ADVISED,
    };
    html! {
        <li key={item.id} class="cb-card" part="card" data-procedure={item.id} data-status={procedure.status.id()}>
            <details>
                <summary>
                    <span class="cb-card-title">{ item.title.get(lang) }</span>
                    <span class="cb-badge" part="badge">{ badge.get(lang) }</span>
                </summary>
                <p>{ item.what.get(lang) }</p>
                <p>{ item.course.get(lang) }</p>
                if !item.stages.is_empty() {
                    <p class="cb-card-title">{ ui::STAGES_TITLE.get(lang) }</p>
                    <ol class="cb-stages">
                        for stage in item.stages {
                            <li>{ stage.get(lang) }</li>
                        }
                    </ol>
                }
                { reasons(p.ui, &procedure.helps, ui::PROCEDURE_HELPS) }
                if procedure.status == ProcedureStatus::NotAdvised {
                    { fired(p.ui, &procedure.against, ui::NOT_ADVISED_BECAUSE, Some(p.references)) }
                } else {
                    <p>{ ui::NO_CONTRAINDICATION.get(lang) }</p>
                }
                { cited(p.ui, item.sources, item.evidence, Some(p.references)) }
            </details>
        </li>
    }
}

/// The advice of one place in the result (what to do now, what to do, what to avoid).
fn advice(p: &Parts, kind: AdviceKind, title: Text) -> Html {
    let items: Vec<&Given> = p.a.advice_of(kind).collect();
    if items.is_empty() {
        return html! {};
    }
    let class = match kind {
        AdviceKind::Caveat | AdviceKind::Now => "cb-section cb-now",
        AdviceKind::Do => "cb-section cb-do",
        AdviceKind::Avoid => "cb-section cb-avoid",
    };
    html! {
        <section {class}>
            <h4>{ title.get(p.ui.lang) }</h4>
            <ul class="cb-advice">
                for x in items {
                    <li key={x.item.id} data-advice={x.item.id}>
                        { advice_text(p.ui, x) }
                        { cited(p.ui, x.item.sources, x.item.evidence, Some(p.references)) }
                    </li>
                }
            </ul>
        </section>
    }
}

/// The advice's own text, then those of the clauses that fit the reader's answers.
fn advice_text(ui: &Ui, x: &Given) -> Html {
    html! {
        <p>
            { x.item.text.get(ui.lang) }
            for detail in &x.details {
                { " " }{ detail.get(ui.lang) }
            }
        </p>
    }
}

/// The remedies that suit the reader, each opening its card in the guide.
fn recipes(p: &Parts) -> Html {
    let lang = p.ui.lang;
    let suiting: Vec<&'static Recipe> = p.a.suiting().collect();
    html! {
        <section class="cb-section">
            <h4>{ ui::RECIPES_FOR_YOU.get(lang) }</h4>
            if !suiting.is_empty() {
                <p>{ ui::RECIPES_SUIT.get(lang) }</p>
                <ul class="cb-open-list">
                    for recipe in suiting {
                        <li key={recipe.id}>{ recipe_link(p.ui, recipe) }</li>
                    }
                </ul>
            }
            { button(p.ui, Action::OpenRecipes, ui::RECIPES_OPEN, Look::Plain) }
        </section>
    }
}

/// The numbered list the result's items cite, linked where a source is online.
fn sources(p: &Parts) -> Html {
    let lang = p.ui.lang;
    let all = p.references.all();
    html! {
        <details class="cb-section cb-sources">
            <summary>{ ui::SOURCES_TITLE.get(lang) }{ ": " }{ ui::SOURCES_COUNT.get(lang, all.len() as u32) }</summary>
            <ol>
                for citation in all {
                    <li>
                        if let Some(url) = citation.source().url {
                            <a target="_blank" rel="noopener noreferrer" href={url}>{ citation_name(citation, lang) }</a>
                        } else {
                            { citation_name(citation, lang) }
                        }
                    </li>
                }
            </ol>
        </details>
    }
}
