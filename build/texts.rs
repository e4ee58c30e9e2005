//! The per-language text files: `content/text/<code>.toml`, one per language. Every file
//! must define exactly the same keys, with the same `{placeholders}` in each; the language
//! list is the set of files. A file's `[language]` table says how the language counts
//! (`plural`: `one-other` or `one-few-many`) and writes dates (`date`, `months`). A text
//! that counts is a table of its plural forms, the ones its language's rule has
//! (`{ one = "…", other = "…" }`), each with an `{n}`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The language every page falls back to; its file must exist.
pub const DEFAULT_LANG: &str = "en";

pub struct Language {
    pub code: String,
    pub file: PathBuf,
    pub plural: PluralRule,
    /// Dotted key (`ui.tab-checker`) to text. A plural text takes three keys, `<key>.~1`,
    /// `.~2` and `.~3` (the forms for one, few and the rest), in every language alike, so
    /// that its forms have the same places in every pack.
    pub texts: BTreeMap<String, String>,
}

/// How a language picks the form of a counted noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// English: one; other.
    OneOther,
    /// Russian, Ukrainian: one (1, 21, 31…), few (2–4, 22–24…), many (the rest).
    OneFewMany,
}

impl PluralRule {
    fn parse(name: &str) -> Option<PluralRule> {
        match name {
            "one-other" => Some(PluralRule::OneOther),
            "one-few-many" => Some(PluralRule::OneFewMany),
            _ => None,
        }
    }

    /// The forms a plural table of this language must give, in the slots `~1` to `~3`.
    fn forms(self) -> [&'static str; 3] {
        match self {
            PluralRule::OneOther => ["one", "other", "other"],
            PluralRule::OneFewMany => ["one", "few", "many"],
        }
    }

    fn variant(self) -> &'static str {
        match self {
            PluralRule::OneOther => "PluralRule::OneOther",
            PluralRule::OneFewMany => "PluralRule::OneFewMany",
        }
    }
}

/// The key of the `[language]` table that is not a text.
const PLURAL_KEY: &str = "language.plural";

pub struct Texts {
    pub languages: Vec<Language>,
}

impl Texts {
    /// The text for `key` in every language, in language order, or an error naming the
    /// file that lacks it.
    pub fn all(&self, key: &str) -> Result<Vec<&str>, String> {
        self.languages
            .iter()
            .map(|l| {
                l.texts
                    .get(key)
                    .map(String::as_str)
                    .ok_or_else(|| format!("{}: missing text `{key}`", l.file.display()))
            })
            .collect()
    }
}

pub fn load(dir: &Path) -> Result<Texts, String> {
    let mut languages = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let file = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if file.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let code = file
            .file_stem()
            .and_then(|s| s.to_str())
            .filter(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_lowercase()))
            .ok_or_else(|| {
                format!("{}: a text file is named by its language code, such as en.toml", file.display())
            })?
            .to_owned();
        let source = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let table: toml::Table = source.parse().map_err(|e| format!("{}: {e}", file.display()))?;
        let plural = table
            .get("language")
            .and_then(|l| l.get("plural"))
            .and_then(toml::Value::as_str)
            .and_then(PluralRule::parse)
            .ok_or_else(|| {
                format!(
                    "{}: `{PLURAL_KEY}` must say how the language counts: one-other or one-few-many",
                    file.display()
                )
            })?;
        let mut texts = BTreeMap::new();
        flatten("", &table, &file, plural, &mut texts)?;
        texts.remove(PLURAL_KEY);
        languages.push(Language { code, file, plural, texts });
    }
    languages.sort_by(|a, b| (a.code != DEFAULT_LANG, &a.code).cmp(&(b.code != DEFAULT_LANG, &b.code)));
    if languages.first().map(|l| l.code.as_str()) != Some(DEFAULT_LANG) {
        return Err(format!("{}: the default language file {DEFAULT_LANG}.toml is missing", dir.display()));
    }
    let texts = Texts { languages };
    check_same_keys(&texts)?;
    check_placeholders(&texts)?;
    Ok(texts)
}

