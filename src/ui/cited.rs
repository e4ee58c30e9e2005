//! Small pieces every result item and card uses: the answers behind it, why a rule
//! matters, its sources, and the evidence note on how well guidelines support it.

use yew::prelude::*;

use super::app::Ui;
use crate::content::{fill, ui, Citation, Citations, Lang, Text};
use crate::engine::rules::{Fired, Reason};
use crate::engine::screens::References;
use crate::engine::summary::reason_text;

/// "Because you answered: …", or another lead-in (`intro`).
pub fn reasons(ui: &Ui, reasons: &[Reason], intro: Text) -> Html {
    if reasons.is_empty() {
        return html! {};
    }
    html! {
        <div class="cb-reasons">
            <span>{ intro.get(ui.lang) }</span>
            <ul>
                for reason in reasons {
                    <li>{ reason_text(reason, ui.lang) }</li>
                }
            </ul>
        </div>
    }
}

/// What made a rule hold: why it matters, the answers behind it, and where the rule comes
/// from, by number where the result numbers its sources (`references`).
pub fn fired(ui: &Ui, fired: &Fired, intro: Text, references: Option<&References>) -> Html {
    let sources: Vec<&'static Citation> = fired.clauses.iter().flat_map(|c| c.sources.iter()).collect();
    html! {
        <div class="cb-fired">
            for text in fired.because() {
                <p class="cb-because">{ text.get(ui.lang) }</p>
            }
            { reasons(ui, &fired.reasons, intro) }
            { source_line(&sources, references, ui.lang) }
        </div>
    }
}

/// The evidence note and "Sources: …".
pub fn cited(ui: &Ui, sources: Citations, evidence: Option<Text>, references: Option<&References>) -> Html {
    let sources: Vec<&'static Citation> = sources.iter().collect();
    html! {
        <>
            if let Some(evidence) = evidence {
                <p class="cb-evidence"><strong>{ ui::EVIDENCE_LABEL.get(ui.lang) }</strong>{ " " }{ evidence.get(ui.lang) }</p>
            }
            { source_line(&sources, references, ui.lang) }
        </>
    }
}

/// "Sources: 2, 5" where the result numbers them, else the sources by name.
fn source_line(sources: &[&'static Citation], references: Option<&References>, lang: Lang) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    let names = match references {
        Some(references) => references
            .numbers(sources.iter().copied())
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        None => {
            let mut names: Vec<String> = Vec::new();
            for name in sources.iter().map(|c| citation_name(c, lang)) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            names.join("; ")
        }
    };
    html! { <p class="cb-cite">{ ui::SOURCES_TITLE.get(lang) }{ ": " }{ names }</p> }
}

/// "Title — section", or the title alone.
pub fn citation_name(citation: &Citation, lang: Lang) -> String {
    let title = citation.source().title.get(lang);
    match citation.section {
        Some(section) => fill(ui::CITATION.get(lang), &[("title", title), ("section", section.get(lang))]),
        None => title.to_owned(),
    }
}
