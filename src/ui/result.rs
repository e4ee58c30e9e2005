//! The assessment, in the order a reader acts on it: the verdict with its time frame and
//! whom to see, the first things to do, when to get help sooner, and why; then, folded
//! with a line each, whom to see and why, the rest of what to do and avoid, procedures,
//! remedies, causes and sources. A red flag leads with the action alone; the rest waits
//! behind "after you have seen a doctor". The copied summary keeps the same order.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use super::button::{button, recipe_link, Look};
use super::cited::{citation_name, cited, fired, reasons};
use super::focus::Mark;
use crate::content::{fill, ui, AdviceKind, Recipe, Text, Triage};
use crate::engine::assessment::{Assessment, Given, ProcedureAdvice, ProcedureStatus};
use crate::engine::publisher::{Link, Publisher};
use crate::engine::screens::References;
use crate::engine::summary::first_title;

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
    let (first, more) = a.first_actions();
    let help_if: Vec<&Given> = a.advice_of(AdviceKind::HelpIf).collect();
    html! {
        <div class="cb-result">
            <h3 class="cb-step-title" tabindex="-1" data-focus={Mark::Title.id()}>{ ui::RESULT_TITLE.get(lang) }</h3>
            { caveats(&p) }
            { verdict(&p) }
            { advice(&p, &first, first_title(&first), "cb-section cb-first-actions") }
            { advice(&p, &help_if, ui::HELP_IF_TITLE, "cb-section cb-help-if") }
            { why(&p, stopped_early) }
            { specialists(&p) }
            if p.a.is_red_flag() {
                <details class="cb-section cb-fold cb-later">
                    <summary>{ ui::LATER_TITLE.get(lang) }</summary>
                    { advice(&p, &more, ui::MORE_ADVICE, "cb-section cb-more") }
                    { procedures(&p) }
                    { factors(&p) }
                </details>
                <section class="cb-section">
                    <h4>{ ui::RECIPES_FOR_YOU.get(lang) }</h4>
                    <p class="cb-none-now">{ ui::RECIPES_NONE_NOW.get(lang) }</p>
                </section>
            } else {
                if !more.is_empty() {
                    <details class="cb-section cb-fold cb-more">
                        <summary>{ ui::MORE_ADVICE.get(lang) }</summary>
                        { advice(&p, &more, ui::MORE_ADVICE, "cb-section") }
                    </details>
                }
                { procedures(&p) }
                { recipes(&p) }
                { factors(&p) }
            }
            { sources(&p) }
            <div class="cb-nav cb-actions">
                { button(ui, Action::Back, ui::EDIT, Look::Plain) }
                { button(ui, Action::Restart, ui::RESTART, Look::Plain) }
                { button(ui, Action::Print, ui::PRINT, Look::Plain) }
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

/// How soon and whom to turn to, in a line each; on an urgent result, the publisher's
/// numbers and links as buttons to tap, or the plain way to an emergency number.
fn verdict(p: &Parts) -> Html {
    let lang = p.ui.lang;
    let (title, action) = p.a.verdict();
    let whom: Vec<&str> = p.a.specialists.iter().map(|s| s.item.title.get(lang)).collect();
    let urgent = p.a.triage == Triage::Urgent;
    let (emergency, urgent_phone) = match urgent {
        true => (p.publisher.emergency_phone.as_ref(), p.publisher.urgent_phone.as_ref()),
        false => (None, None),
    };
    html! {
        <div class="cb-triage" part="triage" data-triage={p.a.triage.id()}>
            <p class="cb-triage-title">{ title.get(lang) }</p>
            if !whom.is_empty() {
                <p class="cb-triage-who"><strong>{ ui::SPECIALISTS_TITLE.get(lang) }{ ": " }</strong>{ whom.join("; ") }</p>
            }
            <p class="cb-triage-action">{ action.get(lang) }</p>
            <div class="cb-help-links">
                { publisher_link(p.ui, emergency, ui::PHONE_EMERGENCY, "cb-call cb-call-emergency") }
                { publisher_link(p.ui, urgent_phone, ui::PHONE_URGENT, "cb-call") }
                { publisher_link(p.ui, p.publisher.link(p.a.triage), ui::TRIAGE_LINK, if urgent { "cb-call" } else { "cb-publisher-link" }) }
            </div>
            if urgent && emergency.is_none() {
                <p class="cb-call-local">{ ui::CALL_EMERGENCY.get(lang) }</p>
            }
        </div>
    }
}

/// Why the result says what it says: the reasons of its triage, and whether the
/// interview ended early.
fn why(p: &Parts, stopped_early: bool) -> Html {
    let lang = p.ui.lang;
    if p.a.triage_fired.clauses.is_empty() && !stopped_early {
        return html! {};
    }
    html! {
        <section class="cb-section cb-why">
            <h4>{ ui::WHY_TITLE.get(lang) }</h4>
            { fired(p.ui, &p.a.triage_fired, ui::BECAUSE, Some(p.references)) }
            if stopped_early {
                <p>{ ui::STOPPED_EARLY.get(lang) }</p>
            }
        </section>
    }
}

/// A link of the publisher's, labelled in the reader's language (else `own`), or nothing.
fn publisher_link(ui: &Ui, link: Option<&Link>, own: Text, class: &'static str) -> Html {
    let Some(link) = link else { return html! {} };
    let (target, rel) = if link.is_web() { (Some("_blank"), Some("noopener")) } else { (None, None) };
    html! { <a {class} {target} {rel} href={link.href.clone()}>{ link.label(ui.lang, own) }</a> }
}

/// "Title: first, second", the one line a folded section shows.
fn fold_summary(lang: crate::content::Lang, title: Text, line: &str) -> Html {
    html! {
        <summary><span class="cb-fold-title">{ title.get(lang) }</span>{ ": " }{ line.to_owned() }</summary>
    }
}

fn factors(p: &Parts) -> Html {
    let lang = p.ui.lang;
    let names: Vec<&str> = p.a.factors.iter().map(|f| f.item.title.get(lang)).collect();
    let line = if names.is_empty() { ui::FACTORS_NONE_SHORT.get(lang).to_owned() } else { names.join("; ") };
    html! {
        <details class="cb-section cb-fold cb-factors">
            { fold_summary(lang, ui::FACTORS_TITLE, &line) }
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
                                { publisher_link(p.ui, p.publisher.factor_link(f.item.id), ui::FACTOR_LINK, "cb-publisher-link") }
                                { cited(p.ui, f.item.sources, f.item.evidence, Some(p.references)) }
                            </details>
                        </li>
                    }
                </ul>
            }
        </details>
    }
}

