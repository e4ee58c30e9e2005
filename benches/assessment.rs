//! The engine's time per assessment on the host, over the triage case table:
//! `cargo bench --bench assessment`. Prints one line for scripts/bench to read.

#[path = "../src/engine/case_table.rs"]
mod case_table;

use std::hint::black_box;
use std::time::Instant;

use clearback::content::question;
use clearback::engine::answers::Answers;
use clearback::engine::assessment::assess;

fn main() {
    let cases: Vec<Answers> = case_table::TRIAGE_CASES
        .iter()
        .map(|(given, _)| {
            let mut answers = Answers::default();
            for (q, options) in *given {
                for o in *options {
                    answers.choose(question(q), o, true);
                }
            }
            answers
        })
        .collect();
    for answers in &cases {
        black_box(assess(answers));
    }
    const ROUNDS: usize = 50;
    const REPEAT: usize = 20;
    let mut per_case: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..REPEAT {
                for answers in &cases {
                    black_box(assess(black_box(answers)));
                }
            }
            start.elapsed().as_nanos() as f64 / (REPEAT * cases.len()) as f64
        })
        .collect();
    per_case.sort_by(f64::total_cmp);
    let median = per_case[ROUNDS / 2];
    let p95 = per_case[ROUNDS * 95 / 100];
    println!("assessment: {} cases, median {median:.0} ns, p95 {p95:.0} ns per assessment", cases.len());
}
