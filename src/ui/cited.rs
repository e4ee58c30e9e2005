//! Small pieces every result item uses: the answers behind it, why a rule matters, its
//! sources, and the evidence note on how well guidelines support it. Plain functions,
//! not components: they hold no state, and a component each would cost code and a props
//! clone per item.

use std::rc::Rc;

use yew::prelude::*;

use super::words::words;
use crate::content::{fill, ui, Citation, Lang, Text};
use crate::engine::rules::{Fired, Reason};
use crate::engine::summary::reason_text;

/// The citations of a whole result, numbered in the order first shown; items then cite
/// by number and the result lists them once at the end.
pub type References = Rc<Vec<&'static Citation>>;

/// "Because you answered: …"
pub fn reasons(reasons: &[Reason], lang: Lang, intro: Text) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class="cb-reasons">
            <span>{ words(intro.get(lang)) }</span>
            <ul>{ for reasons.iter().map(|r| html! { <li>{ reason_text(r, lang) }</li> }) }</ul>
        </div>
    }
}

/// What made a rule hold: why it matters, the answers behind it, and where the rule
/// comes from.
pub fn fired(fired: &Fired, lang: Lang, intro: Text, references: Option<&References>) -> Html {
    let sources: Vec<&'static Citation> = fired.clauses.iter().flat_map(|c| c.sources.iter()).collect();
    html! {
        <div class="cb-fired">
            { for fired.because().map(|text| html! { <p class="cb-because">{ words(text.get(lang)) }</p> }) }
            { reasons(&fired.reasons, lang, intro) }
            { source_line(&sources, lang, references) }
        </div>
    }
}

/// The evidence note and "Sources: …".
pub fn cited(
    sources: &'static [Citation],
    evidence: Option<Text>,
    lang: Lang,
    references: Option<&References>,
) -> Html {
    let sources: Vec<&'static Citation> = sources.iter().collect();
    html! {
        <>
            if let Some(evidence) = evidence {
                <p class="cb-evidence"><strong>{ words(ui::EVIDENCE_LABEL.get(lang)) }</strong>{ " " }{ words(evidence.get(lang)) }</p>
            }
            { source_line(&sources, lang, references) }
        </>
    }
}

/// "Sources: 2, 5" where the result numbers them, else the sources by name.
fn source_line(sources: &[&'static Citation], lang: Lang, references: Option<&References>) -> Html {
    let mut seen: Vec<&Citation> = Vec::new();
    for citation in sources {
        if !seen.contains(citation) {
            seen.push(citation);
        }
    }
    if seen.is_empty() {
        return Html::default();
    }
    let names: Vec<String> = match references {
        // In the order of the result's list, so the numbers rise without a sort.
        Some(references) => references
            .iter()
            .enumerate()
            .filter(|(_, r)| seen.contains(r))
            .map(|(i, _)| (i + 1).to_string())
            .collect(),
        None => seen.iter().map(|c| citation_name(c, lang)).collect(),
    };
    let separator = if references.is_some() { ", " } else { "; " };
    html! { <p class="cb-cite">{ words(ui::SOURCES_TITLE.get(lang)) }{ ": " }{ names.join(separator) }</p> }
}

/// "Title — section", or the title alone.
pub fn citation_name(citation: &Citation, lang: Lang) -> String {
    let title = citation.source().title.get(lang);
    match citation.section {
        Some(section) => fill(ui::CITATION.get(lang), &[("title", title), ("section", section.get(lang))]),
        None => title.to_owned(),
    }
}
