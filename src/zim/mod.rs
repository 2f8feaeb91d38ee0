//! `faro zim`: one ZIM file per language, for Kiwix readers, Kiwix hotspots and
//! Internet-in-a-Box, from the pages `faro build` finishes (`build::Pipeline::write_library`):
//! every page of the language (fallback pages marked as on the site), its booklet and the
//! files beside its pages; its home page as the main page; no service worker. The metadata
//! Kiwix needs is checked first (`metadata`), the pages' links made to work inside one
//! language's file (`pages`), and each folder packed by openZIM's `zimwriterfs` (`writer`).

mod metadata;
mod pages;
mod writer;

use crate::build::progress;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::Pipeline;
use crate::diagnostics::{Diagnostic, Diagnostics};

pub struct ZimOptions {
    /// The site's folder (holding site.yaml).
    pub root: PathBuf,
    /// Where the ZIM files go; `<root>/zim` when `None`.
    pub out: Option<PathBuf>,
}

/// One language's file, written.
pub struct ZimFile {
    /// The language's code in site.yaml.
    pub lang: String,
    pub path: PathBuf,
    pub bytes: u64,
    /// Pages in it (the booklet is one).
    pub pages: usize,
    /// How long packing it took (after the shared build).
    pub took: Duration,
}

pub struct ZimReport {
    pub files: Vec<ZimFile>,
    /// How long building the pages of every language took.
    pub build: Duration,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
}

impl ZimReport {
    pub fn succeeded(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Where `faro zim` builds the pages and lays out each language's folder, inside the site's
/// cache: replaced at every run.
const WORK_DIR: &str = ".faro-cache/zim";

pub fn zim(options: &ZimOptions) -> ZimReport {
    zim_with_progress(options, progress::quiet())
}

/// [`zim`], telling `progress` what it is doing (building the pages, packing each file).
pub fn zim_with_progress(options: &ZimOptions, progress: progress::Shared) -> ZimReport {
    let mut diags = Diagnostics::new();
    let mut report = ZimReport {
        files: Vec::new(),
        build: Duration::ZERO,
        diagnostics: Vec::new(),
    };
    report.files = run(options, progress, &mut diags, &mut report);
    report.diagnostics = diags.into_sorted();
    report
}

fn run(
    options: &ZimOptions,
    progress: progress::Shared,
    diags: &mut Diagnostics,
    report: &mut ZimReport,
) -> Vec<ZimFile> {
    let root = &options.root;
    let started = Instant::now();
    progress.start(progress::Stage::Loading, None);
    let mut pipeline = Pipeline::open(root, false, diags);
    if let Some(pipeline) = &mut pipeline {
        pipeline.set_progress(progress.clone());
    }
    // Everything that can be known before the long part, in one run: the metadata, the tool.
    let metadata = pipeline
        .as_ref()
        .and_then(|pipeline| metadata::collect(root, pipeline, diags));
    if let Err(problem) = writer::check_installed() {
        diags.push(problem);
    }
    let (Some(pipeline), Some(metadata)) = (pipeline, metadata) else {
        return Vec::new();
    };
    if diags.has_errors() {
        return Vec::new();
    }
    let work = root.join(WORK_DIR);
    let site = work.join("site");
    if !pipeline.write_library(&site, diags) {
        return Vec::new();
    }
    report.build = started.elapsed();
    let out = options.out.clone().unwrap_or_else(|| root.join("zim"));
    if let Err(e) = std::fs::create_dir_all(&out) {
        diags.push(
            Diagnostic::error(
                out.display().to_string(),
                crate::msg!("zim-cannot-make-out", error = crate::messages::io_error(&e)),
            )
            .hint(crate::t!("zim-cannot-make-out-hint")),
        );
        return Vec::new();
    }
    let base_url = pipeline.site().config.site.base_url.clone();
    let month = jiff::Zoned::now().strftime("%Y-%m").to_string();
    let mut written = Vec::new();
    progress.start(progress::Stage::PackingZim, Some(metadata.len()));
    for meta in &metadata {
        progress.advance(1);
        let started = Instant::now();
        let folder = work.join("languages").join(&meta.code);
        let file = out.join(format!("{}_{month}.zim", meta.name));
        match pack(&site, &folder, meta, base_url.as_deref(), &file) {
            Ok(pages) => {
                let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
                written.push(ZimFile {
                    lang: meta.code.clone(),
                    path: file,
                    bytes,
                    pages,
                    took: started.elapsed(),
                });
                // The folder served its purpose; a failed one stays for a look.
                let _ = std::fs::remove_dir_all(&folder);
            }
            Err(problem) => diags.push(problem),
        }
    }
    let _ = std::fs::remove_dir_all(&site);
    written
}

/// Lays out one language's folder and packs it; the number of pages in it.
fn pack(
    site: &Path,
    folder: &Path,
    meta: &metadata::Metadata,
    base_url: Option<&str>,
    file: &Path,
) -> Result<usize, Diagnostic> {
    let pages = pages::prepare(&site.join(&meta.code), folder, &meta.code, base_url)?;
    let illustration = folder.join(writer::ILLUSTRATION);
    std::fs::copy(&meta.illustration, &illustration).map_err(|e| {
        Diagnostic::error(
            meta.illustration.display().to_string(),
            crate::msg!(
                "zim-cannot-copy-illustration",
                error = crate::messages::io_error(&e)
            ),
        )
        .hint(crate::t!("zim-cannot-copy-illustration-hint"))
    })?;
    writer::write(folder, meta, file)?;
    Ok(pages)
}
