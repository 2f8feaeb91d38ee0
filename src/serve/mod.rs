//! `faro serve`: builds the site into a folder of its own, serves it on loopback like the
//! production server would (precompressed files included), watches the site's files and, after
//! each change, rebuilds what the change touches and tells the open pages to reload.
//!
//! It never writes into public/, so what `faro build` made stays exactly as built; the live
//! reload script is added to pages as they are sent, never to the files.

pub mod http;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify_debouncer_full::notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use crate::build::{Live, Outcome};
use crate::diagnostics::Diagnostic;
use crate::load;

/// Where `faro serve` builds, inside the site's folder (beside the caches, ignored by git).
pub const SERVE_DIR: &str = ".faro-cache/serve";

/// How long the watcher waits for a burst of writes to one file to end. Editors write a file
/// in one or a few system calls within a millisecond; 10 ms keeps the wait short of what a
/// person notices.
const SETTLE: Duration = Duration::from_millis(10);

pub struct ServeOptions {
    pub root: PathBuf,
    /// Where to build; `<root>/.faro-cache/serve` when `None`.
    pub out: Option<PathBuf>,
    pub drafts: bool,
    pub bind: IpAddr,
    pub port: u16,
}

/// What the open pages are told: a counter that moves on each rebuild, and the problems of the
/// last one, if it failed.
#[derive(Clone, Debug, Default)]
pub struct Status {
    pub generation: u64,
    pub problems: Option<String>,
}

/// Runs until interrupted. Errors here are about the server itself (the port is taken, the
/// folder cannot be watched); problems in the site are shown and served, never fatal.
pub fn serve(options: ServeOptions) -> Result<(), Diagnostic> {
    let root = options.root.canonicalize().map_err(|e| {
        Diagnostic::error(
            &options.root,
            crate::msg!(
                "serve-cannot-open-site",
                error = crate::messages::io_error(&e)
            ),
        )
        .hint(crate::t!("serve-cannot-open-site-hint"))
    })?;
    let out = match &options.out {
        Some(out) => std::path::absolute(out).map_err(|e| {
            Diagnostic::error(
                out,
                crate::msg!("serve-bad-out", error = crate::messages::io_error(&e)),
            )
            .hint(crate::t!("serve-bad-out-hint"))
        })?,
        None => root.join(SERVE_DIR),
    };
    if !options.bind.is_loopback() {
        eprintln!(
            "{}: {}",
            crate::t!("label-warning"),
            crate::t!("serve-beyond-loopback", address = options.bind.to_string())
        );
    }
    let listener = std::net::TcpListener::bind(SocketAddr::new(options.bind, options.port))
        .map_err(|e| {
            Diagnostic::error(
                format!("{}:{}", options.bind, options.port),
                crate::msg!("serve-cannot-listen", error = crate::messages::io_error(&e)),
            )
            .hint(crate::t!("serve-cannot-listen-hint"))
        })?;
    let address = listener
        .set_nonblocking(true)
        .and_then(|()| listener.local_addr())
        .map_err(|e| server_failure("socket", e))?;

    // Watching starts before the first build, so that nothing saved during it is missed.
    // The watcher's thread only collects paths; rebuilding happens on a thread of its own, so
    // changes that arrive during a rebuild are gathered into the next one.
    let (paths_tx, paths_rx) = mpsc::channel::<Vec<PathBuf>>();
    let mut debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
        if let Ok(events) = result {
            let paths: Vec<PathBuf> = events
                .into_iter()
                .filter(|e| !e.kind.is_access())
                .flat_map(|e| e.event.paths)
                .collect();
            if !paths.is_empty() {
                let _ = paths_tx.send(paths);
            }
        }
    })
    .map_err(|e| {
        Diagnostic::error(
            &root,
            crate::msg!("serve-cannot-watch-site", error = e.to_string()),
        )
        .hint(crate::t!("serve-cannot-watch-site-hint"))
    })?;
    watch(&mut debouncer, &root)?;

    let mut live = Live::new(root.clone(), out.clone(), options.drafts);
    let outcome = live.rebuild_all();
    report(&outcome);
    let (status_tx, status_rx) = tokio::sync::watch::channel(status_after(&outcome, 0));

    std::thread::Builder::new()
        .name("faro-rebuild".into())
        .spawn(move || {
            let mut generation = 0;
            while let Ok(mut paths) = paths_rx.recv() {
                while let Ok(more) = paths_rx.try_recv() {
                    paths.extend(more);
                }
                paths.sort();
                paths.dedup();
                let Some(outcome) = live.apply(&paths) else {
                    continue;
                };
                report(&outcome);
                // A save that changed nothing a reader sees (or a second event for one save)
                // does not reload the pages.
                let nothing_new = outcome.succeeded()
                    && !outcome.whole
                    && outcome.writes.written == 0
                    && status_tx.borrow().problems.is_none();
                if !nothing_new {
                    generation += 1;
                    let _ = status_tx.send(status_after(&outcome, generation));
                }
            }
        })
        .map_err(|e| server_failure("thread", e))?;

    // The address stays at the start of the line's own words: the tests read it from there.
    println!(
        "{}",
        crate::t!("serve-serving", url = format!("http://{address}/"))
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| server_failure("start", e))?;
    let served = runtime.block_on(http::run(listener, out, status_rx));
    drop(debouncer);
    served
}