fn flatten(
    prefix: &str,
    table: &toml::Table,
    file: &Path,
    plural: PluralRule,
    out: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    for (key, value) in table {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match value {
            toml::Value::String(text) if text.trim().is_empty() => {
                return Err(format!("{}: text `{path}` is empty", file.display()));
            }
            toml::Value::String(text) => {
                out.insert(path, text.trim().to_owned());
            }
            toml::Value::Table(inner) if is_plural(inner) => {
                let forms = plural.forms();
                let mut wanted: Vec<&str> = forms.to_vec();
                wanted.dedup();
                let mut given: Vec<&str> = inner.keys().map(String::as_str).collect();
                given.sort_unstable();
                let mut expected = wanted.clone();
                expected.sort_unstable();
                if given != expected {
                    return Err(format!(
                        "{}: the counted text `{path}` must give the forms {} (this language's plural rule)",
                        file.display(),
                        wanted.join(", ")
                    ));
                }
                for (slot, form) in forms.iter().enumerate() {
                    let text = inner[*form].as_str().unwrap_or_default().trim();
                    if !text.contains("{n}") {
                        return Err(format!(
                            "{}: the form `{form}` of `{path}` has no {{n}}",
                            file.display()
                        ));
                    }
                    out.insert(format!("{path}.~{}", slot + 1), text.to_owned());
                }
            }
            toml::Value::Table(inner) => flatten(&path, inner, file, plural, out)?,
            _ => return Err(format!("{}: `{path}` must be a text or a table", file.display())),
        }
    }
    Ok(())
}

/// A table of plural forms: its keys are forms and its values texts.
fn is_plural(table: &toml::Table) -> bool {
    !table.is_empty()
        && table.iter().all(|(k, v)| matches!(k.as_str(), "one" | "few" | "many" | "other") && v.is_str())
}

/// The `{name}`s of a text.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> =
        text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// `language.months` names twelve months, and `language.date` uses only the parts of a
/// date the widget fills in.
fn check_calendar(language: &Language) -> Result<(), String> {
    let file = language.file.display();
    let months = language
        .texts
        .get("language.months")
        .ok_or_else(|| format!("{file}: missing text `language.months`"))?;
    if months.split(' ').filter(|m| !m.is_empty()).count() != 12 {
        return Err(format!("{file}: `language.months` must name the twelve months, separated by spaces"));
    }
    let date =
        language.texts.get("language.date").ok_or_else(|| format!("{file}: missing text `language.date`"))?;
    if let Some(unknown) =
        placeholders(date).into_iter().find(|p| !["d", "dd", "mm", "mon", "yyyy"].contains(p))
    {
        return Err(format!("{file}: `language.date` uses {{{unknown}}}; a date has {{d}}, {{dd}}, {{mm}}, {{mon}} and {{yyyy}}"));
    }
    Ok(())
}

/// A translation that loses or invents a placeholder would show a raw `{name}` or drop a
/// number: each text must have the default language's placeholders.
fn check_placeholders(texts: &Texts) -> Result<(), String> {
    let (default, others) = texts.languages.split_first().expect("the default language exists");
    for language in &texts.languages {
        check_calendar(language)?;
    }
    // How a language writes dates is its own.
    for (key, text) in default.texts.iter().filter(|(k, _)| !k.starts_with("language.")) {
        let wanted = placeholders(text);
        for language in others {
            let found = placeholders(&language.texts[key]);
            if found != wanted {
                return Err(format!(
                    "{}: text `{key}` has the placeholders {{{}}}, where {} has {{{}}}",
                    language.file.display(),
                    found.join("}, {"),
                    default.file.display(),
                    wanted.join("}, {")
                ));
            }
        }
    }
    Ok(())
}

/// A key present in one language and absent in another is a missing translation.
fn check_same_keys(texts: &Texts) -> Result<(), String> {
    for language in &texts.languages {
        for key in language.texts.keys() {
            texts.all(key)?;
        }
    }
    Ok(())
}

