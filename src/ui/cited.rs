//! Small pieces every result item uses: the answers behind it, its sources, and the
//! evidence note where guideline support is weak.

use yew::prelude::*;

use crate::content::{ui, Citations, Lang, Text};
use crate::engine::rules::Reason;
use crate::engine::summary::reason_text;

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub reasons: Vec<Reason>,
    pub lang: Lang,
    #[prop_or(ui::BECAUSE)]
    pub intro: Text,
}

#[component(Reasons)]
pub fn reasons(props: &ReasonsProps) -> Html {
    if props.reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class="cb-reasons">
            <span>{ props.intro.get(props.lang) }</span>
            <ul>{ for props.reasons.iter().map(|r| html! { <li>{ reason_text(r, props.lang) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CitedProps {
    pub sources: Citations,
    pub evidence: Option<Text>,
    pub lang: Lang,
}

/// "Sources: …" and the evidence note.
#[component(Cited)]
pub fn cited(props: &CitedProps) -> Html {
    let lang = props.lang;
    let sources: Vec<String> =
        props.sources.iter().map(|c| format!("{} — {}", c.title.get(lang), c.section.get(lang))).collect();
    html! {
        <>
            if let Some(evidence) = props.evidence {
                <p class="cb-evidence"><strong>{ ui::EVIDENCE_LABEL.get(lang) }</strong>{ " " }{ evidence.get(lang) }</p>
            }
            <p class="cb-cite">{ ui::SOURCES_TITLE.get(lang) }{ ": " }{ sources.join("; ") }</p>
        </>
    }
}
