//! Turns the content files under `content/` into static Rust data, and refuses to build
//! when they are inconsistent: a text missing in one language, an unknown id, a missing
//! source. Every failure names the file and the id so an editor can fix it.

mod compile;
mod model;
mod texts;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let content = Path::new("content");
    let texts = texts::load(&content.join("text")).unwrap_or_else(|e| fail(&e));
    let mut code = texts::emit(&texts);
    let data = compile::compile(content, &texts).unwrap_or_else(|e| fail(&e));
    code.push_str(&data);
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = out_dir.join("content.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    // The packs ship beside the wasm from `<target>/<triple>/<profile>/clearback-texts`,
    // where Trunk's post-build hook (scripts/finish-dist.mjs) finds them.
    if let Some(profile_dir) = out_dir.ancestors().nth(3) {
        texts::write_packs(&texts, &profile_dir.join("clearback-texts")).unwrap_or_else(|e| fail(&e));
    }
}

fn fail(message: &str) -> ! {
    // A panic prints a backtrace hint that buries the message; a plain exit does not.
    eprintln!("error: content: {message}");
    std::process::exit(1);
}