/// Whom to see and why, folded: the verdict names them.
fn specialists(p: &Parts) -> Html {
    let lang = p.ui.lang;
    if p.a.specialists.is_empty() {
        return html! {};
    }
    html! {
        <details class="cb-section cb-fold cb-specialists">
            <summary>{ ui::SPECIALISTS_WHY.get(lang) }</summary>
            <ul class="cb-cards">
                for s in &p.a.specialists {
                    <li key={s.item.id} class="cb-card" part="card" data-specialist={s.item.id}>
                        <p class="cb-card-title">{ s.item.title.get(lang) }</p>
                        <p>{ s.item.why.get(lang) }</p>
                        { publisher_link(p.ui, p.publisher.specialist_link(s.item.id), ui::SPECIALIST_LINK, "cb-publisher-link") }
                        { cited(p.ui, s.item.sources, None, Some(p.references)) }
                    </li>
                }
            </ul>
        </details>
    }
}

/// A procedure's place for this reader: aimed at what they have and not ruled out, not
/// aimed at it, or not advised.
#[derive(Clone, Copy, PartialEq)]
enum Group {
    MayHelp,
    NotAimed,
    NotAdvised,
}

impl Group {
    fn of(procedure: &ProcedureAdvice) -> Group {
        match (procedure.status, procedure.helps.is_empty()) {
            (ProcedureStatus::NotAdvised, _) => Group::NotAdvised,
            (ProcedureStatus::Suitable, false) => Group::MayHelp,
            (ProcedureStatus::Suitable, true) => Group::NotAimed,
        }
    }

    fn title(self) -> Text {
        match self {
            Group::MayHelp => ui::PROCEDURE_SUITABLE,
            Group::NotAimed => ui::PROCEDURE_NOT_AIMED,
            Group::NotAdvised => ui::PROCEDURE_NOT_ADVISED,
        }
    }
}

