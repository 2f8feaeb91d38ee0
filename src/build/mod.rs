//! `faro build`: the whole pipeline, from the site's folder to a swapped-in public/. The
//! pipeline itself (`Pipeline`) is what every command starts from; `live` keeps it between the
//! edits `faro serve` sees.

mod live;
mod pipeline;
pub mod progress;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::addresses::LOCK_FILE;
use crate::write::Output;

pub use live::{Live, Outcome};
pub use pipeline::Pipeline;
use pipeline::{Counts, Ledger, Scope};

pub struct BuildOptions {
    /// The site's folder (holding site.yaml).
    pub root: PathBuf,
    /// Where the site goes; `<root>/public` when `None`.
    pub out: Option<PathBuf>,
    /// Include pages marked `draft: true`.
    pub drafts: bool,
}

pub struct BuildReport {
    /// How long each stage took, in order, for `--timings`.
    pub stages: Vec<(&'static str, Duration)>,
    pub pages: usize,
    pub languages: usize,
    /// Brotli weight of every page written, in bytes, sorted.
    pub page_weights: Vec<u64>,
    /// Text files compressed anew, and those whose compressed copies came from the cache.
    pub compressed: usize,
    pub reused: usize,
    /// Pages compressed against their language's home page, and those of them from the cache.
    pub against_home: usize,
    pub against_home_reused: usize,
    /// Pages written as the last build made them, without rendering them again.
    pub remembered: usize,
    pub elapsed: Duration,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
}

impl BuildReport {
    pub fn succeeded(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

pub fn build(options: &BuildOptions) -> BuildReport {
    build_with_progress(options, progress::quiet())
}

/// [`build`], telling `progress` what it is doing.
pub fn build_with_progress(options: &BuildOptions, progress: progress::Shared) -> BuildReport {
    let started = Instant::now();
    let mut diags = Diagnostics::new();
    let mut stages = Vec::new();
    let counts = run(options, &progress, &mut diags, &mut stages);
    let (pages, languages) = counts.as_ref().map_or((0, 0), |c| (c.pages, c.languages));
    let mut page_weights = counts
        .as_ref()
        .map(|c| c.weights.clone())
        .unwrap_or_default();
    page_weights.sort_unstable();
    BuildReport {
        stages,
        pages,
        languages,
        page_weights,
        compressed: counts.as_ref().map_or(0, |c| c.compression.compressed),
        reused: counts.as_ref().map_or(0, |c| c.compression.reused),
        against_home: counts.as_ref().map_or(0, |c| c.compression.against_home),
        against_home_reused: counts
            .as_ref()
            .map_or(0, |c| c.compression.against_home_reused),
        remembered: counts.as_ref().map_or(0, |c| c.writes.remembered),
        elapsed: started.elapsed(),
        diagnostics: diags.into_sorted(),
    }
}

type Stages = Vec<(&'static str, Duration)>;

/// The brotli quality site.yaml asks for; the best when the site could not be read (nothing
/// is compressed then anyway).
fn brotli_quality(pipeline: Option<&Pipeline>) -> u32 {
    pipeline.map_or(crate::load::config::BEST_BROTLI_QUALITY, |p| {
        p.site.config.site.compression.brotli_quality
    })
}

fn run(
    options: &BuildOptions,
    progress: &progress::Shared,
    diags: &mut Diagnostics,
    stages: &mut Stages,
) -> Option<Counts> {
    let root = &options.root;
    let target = options.out.clone().unwrap_or_else(|| root.join("public"));
    let mut clock = Clock::start();
    progress.start(progress::Stage::Loading, None);
    let mut pipeline = Pipeline::open(root, options.drafts, diags);
    if let Some(pipeline) = &mut pipeline {
        pipeline.set_progress(progress.clone());
    }
    clock.lap("load and resolve", stages);
    let output = Output::prepare(root, &target, brotli_quality(pipeline.as_ref()), diags);
    let counts = pipeline.as_ref().and_then(|pipeline| {
        let scope = Scope::everything(pipeline.site.languages().len());
        pipeline.render(output.as_ref(), &scope, &mut Ledger::default(), diags)
    });
    clock.lap("render and write", stages);
    match (output, counts, pipeline) {
        (Some(output), Some(counts), Some(pipeline)) if !diags.has_errors() => {
            progress.start(progress::Stage::Writing, None);
            let committed = output.commit();
            clock.lap("swap into place", stages);
            match committed {
                // A build with drafts publishes addresses that may never go public: they are
                // not recorded.
                Ok(()) if options.drafts => Some(counts),
                Ok(()) => {
                    // Only once the site is in place: an address is recorded when readers
                    // can have it.
                    if let Err(e) = save_lock(root, &pipeline) {
                        diags.push(
                            Diagnostic::error(
                                root.join(LOCK_FILE).display().to_string(),
                                crate::msg!(
                                    "lock-not-saved",
                                    error = crate::messages::io_error(&e)
                                ),
                            )
                            .hint(crate::t!("lock-not-saved-hint")),
                        );
                    }
                    Some(counts)
                }
                Err(e) => {
                    diags.push(
                        Diagnostic::error(
                            target.display().to_string(),
                            crate::msg!("out-not-placed", error = crate::messages::io_error(&e)),
                        )
                        .hint(crate::t!("out-not-placed-hint")),
                    );
                    None
                }
            }
        }
        (Some(output), _, _) => {
            output.abandon();
            None
        }
        (None, _, _) => None,
    }
}

/// Writes addresses.lock with every address this build published, unless it holds exactly
/// that already.
fn save_lock(root: &std::path::Path, pipeline: &Pipeline) -> std::io::Result<()> {
    let path = root.join(LOCK_FILE);
    let text = pipeline.addresses.lock.to_text();
    if std::fs::read(&path).is_ok_and(|held| held == text.as_bytes()) {
        return Ok(());
    }
    crate::write::atomic::write(&path, text.as_bytes())
}

/// Times the stages of a build.
struct Clock(Instant);

impl Clock {
    fn start() -> Self {
        Clock(Instant::now())
    }

    fn lap(&mut self, stage: &'static str, stages: &mut Stages) {
        let now = Instant::now();
        stages.push((stage, now - self.0));
        self.0 = now;
    }
}
