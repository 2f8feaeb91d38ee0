//! Times one fuzz target's entry point on given inputs, in an ordinary release build: no
//! fuzzer, no coverage counters, so `perf record` shows where an execution's time goes.
//!
//!   cargo build --release --example fuzz_time
//!   target/release/examples/fuzz_time markdown content/es/*.md
//!   perf record -g target/release/examples/fuzz_time page fuzz/corpus/page/*

use std::time::Instant;

/// Each input is run this many times, so short inputs still give a steady figure.
const ROUNDS: u32 = 20;

fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "usage: fuzz_time page_file|markdown|fluent|page FILE...";
    let target = args.next().expect(usage);
    let run: fn(&[u8]) = match target.as_str() {
        "page_file" => faro::fuzzing::page_file,
        "markdown" => faro::fuzzing::markdown,
        "fluent" => faro::fuzzing::fluent,
        "page" => faro::fuzzing::page,
        _ => panic!("{usage}"),
    };
    let inputs: Vec<Vec<u8>> = args
        .map(|file| std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}")))
        .collect();
    assert!(!inputs.is_empty(), "{usage}");
    // The first call loads and resolves the repository's site; it is not what is timed.
    run(&inputs[0]);
    let started = Instant::now();
    for _ in 0..ROUNDS {
        inputs.iter().for_each(|input| run(input));
    }
    let executions = ROUNDS * inputs.len() as u32;
    let elapsed = started.elapsed();
    println!(
        "{target}: {executions} executions in {elapsed:.2?}, {:.1?} each",
        elapsed / executions
    );
}