/// The procedures, folded, grouped by whether they are aimed at what the reader has; the
/// line names those that may help.
fn procedures(p: &Parts) -> Html {
    let lang = p.ui.lang;
    let may_help: Vec<&str> =
        p.a.procedures
            .iter()
            .filter(|x| Group::of(x) == Group::MayHelp)
            .map(|x| x.procedure.title.get(lang))
            .collect();
    let line = match may_help.is_empty() {
        true => ui::PROCEDURES_NONE.get(lang).to_owned(),
        false => fill(ui::PROCEDURES_MAY_HELP.get(lang), &[("names", &may_help.join("; "))]),
    };
    html! {
        <details class="cb-section cb-fold cb-procedures">
            { fold_summary(lang, ui::PROCEDURES_TITLE, &line) }
            for group in [Group::MayHelp, Group::NotAimed, Group::NotAdvised] {
                if p.a.procedures.iter().any(|x| Group::of(x) == group) {
                    <h5 class="cb-group-title">{ group.title().get(lang) }</h5>
                    <ul class="cb-cards">
                        for procedure in p.a.procedures.iter().filter(|x| Group::of(x) == group) {
                            { procedure_card(p, procedure, group) }
                        }
                    </ul>
                }
            }
        </details>
    }
}

fn procedure_card(p: &Parts, procedure: &ProcedureAdvice, group: Group) -> Html {
    let lang = p.ui.lang;
    let item = procedure.procedure;
    html! {
        <li key={item.id} class="cb-card" part="card" data-procedure={item.id} data-status={procedure.status.id()}
            data-aimed={if procedure.helps.is_empty() { "false" } else { "true" }}>
            <details>
                <summary>
                    <span class="cb-card-title">{ item.title.get(lang) }</span>
                    <span class="cb-badge" part="badge">{ group.title().get(lang) }</span>
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
                if group == Group::NotAdvised {
                    { fired(p.ui, &procedure.against, ui::NOT_ADVISED_BECAUSE, Some(p.references)) }
                } else {
                    <p>{ ui::NO_CONTRAINDICATION.get(lang) }</p>
                }
                { cited(p.ui, item.sources, item.evidence, Some(p.references)) }
            </details>
        </li>
    }
}

/// A list of advice under its title (what to do first, when to get help sooner, the
/// rest); an item with points lists them under its text.
fn advice(p: &Parts, items: &[&Given], title: Text, class: &'static str) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section {class}>
            <h4>{ title.get(p.ui.lang) }</h4>
            <ul class="cb-advice">
                for x in items.iter().copied() {
                    <li key={x.item.id} data-advice={x.item.id} data-kind={kind_id(x.kind)}>
                        { advice_text(p.ui, x) }
                        if !x.item.points.is_empty() {
                            <ul class="cb-points">
                                for point in x.item.points {
                                    <li>{ point.get(p.ui.lang) }</li>
                                }
                            </ul>
                        }
                        { cited(p.ui, x.item.sources, x.item.evidence, Some(p.references)) }
                    </li>
                }
            </ul>
        </section>
    }
}

/// The kind an item is shown as, for the stylesheet (what to avoid is marked).
fn kind_id(kind: AdviceKind) -> &'static str {
    match kind {
        AdviceKind::Caveat => "caveat",
        AdviceKind::Now => "now",
        AdviceKind::Do => "do",
        AdviceKind::Avoid => "avoid",
        AdviceKind::HelpIf => "help-if",
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

/// The remedies that suit the reader, folded, each opening its card in the guide.
fn recipes(p: &Parts) -> Html {
    let lang = p.ui.lang;
    let suiting: Vec<&'static Recipe> = p.a.suiting().collect();
    let names: Vec<&str> = suiting.iter().map(|r| r.title.get(lang)).collect();
    let line = if names.is_empty() { ui::RECIPES_NONE.get(lang).to_owned() } else { names.join("; ") };
    html! {
        <details class="cb-section cb-fold cb-remedies">
            { fold_summary(lang, ui::RECIPES_FOR_YOU, &line) }
            if !suiting.is_empty() {
                <p>{ ui::RECIPES_SUIT.get(lang) }</p>
                <ul class="cb-open-list">
                    for recipe in suiting {
                        <li key={recipe.id}>{ recipe_link(p.ui, recipe) }</li>
                    }
                </ul>
            }
            { button(p.ui, Action::OpenRecipes, ui::RECIPES_OPEN, Look::Plain) }
        </details>
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
