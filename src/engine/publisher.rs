//! The publisher's configuration: links to its own pages for a triage level, a specialist
//! or a factor, the numbers to call, and whether the events may carry health ids. The
//! values arrive as the page wrote them (`RawLink`, `RawPhone`, read from the element's
//! JSON by `embed::config`); each is checked here, so that a bad one raises a notice naming its key
//! and the rest still applies. Only `https:`, `http:`, `tel:` and `mailto:` links pass.

use crate::content::{Lang, Text, Triage, FACTORS, SPECIALISTS};

/// A link as the configuration gives it: `{ "href": "…", "label": { "en": "…" } }`.
#[derive(Debug, Default, PartialEq)]
pub struct RawLink {
    pub href: String,
    pub label: Vec<(String, String)>,
}

/// A number to call: `{ "number": "111", "label": { "en": "NHS 111" } }`.
#[derive(Debug, Default, PartialEq)]
pub struct RawPhone {
    pub number: String,
    pub label: Vec<(String, String)>,
}

/// A checked link: its address, and its label by language code.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub href: String,
    pub labels: Vec<(String, String)>,
}

impl Link {
    /// The label in `lang`, else in English, else the widget's own wording.
    pub fn label(&self, lang: Lang, own: Text) -> String {
        let find = |code: &str| self.labels.iter().find(|(l, _)| l == code).map(|(_, text)| text.clone());
        find(lang.code()).or_else(|| find(Lang::DEFAULT.code())).unwrap_or_else(|| own.get(lang).to_owned())
    }

