//! Compresses the given files with each setting of the brotli crate that could make an
//! empty-cache build faster than quality 11, and prints, per setting, the time and the median
//! size against quality 11 (docs/performance.md: "A build from an empty cache at the default quality is still far
//! from 18 s").
//!
//!   cargo build --release --example brotli_settings
//!   target/release/examples/brotli_settings $(find /dev/shm/faro-bench/public -name index.html | shuf -n 400)

use std::time::Instant;

use brotli::enc::BrotliEncoderParams;
use brotli::enc::backward_references::BrotliEncoderMode;

/// faro's own parameters for a file of `len` bytes (`write::compress::encoding`): text mode,
/// the smallest window that holds the file (at least 2^17 below quality 10).
fn params(quality: i32, len: usize) -> BrotliEncoderParams {
    let smallest = if quality < 10 { 17 } else { 10 };
    BrotliEncoderParams {
        quality,
        lgwin: (usize::BITS - len.max(1).leading_zeros()).clamp(smallest, 22) as i32,
        mode: BrotliEncoderMode::BROTLI_MODE_TEXT,
        size_hint: len,
        ..Default::default()
    }
}

fn main() {
    let files: Vec<Vec<u8>> = std::env::args()
        .skip(1)
        .map(|f| std::fs::read(&f).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect();
    assert!(!files.is_empty(), "usage: brotli_settings FILE...");
    type Setting = (&'static str, fn(usize) -> BrotliEncoderParams);
    let settings: [Setting; 5] = [
        ("quality 11", |l| params(11, l)),
        ("quality 10", |l| params(10, l)),
        ("quality 9.5 (q9_5)", |l| BrotliEncoderParams {
            q9_5: true,
            ..params(10, l)
        }),
        ("quality 9", |l| params(9, l)),
        ("quality 5", |l| params(5, l)),
    ];
    let mut best: Vec<usize> = Vec::new();
    let mut best_time = 0.0;
    for (name, setting) in settings {
        let started = Instant::now();
        let sizes: Vec<usize> = files
            .iter()
            .map(|file| {
                let mut out = Vec::new();
                brotli::BrotliCompress(&mut &file[..], &mut out, &setting(file.len())).unwrap();
                out.len()
            })
            .collect();
        let seconds = started.elapsed().as_secs_f64();
        if best.is_empty() {
            best = sizes.clone();
            best_time = seconds;
        }
        let mut ratios: Vec<f64> = sizes
            .iter()
            .zip(&best)
            .map(|(size, eleven)| *size as f64 / *eleven as f64)
            .collect();
        ratios.sort_by(f64::total_cmp);
        println!(
            "{name:34} {seconds:7.2} s ({:.2} of quality 11), median file {:+.1} % against quality 11, {} bytes in all",
            seconds / best_time,
            (ratios[ratios.len() / 2] - 1.0) * 100.0,
            sizes.iter().sum::<usize>()
        );
    }
}
