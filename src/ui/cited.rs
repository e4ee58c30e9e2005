//! Small pieces every result item uses: the answers behind it, why a rule matters, its
//! sources, and the evidence note on how well guidelines support it. Plain functions,
//! not components: they hold no state, and a component each would cost code and a props
//! clone per item.

use std::rc::Rc;

use super::markup::Markup;
use crate::attrs;
use crate::content::{fill, ui, Citation, Lang, Text};
use crate::engine::rules::{Fired, Reason};
use crate::engine::summary::reason_text;

/// The citations of a whole result, numbered in the order first shown; items then cite
/// by number and the result lists them once at the end.
pub type References = Rc<Vec<&'static Citation>>;

/// "Because you answered: …"
pub fn reasons(m: &mut Markup, reasons: &[Reason], intro: Text) {
    m.group();
    if !reasons.is_empty() {
        m.open("div", attrs!["class" = "cb-reasons"]);
        m.leaf("span", attrs![], intro);
        m.open("ul", attrs![]);
        for r in reasons {
            m.open("li", attrs![]);
            m.string(reason_text(r, m.lang));
            m.close();
        }
        m.close();
        m.close();
    }
    m.close();
}

/// What made a rule hold: why it matters, the answers behind it, and where the rule
/// comes from.
pub fn fired(m: &mut Markup, fired: &Fired, intro: Text, references: Option<&References>) {
    let sources: Vec<&'static Citation> = fired.clauses.iter().flat_map(|c| c.sources.iter()).collect();
    m.open("div", attrs!["class" = "cb-fired"]);
    m.group();
    for text in fired.because() {
        m.leaf("p", attrs!["class" = "cb-because"], text);
    }
    m.close();
    reasons(m, &fired.reasons, intro);
    source_line(m, &sources, references);
    m.close();
}

/// The evidence note and "Sources: …".
pub fn cited(
    m: &mut Markup,
    sources: &'static [Citation],
    evidence: Option<Text>,
    references: Option<&References>,
) {
    let sources: Vec<&'static Citation> = sources.iter().collect();
    m.group();
    m.group();
    if let Some(evidence) = evidence {
        m.open("p", attrs!["class" = "cb-evidence"]);
        m.leaf("strong", attrs![], ui::EVIDENCE_LABEL);
        m.str(" ");
        m.text(evidence);
        m.close();
    }
    m.close();
    source_line(m, &sources, references);
    m.close();
}

/// "Sources: 2, 5" where the result numbers them, else the sources by name.
fn source_line(m: &mut Markup, sources: &[&'static Citation], references: Option<&References>) {
    let mut seen: Vec<&Citation> = Vec::new();
    for citation in sources {
        if !seen.contains(citation) {
            seen.push(citation);
        }
    }
    m.group();
    if !seen.is_empty() {
        let names: Vec<String> = match references {
            // In the order of the result's list, so the numbers rise without a sort.
            Some(references) => references
                .iter()
                .enumerate()
                .filter(|(_, r)| seen.contains(r))
                .map(|(i, _)| (i + 1).to_string())
                .collect(),
            None => seen.iter().map(|c| citation_name(c, m.lang)).collect(),
        };
        let separator = if references.is_some() { ", " } else { "; " };
        m.open("p", attrs!["class" = "cb-cite"]);
        m.text(ui::SOURCES_TITLE);
        m.str(": ");
        m.string(names.join(separator));
        m.close();
    }
    m.close();
}

/// "Title — section", or the title alone.
pub fn citation_name(citation: &Citation, lang: Lang) -> String {
    let title = citation.source().title.get(lang);
    match citation.section {
        Some(section) => fill(ui::CITATION.get(lang), &[("title", title), ("section", section.get(lang))]),
        None => title.to_owned(),
    }
}
