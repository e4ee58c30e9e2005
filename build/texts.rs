//! The per-language text files: `content/text/<code>.toml`, one per language. Every file
//! must define exactly the same keys; the language list is the set of files.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The language every page falls back to; its file must exist.
pub const DEFAULT_LANG: &str = "en";

pub struct Language {
    pub code: String,
    pub file: PathBuf,
    /// Dotted key (`ui.tab-checker`) to text.
    pub texts: BTreeMap<String, String>,
}

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
        let mut texts = BTreeMap::new();
        flatten("", &table, &file, &mut texts)?;
        languages.push(Language { code, file, texts });
    }
    languages.sort_by(|a, b| (a.code != DEFAULT_LANG, &a.code).cmp(&(b.code != DEFAULT_LANG, &b.code)));
    if languages.first().map(|l| l.code.as_str()) != Some(DEFAULT_LANG) {
        return Err(format!("{}: the default language file {DEFAULT_LANG}.toml is missing", dir.display()));
    }
    let texts = Texts { languages };
    check_same_keys(&texts)?;
    Ok(texts)
}

fn flatten(
    prefix: &str,
    table: &toml::Table,
    file: &Path,
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
            toml::Value::Table(inner) => flatten(&path, inner, file, out)?,
            _ => return Err(format!("{}: `{path}` must be a text or a table", file.display())),
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

/// Separates the texts of a pack; no text may hold it.
pub const SEPARATOR: char = '\u{1f}';

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
    writeln!(code, "}}").unwrap();
    writeln!(code, "/// How many texts every language's pack holds, in the same order.").unwrap();
    writeln!(code, "pub const TEXT_COUNT: usize = {};", texts.languages[0].texts.len()).unwrap();
    writeln!(code, "/// Separates the texts of a pack.").unwrap();
    writeln!(code, "pub const SEPARATOR: char = {SEPARATOR:?};").unwrap();
    writeln!(code, "#[cfg(any(not(target_arch = \"wasm32\"), feature = \"bundled-texts\"))]").unwrap();
    writeln!(code, "pub const BUNDLED_TEXTS: [(Lang, &str); {count}] = [").unwrap();
    for l in &texts.languages {
        writeln!(
            code,
            "    (Lang::{}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{}\"))),",
            variant(&l.code),
            pack_name(&l.code)
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    writeln!(code, "/// Interface wording, from the `[ui]` table of the text files.").unwrap();
    writeln!(code, "pub mod ui {{ use super::Text;").unwrap();
    for key in texts.languages[0].texts.keys().filter(|k| k.starts_with("ui.")) {
        let name = key["ui.".len()..].replace(['-', '.'], "_").to_uppercase();
        writeln!(
            code,
            "    pub const {name}: Text = {};",
            text_literal(texts, key).expect("keys were checked")
        )
        .unwrap();
    }
    writeln!(code, "}}").unwrap();
    code
}

/// `Text(n)` for `key`: its place in every pack.
pub fn text_literal(texts: &Texts, key: &str) -> Result<String, String> {
    texts.all(key)?;
    let index = texts.languages[0].texts.keys().position(|k| k == key).expect("every language has the key");
    Ok(format!("Text({index})"))
}

/// The file a language's texts are fetched from.
pub fn pack_name(code: &str) -> String {
    format!("texts-{code}.txt")
}

/// Writes each language's pack, `texts-<code>.txt`, into `dir`: its texts in key order,
/// separated by [`SEPARATOR`].
pub fn write_packs(texts: &Texts, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for language in &texts.languages {
        if let Some((key, _)) = language.texts.iter().find(|(_, t)| t.contains(SEPARATOR)) {
            return Err(format!("{}: text `{key}` holds a control character", language.file.display()));
        }
        let pack: Vec<&str> = language.texts.values().map(String::as_str).collect();
        let path = dir.join(pack_name(&language.code));
        // Written beside and renamed, so that a build running at the same time never
        // reads half a pack.
        let partial = dir.join(format!("{}.{}.partial", pack_name(&language.code), std::process::id()));
        std::fs::write(&partial, pack.join(&SEPARATOR.to_string()))
            .map_err(|e| format!("{}: {e}", partial.display()))?;
        std::fs::rename(&partial, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // The loader's list of languages, the default first.
    let codes: Vec<String> = texts.languages.iter().map(|l| format!("{:?}", l.code)).collect();
    let list = dir.join("languages.json");
    std::fs::write(&list, format!("[{}]", codes.join(", "))).map_err(|e| format!("{}: {e}", list.display()))
}

fn variant(code: &str) -> String {
    let mut chars = code.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}
