//! What the host page asked for through the element's attributes, and what the widget
//! does with it: unknown values fall back to the default and raise a notice, never an
//! error.

use crate::content::Lang;

/// The two things the widget offers; `view` picks the one that opens first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Checker,
    Recipes,
}

impl View {
    pub const ALL: [View; 2] = [View::Checker, View::Recipes];

    /// The attribute value and the `data-view` hook.
    pub const fn id(self) -> &'static str {
        match self {
            View::Checker => "checker",
            View::Recipes => "recipes",
        }
    }

    pub fn from_id(value: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id().eq_ignore_ascii_case(value))
    }
}

/// The raw attribute values, as the page set them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    /// The element's own `lang`.
    pub lang: Option<String>,
    /// The `lang` of the nearest ancestor that has one.
    pub inherited_lang: Option<String>,
    pub view: Option<String>,
    /// `light`, `dark` or `auto`; the stylesheet reads the attribute itself, so only an
    /// unknown value matters here.
    pub theme: Option<String>,
}

/// A value the page gave that the widget could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownLang(String),
    UnknownView(String),
    UnknownTheme(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub view: View,
    pub notices: Vec<Notice>,
}

pub fn resolve(attributes: &Attributes) -> Settings {
    let mut notices = Vec::new();
    // An unsupported page language is the page's business, not a mistake in the
    // snippet, so only the element's own attribute raises a notice.
    let inherited = attributes.inherited_lang.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::DEFAULT);
    let lang = match given(&attributes.lang) {
        None => inherited,
        Some(value) => Lang::from_tag(value).unwrap_or_else(|| {
            notices.push(Notice::UnknownLang(shown(value)));
            inherited
        }),
    };
    let view = match given(&attributes.view) {
        None => View::Checker,
        Some(value) => View::from_id(value).unwrap_or_else(|| {
            notices.push(Notice::UnknownView(shown(value)));
            View::Checker
        }),
    };
    if let Some(value) = given(&attributes.theme) {
        if !["light", "dark", "auto"].iter().any(|t| t.eq_ignore_ascii_case(value)) {
            notices.push(Notice::UnknownTheme(shown(value)));
        }
    }
    Settings { lang, view, notices }
}

/// The value as a notice quotes it: at most 40 characters, so that a page that put a
/// whole document into an attribute does not get it back on screen.
fn shown(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        head + "…"
    } else {
        head
    }
}

/// An empty attribute (`lang=""`) means the same as none.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes(lang: Option<&str>, inherited: Option<&str>, view: Option<&str>) -> Attributes {
        Attributes {
            lang: lang.map(Into::into),
            inherited_lang: inherited.map(Into::into),
            view: view.map(Into::into),
            theme: None,
        }
    }

    #[test]
    fn a_huge_or_markup_like_value_is_quoted_short_and_as_it_is() {
        let huge = "x".repeat(100_000);
        let s = resolve(&Attributes { view: Some(huge), ..Attributes::default() });
        assert_eq!(s.notices, vec![Notice::UnknownView(format!("{}…", "x".repeat(40)))]);
        let markup = "<img src=x onerror=alert(1)>";
        let s = resolve(&Attributes { lang: Some(markup.into()), ..Attributes::default() });
        assert_eq!(s.notices, vec![Notice::UnknownLang(markup.into())], "quoted as text, never parsed");
    }

    #[test]
    fn an_unknown_theme_raises_a_notice_and_the_known_ones_none() {
        for theme in ["light", "DARK", " auto ", ""] {
            let s = resolve(&Attributes { theme: Some(theme.into()), ..Attributes::default() });
            assert!(s.notices.is_empty(), "{theme}");
        }
        let s = resolve(&Attributes { theme: Some("neon".into()), ..Attributes::default() });
        assert_eq!(s.notices, vec![Notice::UnknownTheme("neon".into())]);
    }

    #[test]
    fn no_attributes_give_english_and_the_checker() {
        let s = resolve(&Attributes::default());
        assert_eq!((s.lang, s.view, s.notices.len()), (Lang::En, View::Checker, 0));
    }

    #[test]
    fn the_page_language_is_inherited_when_the_element_has_none() {
        assert_eq!(resolve(&attributes(None, Some("ru-RU"), None)).lang, Lang::Ru);
        assert_eq!(resolve(&attributes(Some(""), Some("ru"), None)).lang, Lang::Ru);
    }

    #[test]
    fn the_element_language_wins_over_the_page() {
        assert_eq!(resolve(&attributes(Some("en"), Some("ru"), None)).lang, Lang::En);
    }

    #[test]
    fn an_unsupported_page_language_falls_back_quietly() {
        let s = resolve(&attributes(None, Some("de"), None));
        assert_eq!((s.lang, s.notices.len()), (Lang::En, 0));
    }

    #[test]
    fn an_unknown_language_value_falls_back_with_a_notice() {
        let s = resolve(&attributes(Some("klingon"), Some("ru"), None));
        assert_eq!(s.lang, Lang::Ru);
        assert_eq!(s.notices, vec![Notice::UnknownLang("klingon".into())]);
    }

    #[test]
    fn view_values_are_matched_like_html_enumerations() {
        assert_eq!(resolve(&attributes(None, None, Some(" Recipes "))).view, View::Recipes);
        let s = resolve(&attributes(None, None, Some("both")));
        assert_eq!(s.view, View::Checker);
        assert_eq!(s.notices, vec![Notice::UnknownView("both".into())]);
    }
}
