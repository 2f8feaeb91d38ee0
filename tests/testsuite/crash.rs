//! A build killed at any moment (SIGKILL: no chance to clean up) leaves public/ exactly as the
//! last complete build made it, or exactly as the new one makes it: file for file, never a mix.

use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness::{Faro, fixture, snapshot};

/// Builds killed, each at its own moment.
const KILLS: usize = 50;
/// Pages added to the fixture, so that a build lasts long enough to be killed in the middle.
const PAGES: usize = 400;

/// The section page says which version it is; the other pages stay the same, so that a build
/// takes about as long as a writer's rebuild (every file written, few compressed anew).
fn write_pages(site: &Path, version: &str) {
    let dir = site.join("content/es/muchas");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("_index.md"),
        format!(
            "---\ntitle: Muchas páginas\norder: 9\nupdated: 2026-11-28\n---\nVersión {version}.\n"
        ),
    )
    .unwrap();
    for i in 0..PAGES {
        fs::write(
            dir.join(format!("p{i}.md")),
            format!(
                "---\ntitle: Página {i}\norder: {i}\nupdated: 2026-11-28\nbooklet: false\n---\n\
                 ## Pregunta {i}\n\nEsta es la página {i}. Tienes derecho a pedir ayuda.\n\n\
                 Una persona adulta te escucha. Puedes hablar en tu idioma.\n"
            ),
        )
        .unwrap();
    }
}

fn build(site: &Path, out: &str) -> Duration {
    let started = Instant::now();
    let run = Faro::build(site)
        .args(["--out", out])
        .timeout(Duration::from_secs(600))
        .run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    started.elapsed()
}

/// A small deterministic sequence, so a failure can be replayed.
struct Moments(u64);

impl Moments {
    fn next_fraction(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one() {
    let site = fixture("multilingual");
    let root = site.path();

    // The two complete sites a build can leave, built once each into folders of their own.
    write_pages(root, "A");
    build(root, "reference-a");
    write_pages(root, "B");
    let took = build(root, "reference-b");
    let complete = [
        snapshot(&root.join("reference-a")),
        snapshot(&root.join("reference-b")),
    ];
    assert_ne!(complete[0], complete[1]);
    assert!(complete[0].len() > 2 * PAGES, "the site is large enough");

    // public/ starts as version A.
    write_pages(root, "A");
    build(root, "public");
    let mut current = 0;
    let mut moments = Moments(0x5eed);
    let (mut killed, mut finished) = (0, 0);
    for _ in 0..KILLS {
        let next = 1 - current;
        write_pages(root, if next == 0 { "A" } else { "B" });
        let delay = took.mul_f64(1.2 * moments.next_fraction());
        let mut child = Faro::build(root)
            .args(["--out", "public"])
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        // SIGKILL: the process gets no chance to tidy anything up.
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            finished += 1;
        } else {
            killed += 1;
        }
        let now = snapshot(&root.join("public"));
        let state = complete.iter().position(|c| *c == now);
        match state {
            Some(s) => current = s,
            None => {
                let old = &complete[current];
                let differing: Vec<_> = now
                    .keys()
                    .chain(old.keys())
                    .filter(|k| now.get(*k) != old.get(*k) && now.get(*k) != complete[next].get(*k))
                    .take(5)
                    .collect();
                panic!(
                    "after a kill {delay:?} into the build, public/ is neither the old site nor the new one; \
                     for example: {differing:?}"
                );
            }
        }
    }
    println!("{killed} builds killed, {finished} finished before the kill (build time {took:?})");
    assert!(
        killed >= KILLS / 2,
        "most builds were killed mid-way: {killed} of {KILLS}"
    );
}
