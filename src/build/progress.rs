//! What a long run is doing, for a progress bar. The pipeline only reports (a stage begins, a
//! step of it is done); main.rs decides whether to draw anything, and draws only on a terminal.

use std::sync::Arc;

/// A stage of long work, named to the writer in their language by whoever draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading site.yaml, the pages, the strings and the theme.
    Loading,
    /// Rendering and finishing pages (for a build: with their compressed copies).
    Rendering,
    /// Compressing files: pages against their language's home page, images and theme files.
    Compressing,
    /// Putting the finished site (or file) in place.
    Writing,
    /// Packing one ZIM file per language (`faro zim`).
    PackingZim,
    /// Writing one PO file per page (`faro po export`).
    WritingPo,
}

/// Receives what a run is doing; called from several threads at once.
pub trait Progress: Send + Sync {
    /// A stage begins, with its number of steps when it is known.
    fn start(&self, stage: Stage, steps: Option<usize>);
    /// `count` more steps of the current stage are done.
    fn advance(&self, count: usize);
}

/// Reports nowhere: a library caller, a test, `faro serve`.
pub struct Quiet;

impl Progress for Quiet {
    fn start(&self, _: Stage, _: Option<usize>) {}
    fn advance(&self, _: usize) {}
}

/// A [`Progress`] to share between the pipeline and its caller.
pub type Shared = Arc<dyn Progress>;

pub fn quiet() -> Shared {
    Arc::new(Quiet)
}