fn watch(
    debouncer: &mut notify_debouncer_full::Debouncer<
        notify_debouncer_full::notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    root: &Path,
) -> Result<(), Diagnostic> {
    let cannot_watch = |path: &Path, e: notify_debouncer_full::notify::Error| {
        Diagnostic::error(
            path,
            crate::msg!("serve-cannot-watch", error = e.to_string()),
        )
        .hint(crate::t!("serve-cannot-watch-hint"))
    };
    let watched = [
        (load::config::CONFIG_FILE, RecursiveMode::NonRecursive),
        (load::content::CONTENT_DIR, RecursiveMode::Recursive),
        (load::theme::THEMES_DIR, RecursiveMode::Recursive),
        (load::strings::TRANSLATIONS_DIR, RecursiveMode::Recursive),
    ];
    for (name, mode) in watched {
        let path = root.join(name);
        if path.exists() {
            debouncer
                .watch(&path, mode)
                .map_err(|e| cannot_watch(&path, e))?;
        }
    }
    // site.yaml may be replaced by a new file (a rename) and folders may appear: the site's
    // folder itself is watched too, not recursively.
    debouncer
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| cannot_watch(root, e))
}

/// The server itself could not start or stopped: nothing the site can fix. `step` is what
/// failed: `socket`, `thread` (the rebuild thread), `start` (the server) or `stopped`.
fn server_failure(step: &'static str, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        "faro serve",
        crate::msg!("serve-failed", step = step, error = e.to_string()),
    )
    .hint(crate::t!("serve-failed-hint"))
}

fn status_after(outcome: &Outcome, generation: u64) -> Status {
    let problems = (!outcome.succeeded()).then(|| {
        let errors = outcome
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(Diagnostic::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        // The heading of the box the open pages show (src/serve/live.js).
        format!("{}\n\n{errors}", crate::t!("serve-page-not-rebuilt"))
    });
    Status {
        generation,
        problems,
    }
}

fn report(outcome: &Outcome) {
    for d in &outcome.diagnostics {
        eprintln!("{d}");
    }
    let took = outcome.elapsed.as_secs_f64() * 1000.0;
    if outcome.succeeded() {
        let ms = format!("{took:.0}");
        if outcome.whole {
            println!("{}", crate::t!("serve-rebuilt-site", ms = ms));
        } else {
            println!(
                "{}",
                crate::t!(
                    "serve-rebuilt-files",
                    written = outcome.writes.written,
                    unchanged = outcome.writes.unchanged,
                    ms = ms
                )
            );
        }
    } else {
        let errors = outcome.diagnostics.iter().filter(|d| d.is_error()).count();
        eprintln!("{}", crate::t!("serve-not-rebuilt", errors = errors));
    }
}
