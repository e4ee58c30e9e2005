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
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    // A panic prints a backtrace hint that buries the message; a plain exit does not.
    eprintln!("error: content: {message}");
    std::process::exit(1);
}
