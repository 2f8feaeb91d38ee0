//! `faro build`: the whole pipeline, from the site's folder to a swapped-in public/.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::check::privacy;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::{RenderedPage, Renderer};
use crate::resolve::Site;
use crate::write::{self, Output};
use crate::{load, urls};

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
    let started = Instant::now();
    let mut diags = Diagnostics::new();
    let mut stages = Vec::new();
    let (pages, languages) = run(options, &mut diags, &mut stages).unwrap_or((0, 0));
    BuildReport {
        stages,
        pages,
        languages,
        elapsed: started.elapsed(),
        diagnostics: diags.into_sorted(),
    }
}

type Stages = Vec<(&'static str, Duration)>;

fn run(
    options: &BuildOptions,
    diags: &mut Diagnostics,
    stages: &mut Stages,
) -> Option<(usize, usize)> {
    let root = &options.root;
    let target = options.out.clone().unwrap_or_else(|| root.join("public"));
    let output = Output::prepare(root, &target, diags);
    let result = render_into(root, options.drafts, output.as_ref(), diags, stages);
    match (output, result) {
        (Some(output), Some(counts)) if !diags.has_errors() => {
            let mut clock = Clock::start();
            let committed = output.commit();
            clock.lap("swap into place", stages);
            match committed {
                Ok(()) => Some(counts),
                Err(e) => {
                    diags.push(
                    Diagnostic::error(target.display().to_string(), format!("cannot put the new site in place: {e}"))
                        .hint("check that the output folder is writable; the previous site is unchanged"),
                );
                    None
                }
            }
        }
        (Some(output), _) => {
            output.abandon();
            None
        }
        (None, _) => None,
    }
}

/// Loads, resolves and renders the site into `output` (when there is one to write to).
fn render_into(
    root: &Path,
    drafts: bool,
    output: Option<&Output>,
    diags: &mut Diagnostics,
    stages: &mut Stages,
) -> Option<(usize, usize)> {
    let mut clock = Clock::start();
    let sources = load::load(root, drafts, diags)?;
    clock.lap("load", stages);
    let load::Sources {
        config,
        content,
        strings,
        theme,
    } = sources;
    let site = Site::build(config, content, diags)?;
    let renderer = Renderer::new(&site, Arc::new(strings), &theme, diags)?;
    clock.lap("resolve", stages);
    // With errors already found, pages are still rendered to find the rest, but not written.
    let output = output.filter(|_| !diags.has_errors());

    let origin = site.config.site.base_url.as_deref();
    let jobs: Vec<(usize, usize)> = (0..site.languages().len())
        .flat_map(|l| (0..site.nodes.len()).map(move |n| (l, n)))
        .collect();
    let problems: Vec<Diagnostic> = jobs
        .par_iter()
        .flat_map_iter(|&(lang, node)| match (renderer.page(lang, node), output) {
            (Ok(page), Some(output)) => write_page(output, &page, origin),
            (Ok(_), None) => Vec::new(),
            (Err(problems), _) => problems,
        })
        .collect();
    diags.extend(problems);
    for lang in std::iter::once(None).chain((0..site.languages().len()).map(Some)) {
        match (renderer.not_found(lang), output) {
            (Ok(page), Some(output)) => diags.extend(write_page(output, &page, origin)),
            (Ok(_), None) => {}
            (Err(problems), _) => diags.extend(problems),
        }
    }
    if let Some(output) = output {
        let mut discovery = vec![("robots.txt".to_string(), write::discovery::robots(&site))];
        discovery
            .extend(write::discovery::sitemap(&site).map(|xml| ("sitemap.xml".to_string(), xml)));
        discovery.extend(write::discovery::feeds(&site));
        for (rel, text) in discovery {
            if let Err(e) = output.write(&rel, text.as_bytes()) {
                diags.push(
                    Diagnostic::error(rel, format!("cannot write: {e}"))
                        .hint("check free disk space and permissions"),
                );
            }
        }
    }
    match (renderer.chooser(), output) {
        (Ok(page), Some(output)) => diags.extend(write_page(output, &page, origin)),
        (Ok(_), None) => {}
        (Err(problems), _) => diags.extend(problems),
    }
    let output = output?;
    clock.lap("render and write", stages);
    for asset in &site.assets {
        let rel = format!("{}/{}", asset.lang, asset.id);
        if let Err(e) = output.copy(&rel, &asset.path) {
            diags.push(
                Diagnostic::error(
                    asset.path.display().to_string(),
                    format!("cannot copy this file: {e}"),
                )
                .hint("check that it can be read"),
            );
        }
    }
    for (rel, path) in &theme.static_files {
        if let Err(e) = output.copy(rel, path) {
            diags.push(
                Diagnostic::error(
                    path.display().to_string(),
                    format!("cannot copy this file: {e}"),
                )
                .hint("check that it can be read"),
            );
        }
    }
    Some((jobs.len(), site.languages().len()))
}

/// Minifies a page, checks that it loads nothing from another origin, gives it its
/// Content-Security-Policy and writes it.
fn write_page(output: &Output, page: &RenderedPage, own_origin: Option<&str>) -> Vec<Diagnostic> {
    let file = urls::output_file(&page.path);
    let html = write::minify(&page.html);
    let inspection = privacy::inspect(&html, own_origin);
    if !inspection.external.is_empty() {
        return inspection
            .external
            .iter()
            .map(|url| {
                Diagnostic::error(&page.source, format!("the page {file} would load {url} from another site"))
                    .hint("readers' phones must not contact other sites: put the file beside the page or in the theme's static/ folder and link it with a relative path")
            })
            .collect();
    }
    let html = privacy::add_policy(&html, &privacy::policy(&inspection));
    match output.write(&file, &html) {
        Ok(()) => Vec::new(),
        Err(e) => vec![
            Diagnostic::error(file.clone(), format!("cannot write the page: {e}"))
                .hint("check free disk space and permissions"),
        ],
    }
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
