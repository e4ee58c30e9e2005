//! Small pieces every result item uses: the answers behind it, why a rule matters, its
//! sources, and the evidence note on how well guidelines support it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{ui, Citation, Lang, Text};
use crate::engine::rules::{Fired, Reason};
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

/// The citations of a whole result, numbered in the order first shown; items then cite
/// by number and the result lists them once at the end.
pub type References = Rc<Vec<&'static Citation>>;

#[derive(Properties, PartialEq)]
pub struct FiredProps {
    pub fired: Fired,
    pub lang: Lang,
    #[prop_or(ui::BECAUSE)]
    pub intro: Text,
    #[prop_or_default]
    pub references: Option<References>,
}

/// What made a rule hold: why it matters, the answers behind it, and where the rule
/// comes from.
#[component(FiredView)]
pub fn fired_view(props: &FiredProps) -> Html {
    let lang = props.lang;
    let sources: Vec<&'static Citation> = props.fired.clauses.iter().flat_map(|c| c.sources.iter()).collect();
    html! {
        <div class="cb-fired">
            { for props.fired.because().map(|text| html! { <p class="cb-because">{ text.get(lang) }</p> }) }
            <Reasons reasons={props.fired.reasons.clone()} {lang} intro={props.intro} />
            <SourceLine {sources} {lang} references={props.references.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CitedProps {
    pub sources: &'static [Citation],
    pub evidence: Option<Text>,
    pub lang: Lang,
    #[prop_or_default]
    pub references: Option<References>,
}

/// "Sources: …" and the evidence note.
#[component(Cited)]
pub fn cited(props: &CitedProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            if let Some(evidence) = props.evidence {
                <p class="cb-evidence"><strong>{ ui::EVIDENCE_LABEL.get(lang) }</strong>{ " " }{ evidence.get(lang) }</p>
            }
            <SourceLine sources={props.sources.iter().collect::<Vec<_>>()} {lang} references={props.references.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SourceLineProps {
    sources: Vec<&'static Citation>,
    lang: Lang,
    references: Option<References>,
}

/// "Sources: 2, 5" where the result numbers them, else the sources by name.
#[component(SourceLine)]
fn source_line(props: &SourceLineProps) -> Html {
    let lang = props.lang;
    let mut seen: Vec<&Citation> = Vec::new();
    for citation in &props.sources {
        if !seen.contains(citation) {
            seen.push(citation);
        }
    }
    if seen.is_empty() {
        return Html::default();
    }
    let names: Vec<String> = match &props.references {
        Some(references) => {
            let mut numbers: Vec<usize> =
                seen.iter().filter_map(|c| references.iter().position(|r| r == c)).map(|i| i + 1).collect();
            numbers.sort_unstable();
            numbers.iter().map(usize::to_string).collect()
        }
        None => seen.iter().map(|c| citation_name(c, lang)).collect(),
    };
    let separator = if props.references.is_some() { ", " } else { "; " };
    html! { <p class="cb-cite">{ ui::SOURCES_TITLE.get(lang) }{ ": " }{ names.join(separator) }</p> }
}

/// "Title — section", or the title alone.
pub fn citation_name(citation: &Citation, lang: Lang) -> String {
    match citation.section {
        Some(section) => format!("{} — {}", citation.source.title.get(lang), section.get(lang)),
        None => citation.source.title.get(lang).to_owned(),
    }
}