    /// Whether it leaves the page for another (rather than calling or writing).
    pub fn is_web(&self) -> bool {
        self.href.starts_with("http")
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Publisher {
    pub triage: Vec<(Triage, Link)>,
    pub specialist: Vec<(&'static str, Link)>,
    pub factor: Vec<(&'static str, Link)>,
    /// The number for help today, and the emergency number, as `tel:` links.
    pub urgent_phone: Option<Link>,
    pub emergency_phone: Option<Link>,
    /// The events and the `assessment` property carry the triage and factor ids.
    pub health_ids: bool,
    /// The keys whose values could not be used, as the page wrote them.
    pub notices: Vec<String>,
}

/// The triage levels by the ids the configuration uses.
const LEVELS: [Triage; 4] = [Triage::Urgent, Triage::Soon, Triage::Routine, Triage::SelfCare];

impl Publisher {
    /// Notes that the value at `key` was not used.
    pub fn refuse(&mut self, key: impl Into<String>) {
        self.notices.push(key.into());
    }

    /// A link of a section (`triage`, `specialist`, `factor`) for the id `id`.
    pub fn add_link(&mut self, section: &str, id: &str, raw: RawLink) {
        let key = format!("{section}.{id}");
        let Some(link) = checked(&raw.href).map(|href| Link { href, labels: raw.label }) else {
            return self.refuse(format!("{key}.href"));
        };
        match section {
            "triage" => match LEVELS.into_iter().find(|t| t.id() == id) {
                Some(level) => self.triage.push((level, link)),
                None => self.refuse(key),
            },
            "specialist" => match SPECIALISTS.iter().find(|s| s.id == id) {
                Some(s) => self.specialist.push((s.id, link)),
                None => self.refuse(key),
            },
            "factor" => match FACTORS.iter().find(|f| f.id == id) {
                Some(f) => self.factor.push((f.id, link)),
                None => self.refuse(key),
            },
            _ => self.refuse(section),
        }
    }

    /// A number of `phone` (`urgent` or `emergency`).
    pub fn add_phone(&mut self, id: &str, raw: RawPhone) {
        let key = format!("phone.{id}");
        let number = raw.number.trim();
        let dialable = !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
            && number.chars().any(|c| c.is_ascii_digit());
        if !dialable {
            return self.refuse(format!("{key}.number"));
        }
        let href = format!("tel:{}", number.chars().filter(|c| !c.is_whitespace()).collect::<String>());
        let mut labels = raw.label;
        // The number is shown with its label, so that the reader sees what they call.
        for (_, label) in &mut labels {
            label.push_str(": ");
            label.push_str(number);
        }
        let phone = Some(Link { href, labels });
        match id {
            "urgent" => self.urgent_phone = phone,
            "emergency" => self.emergency_phone = phone,
            _ => self.refuse(key),
        }
    }

    pub fn link(&self, level: Triage) -> Option<&Link> {
        self.triage.iter().find(|(t, _)| *t == level).map(|(_, l)| l)
    }

    pub fn specialist_link(&self, id: &str) -> Option<&Link> {
        self.specialist.iter().find(|(s, _)| *s == id).map(|(_, l)| l)
    }

    pub fn factor_link(&self, id: &str) -> Option<&Link> {
        self.factor.iter().find(|(f, _)| *f == id).map(|(_, l)| l)
    }
}

/// The address, if it is one the widget may link to: `https:`, `http:`, `tel:` or
/// `mailto:`, with something after the scheme and no space or control character.
fn checked(href: &str) -> Option<String> {
    let href = href.trim();
    let (scheme, rest) = href.split_once(':')?;
    let allowed = ["https", "http", "tel", "mailto"].iter().any(|s| s.eq_ignore_ascii_case(scheme));
    let clean = !rest.is_empty() && !href.chars().any(|c| c.is_whitespace() || c.is_control());
    let web_has_host =
        !scheme.to_ascii_lowercase().starts_with("http") || rest.starts_with("//") && rest.len() > 2;
    (allowed && clean && web_has_host).then(|| href.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ui;

    fn raw(href: &str, labels: &[(&str, &str)]) -> RawLink {
        RawLink {
            href: href.into(),
            label: labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn only_web_phone_and_mail_links_pass() {
        for good in [
            "https://example.org/x",
            "http://example.org",
            "tel:111",
            "mailto:help@example.org",
            " HTTPS://a.b ",
        ] {
            assert!(checked(good).is_some(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<b>",
            "//example.org",
            "example.org",
            "https:",
            "https:example.org",
            "https://exa mple.org",
            "vbscript:x",
            "",
        ] {
            assert!(checked(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_bad_entry_raises_a_notice_naming_its_key_and_the_rest_applies() {
        let mut p = Publisher::default();
        p.add_link("triage", "urgent", raw("https://example.org/urgent", &[("en", "Urgent care near you")]));
        p.add_link("triage", "whenever", raw("https://example.org", &[]));
        p.add_link("specialist", "dermatologist", raw("javascript:alert(1)", &[]));
        p.add_link("specialist", "pharmacist", raw("https://example.org/pharmacy", &[]));
        p.add_link("factor", "fungal", raw("https://example.org/fungal", &[]));
        p.add_link("factor", "moonlight", raw("https://example.org", &[]));
        p.add_phone(
            "urgent",
            RawPhone { number: "111".into(), label: vec![("en".to_string(), "NHS 111".to_string())] },
        );
        p.add_phone("emergency", RawPhone { number: "call me".into(), label: Vec::new() });
        assert_eq!(
            p.notices,
            [
                "triage.whenever",
                "specialist.dermatologist.href",
                "factor.moonlight",
                "phone.emergency.number"
            ]
        );
        assert_eq!(p.link(Triage::Urgent).map(|l| l.href.as_str()), Some("https://example.org/urgent"));
        assert!(p.specialist_link("pharmacist").is_some() && p.specialist_link("dermatologist").is_none());
        assert!(p.factor_link("fungal").is_some());
        let phone = p.urgent_phone.as_ref().unwrap();
        assert_eq!(
            (phone.href.as_str(), phone.label(Lang::En, ui::PHONE_URGENT)),
            ("tel:111", "NHS 111: 111".into())
        );
        assert!(p.emergency_phone.is_none());
    }

    #[test]
    fn a_label_falls_back_to_english_then_to_the_widgets_own_words() {
        let link =
            Link { href: "https://x.org".into(), labels: vec![("en".to_string(), "Find a GP".to_string())] };
        assert_eq!(link.label(Lang::Ru, ui::PHONE_URGENT), "Find a GP");
        let bare = Link { href: "https://x.org".into(), labels: Vec::new() };
        assert_eq!(bare.label(Lang::Ru, ui::PHONE_URGENT), ui::PHONE_URGENT.get(Lang::Ru));
    }
}