/// The `Lang` enum, the `Text` type, one constant per `ui.*` key, and the packs built in
/// where the program cannot fetch them (host tests, browser tests).
pub fn emit(texts: &Texts) -> String {
    let mut code = String::new();
    let count = texts.languages.len();
    let variants: Vec<String> = texts.languages.iter().map(|l| variant(&l.code)).collect();
    writeln!(code, "/// A language the content is complete in.").unwrap();
    writeln!(code, "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]").unwrap();
    writeln!(code, "pub enum Lang {{ {} }}", variants.join(", ")).unwrap();
    writeln!(code, "impl Lang {{").unwrap();
    writeln!(
        code,
        "    pub const ALL: [Lang; {count}] = [{}];",
        variants.iter().map(|v| format!("Lang::{v}")).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    writeln!(code, "    pub const DEFAULT: Lang = Lang::{};", variant(DEFAULT_LANG)).unwrap();
    writeln!(code, "    pub const fn code(self) -> &'static str {{ match self {{").unwrap();
    for l in &texts.languages {
        writeln!(code, "        Lang::{} => {:?},", variant(&l.code), l.code).unwrap();
    }
    writeln!(code, "    }} }}").unwrap();
    writeln!(code, "    pub const fn plural_rule(self) -> PluralRule {{ match self {{").unwrap();
    for l in &texts.languages {
        writeln!(code, "        Lang::{} => {},", variant(&l.code), l.plural.variant()).unwrap();
    }
    writeln!(code, "    }} }}").unwrap();
    writeln!(code, "}}").unwrap();
    writeln!(code, "/// How many texts every language's pack holds, in the same order.").unwrap();
    writeln!(code, "pub const TEXT_COUNT: usize = {};", texts.languages[0].texts.len()).unwrap();
    writeln!(code, "#[cfg(any(not(target_arch = \"wasm32\"), feature = \"bundled-texts\"))]").unwrap();
    writeln!(code, "pub static BUNDLED_TEXTS: [(Lang, &[&str]); {count}] = [").unwrap();
    for l in &texts.languages {
        let literals: Vec<String> = l.texts.values().map(|t| format!("{t:?}")).collect();
        writeln!(code, "    (Lang::{}, &[{}]),", variant(&l.code), literals.join(", ")).unwrap();
    }
    writeln!(code, "];").unwrap();
    for (table, about) in [("ui", "Interface wording"), ("language", "How the language writes dates")] {
        writeln!(code, "/// {about}, from the `[{table}]` table of the text files.").unwrap();
        writeln!(code, "pub mod {table} {{ #[allow(unused_imports)] use super::{{Plural, Text}};").unwrap();
        let prefix = format!("{table}.");
        for key in texts.languages[0].texts.keys().filter(|k| k.starts_with(&prefix)) {
            let rest = &key[prefix.len()..];
            if let Some(base) = rest.strip_suffix(".~1") {
                let name = base.replace(['-', '.'], "_").to_uppercase();
                let literal = plural_literal(texts, &key[..key.len() - 3]).expect("keys were checked");
                writeln!(code, "    pub const {name}: Plural = {literal};").unwrap();
            } else if !rest.contains(".~") {
                let name = rest.replace(['-', '.'], "_").to_uppercase();
                let literal = text_literal(texts, key).expect("keys were checked");
                writeln!(code, "    pub const {name}: Text = {literal};").unwrap();
            }
        }
        writeln!(code, "}}").unwrap();
    }
    code
}

/// `Plural(n)` for the counted text `key`: the place of its first form in every pack.
pub fn plural_literal(texts: &Texts, key: &str) -> Result<String, String> {
    let first = format!("{key}.~1");
    texts.all(&first)?;
    let index =
        texts.languages[0].texts.keys().position(|k| *k == first).expect("every language has the key");
    Ok(format!("Plural({index})"))
}

/// `Text(n)` for `key`: its place in every pack.
pub fn text_literal(texts: &Texts, key: &str) -> Result<String, String> {
    texts.all(key)?;
    let index = texts.languages[0].texts.keys().position(|k| k == key).expect("every language has the key");
    Ok(format!("Text({index})"))
}

/// The file a language's texts are fetched from.
pub fn pack_name(code: &str) -> String {
    format!("texts-{code}.json")
}

/// Writes each language's pack, `texts-<code>.json`, into `dir`: its texts in key order,
/// as a JSON array of strings, which the browser parses and the widget deserialises.
pub fn write_packs(texts: &Texts, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for language in &texts.languages {
        let pack: Vec<String> = language.texts.values().map(|t| json_string(t)).collect();
        let path = dir.join(pack_name(&language.code));
        // Written beside and renamed, so that a build running at the same time never
        // reads half a pack.
        let partial = dir.join(format!("{}.{}.partial", pack_name(&language.code), std::process::id()));
        std::fs::write(&partial, format!("[{}]\n", pack.join(",\n")))
            .map_err(|e| format!("{}: {e}", partial.display()))?;
        std::fs::rename(&partial, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // The loader's list of languages, the default first, and its own words in each.
    let codes: Vec<String> = texts.languages.iter().map(|l| format!("{:?}", l.code)).collect();
    let list = dir.join("languages.json");
    std::fs::write(&list, format!("[{}]", codes.join(", ")))
        .map_err(|e| format!("{}: {e}", list.display()))?;
    let messages: Vec<String> = texts
        .languages
        .iter()
        .map(|l| {
            let words: Vec<String> =
                LOADER_KEYS.iter().map(|k| format!("{:?}: {}", &k[3..], json_string(&l.texts[*k]))).collect();
            format!("{:?}: {{{}}}", l.code, words.join(", "))
        })
        .collect();
    let fallback = dir.join("fallback.json");
    std::fs::write(&fallback, format!("{{{}}}", messages.join(", ")))
        .map_err(|e| format!("{}: {e}", fallback.display()))
}

/// The loader's own words, in each language: its message when the widget cannot run,
/// when it is slow to load, and the button to try again.
pub const LOADER_KEYS: [&str; 3] = ["ui.fallback", "ui.slow", "ui.retry"];

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn variant(code: &str) -> String {
    let mut chars = code.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}
