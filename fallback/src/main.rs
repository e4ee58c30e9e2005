//! What the page shows of the widget without its wasm, from the same content and views.
//!
//! The fallback for readers without JavaScript or WebAssembly, and for search engines:
//! per language, `<dir>/<lang>.html`, a fragment a publisher pastes inside
//! `<clearback-widget>`. It holds what a reader needs most when the widget cannot run:
//! the warning signs and what each means, and the home remedies with who should not use
//! them. Every text is escaped: nothing of the content becomes markup.
//!
//! The first screen, `<first>`: per language, the checker's first screen as data the
//! loader paints before the wasm has run (`first`).
//!
//!   cargo run -p clearback-fallback -- <dir> <first>

mod first;

use std::fmt::Write;

use clearback::content::{question, ui, Condition, Lang, Text, Triage, TriageInfo, RECIPES, TRIAGE};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("the folder to write the fallback into");
    let first = args.next().expect("the file to write the first screen into");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
    for lang in Lang::ALL {
        let path = format!("{dir}/{}.html", lang.code());
        std::fs::write(&path, fallback(lang)).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let screens: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| format!("\"{}\":{}", lang.code(), first::json(&clearback::first_screen(lang))))
        .collect();
    std::fs::write(&first, format!("{{{}}}\n", screens.join(","))).unwrap_or_else(|e| panic!("{first}: {e}"));
}

/// `text` with `&`, `<`, `>` and `"` escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The most urgent level a warning sign gives on its own, with why: the first clause of
/// the triage rules, from the most urgent level down, that asks for this sign and
/// nothing else.
fn meaning(option: usize) -> Option<(&'static TriageInfo, Text)> {
    let signs = question("warning-signs");
    let alone = |c: &Condition| matches!(*c, Condition::Has(q, mask) if usize::from(q) == signs.index && mask & (1 << option) != 0);
    TRIAGE.iter().rev().find_map(|level| {
        level.rule.iter().find_map(|clause| {
            let only_signs = clause.all.iter().chain(clause.any).all(alone);
            let asks = clause.all.iter().chain(clause.any).any(alone);
            (only_signs && asks).then_some((level, clause.because?))
        })
    })
}

pub fn fallback(lang: Lang) -> String {
    let t = |text: Text| escape(text.get(lang));
    let mut out = String::new();
    let _ = writeln!(out, "<div class=\"clearback-fallback\" lang=\"{}\">", lang.code());
    let _ = writeln!(out, "<h2>{}</h2>", t(ui::WIDGET_TITLE));
    let _ = writeln!(out, "<p>{}</p>", t(ui::FALLBACK_INTRO));
    let _ = writeln!(out, "<h3>{}</h3>", t(ui::FALLBACK_SIGNS));
    let _ = writeln!(out, "<ul>");
    let signs = question("warning-signs");
    for (i, sign) in signs.options.iter().enumerate().filter(|(_, o)| Some(o.id) != signs.exclusive) {
        let Some((level, why)) = meaning(i) else { continue };
        let _ =
            writeln!(out, "<li><strong>{}</strong><br>{} {}</li>", t(sign.label), t(level.title), t(why),);
    }
    let _ = writeln!(out, "</ul>");
    let urgent = TriageInfo::of(Triage::Urgent);
    let _ = writeln!(out, "<p>{}</p>", t(urgent.action));
    let _ = writeln!(out, "<h3>{}</h3>", t(ui::FALLBACK_REMEDIES));
    for recipe in &RECIPES {
        let _ = writeln!(out, "<section>");
        let _ = writeln!(out, "<h4>{}</h4>", t(recipe.title));
        let _ = writeln!(out, "<p>{}</p>", t(recipe.purpose));
        let _ = writeln!(out, "<p><strong>{}</strong> {}</p>", t(ui::CAUTIONS_LABEL), t(recipe.cautions));
        if let Some(note) = recipe.note {
            let _ = writeln!(out, "<p>{}</p>", t(note));
        }
        if let Some(timer) = &recipe.timer {
            let _ = writeln!(out, "<p>{}</p>", escape(&ui::MINUTES.get(lang, timer.minutes)));
        }
        if let Some(limit) = &recipe.limit {
            let _ = writeln!(out, "<p>{}</p>", t(limit.text));
        }
        let _ = writeln!(out, "<p>{}</p><ul>", t(ui::YOU_NEED));
        for item in recipe.ingredients {
            let _ = writeln!(out, "<li>{}</li>", t(*item));
        }
        let _ = writeln!(out, "</ul><p>{}</p><ol>", t(ui::HOW_TO));
        for step in recipe.steps {
            let _ = writeln!(out, "<li>{}</li>", t(*step));
        }
        let _ = writeln!(out, "</ol>");
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "<p>{}</p>", t(ui::DISCLAIMER));
    let _ = writeln!(out, "</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_warning_sign_says_what_it_means_and_nothing_is_markup() {
        let html = fallback(Lang::En);
        let signs = question("warning-signs");
        for sign in signs.options.iter().filter(|o| Some(o.id) != signs.exclusive) {
            assert!(html.contains(&escape(sign.label.get(Lang::En))), "{}", sign.id);
        }
        assert!(html.contains("Contact a doctor or an urgent care service today"));
        for recipe in &RECIPES {
            assert!(html.contains(&escape(recipe.cautions.get(Lang::En))), "{}", recipe.id);
        }
        assert_eq!(
            escape("<img src=x onerror=alert(1)> & \"q\""),
            "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"
        );
        assert!(!html.contains("<script") && !html.contains("onerror"));
    }
}
