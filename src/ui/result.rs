//! The assessment: what to do and how soon, why, whom to see, procedures, advice,
//! sources, and the ways to keep it.

use yew::prelude::*;

use super::cited::{Cited, Reasons};
use crate::content::{ui, AdviceKind, Citation, Lang, TriageInfo};
use crate::engine::assessment::{Assessment, ProcedureStatus, RecipeStatus};
use crate::engine::session::{Action, Session};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub session: Session,
    pub assessment: Assessment,
    pub lang: Lang,
    pub on_action: Callback<Action>,
    pub on_open_recipes: Callback<()>,
    pub on_print: Callback<()>,
    pub on_copy: Callback<()>,
    /// What became of the last copy, announced politely.
    pub copy_status: Option<bool>,
    pub heading: NodeRef,
}

#[component(ResultView)]
pub fn result_view(props: &ResultProps) -> Html {
    let lang = props.lang;
    let a = &props.assessment;
    let t = |text: crate::content::Text| text.get(lang);
    let triage = TriageInfo::of(a.triage);
    let act = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action))
    };
    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let ended_early = a.triage >= crate::content::Triage::Urgent && props.session.ends_here();
    let suiting: Vec<_> = a.recipes.iter().filter(|r| r.status == RecipeStatus::Suitable).collect();
    html! {
        <div class="cb-result">
            <h3 class="cb-step-title" tabindex="-1" ref={props.heading.clone()}>{ t(ui::RESULT_TITLE) }</h3>
            <div class={classes!("cb-triage", format!("cb-triage-{}", a.triage.id()))} data-triage={a.triage.id()}>
                <p class="cb-triage-title">{ t(triage.title) }</p>
                <p>{ t(triage.action) }</p>
                <Reasons reasons={a.triage_reasons.clone()} {lang} />
                if ended_early {
                    <p>{ t(ui::STOPPED_EARLY) }</p>
                }
            </div>

            <section class="cb-section">
                <h4>{ t(ui::FACTORS_TITLE) }</h4>
                if a.factors.is_empty() {
                    <p>{ t(ui::FACTORS_NONE) }</p>
                } else {
                    <ul class="cb-cards">
                        { for a.factors.iter().map(|f| html! {
                            <li class="cb-card" data-factor={f.item.id}>
                                <details>
                                    <summary>{ t(f.item.title) }</summary>
                                    <p>{ t(f.item.why) }</p>
                                    <Reasons reasons={f.reasons.clone()} {lang} />
                                    <Cited sources={f.item.sources} evidence={f.item.evidence} {lang} />
                                </details>
                            </li>
                        }) }
                    </ul>
                }
            </section>

            if !a.specialists.is_empty() {
                <section class="cb-section">
                    <h4>{ t(ui::SPECIALISTS_TITLE) }</h4>
                    <ul class="cb-cards">
                        { for a.specialists.iter().map(|s| html! {
                            <li class="cb-card" data-specialist={s.item.id}>
                                <p class="cb-card-title">{ t(s.item.title) }</p>
                                <p>{ t(s.item.why) }</p>
                                <Cited sources={s.item.sources} evidence={None} {lang} />
                            </li>
                        }) }
                    </ul>
                </section>
            }

            <section class="cb-section">
                <h4>{ t(ui::PROCEDURES_TITLE) }</h4>
                <ul class="cb-cards">
                    { for a.procedures.iter().map(|p| {
                        let (badge, class) = match p.status {
                            ProcedureStatus::Suitable if p.helps.is_empty() => (ui::PROCEDURE_NOT_RULED_OUT, "cb-neutral"),
                            ProcedureStatus::Suitable => (ui::PROCEDURE_SUITABLE, "cb-ok"),
                            ProcedureStatus::NotAdvised => (ui::PROCEDURE_NOT_ADVISED, "cb-no"),
                        };
                        html! {
                            <li class={classes!("cb-card", class)} data-procedure={p.procedure.id} data-status={p.status.id()}>
                                <details>
                                    <summary>
                                        <span class="cb-card-title">{ t(p.procedure.title) }</span>
                                        <span class="cb-badge">{ t(badge) }</span>
                                    </summary>
                                    <p>{ t(p.procedure.what) }</p>
                                    <p>{ t(p.procedure.course) }</p>
                                    <Reasons reasons={p.helps.clone()} {lang} intro={ui::PROCEDURE_HELPS} />
                                    if p.status == ProcedureStatus::NotAdvised {
                                        <Reasons reasons={p.reasons.clone()} {lang} intro={ui::NOT_ADVISED_BECAUSE} />
                                    } else {
                                        <p>{ t(ui::NO_CONTRAINDICATION) }</p>
                                    }
                                    <Cited sources={p.procedure.sources} evidence={p.procedure.evidence} {lang} />
                                </details>
                            </li>
                        }
                    }) }
                </ul>
            </section>

            { for [(AdviceKind::Do, ui::DO_TITLE, "cb-do"), (AdviceKind::Avoid, ui::AVOID_TITLE, "cb-avoid")].into_iter().map(|(kind, title, class)| html! {
                <section class={classes!("cb-section", class)}>
                    <h4>{ t(title) }</h4>
                    <ul class="cb-advice">
                        { for a.advice.iter().filter(|x| x.item.kind == kind).map(|x| html! {
                            <li data-advice={x.item.id}>
                                { t(x.item.text) }
                                <Cited sources={x.item.sources} evidence={x.item.evidence} {lang} />
                            </li>
                        }) }
                    </ul>
                </section>
            }) }

            <section class="cb-section">
                <h4>{ t(ui::RECIPES_FOR_YOU) }</h4>
                if !suiting.is_empty() {
                    <ul>{ for suiting.iter().map(|r| html! { <li>{ t(r.recipe.title) }</li> }) }</ul>
                }
                <button type="button" onclick={emit(&props.on_open_recipes)}>{ t(ui::RECIPES_OPEN) }</button>
            </section>

            <section class="cb-section cb-sources">
                <h4>{ t(ui::SOURCES_TITLE) }</h4>
                <ul>{ for source_titles(a, lang).into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
            </section>

            <p class="cb-disclaimer">{ t(ui::DISCLAIMER) }{ " " }{ t(ui::MEDICINES) }</p>

            <div class="cb-nav cb-actions">
                <button type="button" data-action="back" onclick={act(Action::Back)}>{ t(ui::EDIT) }</button>
                <button type="button" data-action="restart" onclick={act(Action::Restart)}>{ t(ui::RESTART) }</button>
                <button type="button" data-action="print" onclick={emit(&props.on_print)}>{ t(ui::PRINT) }</button>
                <button type="button" data-action="copy" onclick={emit(&props.on_copy)}>{ t(ui::COPY) }</button>
            </div>
            <p class="cb-status" role="status">
                { match props.copy_status {
                    Some(true) => t(ui::COPIED),
                    Some(false) => t(ui::COPY_FAILED),
                    None => "",
                } }
            </p>
        </div>
    }
}

/// Every source this result cites, once each, in the order first cited.
fn source_titles(a: &Assessment, lang: Lang) -> Vec<&'static str> {
    let cited = TriageInfo::of(a.triage)
        .sources
        .iter()
        .chain(a.factors.iter().flat_map(|f| f.item.sources))
        .chain(a.specialists.iter().flat_map(|s| s.item.sources))
        .chain(a.procedures.iter().flat_map(|p| p.procedure.sources))
        .chain(a.advice.iter().flat_map(|x| x.item.sources));
    let mut seen: Vec<&'static Citation> = Vec::new();
    for citation in cited {
        if !seen.iter().any(|s| s.source == citation.source) {
            seen.push(citation);
        }
    }
    seen.iter().map(|c| c.title.get(lang)).collect()
}
