//! Polite notices about values the page gave that the widget could not use: attribute
//! values (`data-notice="attribute"`) and entries of the publisher's configuration
//! (`data-notice="config"`).

use super::markup::Markup;
use crate::attrs;
use crate::content::{fill, ui, Text};
use crate::engine::settings::Notice;

pub fn notices(m: &mut Markup, attributes: &[Notice], config: &[String]) {
    m.group();
    if !attributes.is_empty() || !config.is_empty() {
        let attribute = attributes.iter().map(|notice| match notice {
            Notice::UnknownLang(value) => (ui::NOTICE_LANG, value, "attribute"),
            Notice::UnknownView(value) => (ui::NOTICE_VIEW, value, "attribute"),
            Notice::UnknownTheme(value) => (ui::NOTICE_THEME, value, "attribute"),
        });
        let setting = config.iter().map(|key| (ui::NOTICE_CONFIG, key, "config"));
        m.open("div", attrs!["role" = "status"]);
        m.open("ul", attrs!["class" = "cb-notices"]);
        for (template, value, kind) in attribute.chain(setting) {
            m.open("li", attrs!["class" = "cb-notice", "part" = "notice"]);
            m.attr("data-notice", kind);
            m.string(fill(template.get(m.lang), &[("value", value)]));
            m.close();
        }
        m.close();
        m.close();
    }
    m.close();
}

/// A note of the widget's own about what it could not do (keep the answers, read the
/// log), in the view it concerns.
pub fn note(m: &mut Markup, text: Text) {
    m.leaf("p", attrs!["class" = "cb-notice", "part" = "notice", "role" = "note"], text);
}
