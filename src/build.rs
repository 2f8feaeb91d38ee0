//! `faro build`: the whole pipeline, from the site's folder to a swapped-in public/.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::check::privacy;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::booklet::BookletLink;
use crate::render::{Offline, PageExtras, RenderedPage, Renderer};
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
    /// Brotli weight of every page written, in bytes, sorted.
    pub page_weights: Vec<u64>,
    /// Text files compressed anew, and those whose compressed copies came from the cache.
    pub compressed: usize,
    pub reused: usize,
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
    let counts = run(options, &mut diags, &mut stages);
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
        elapsed: started.elapsed(),
        diagnostics: diags.into_sorted(),
    }
}

type Stages = Vec<(&'static str, Duration)>;

/// Everything a build finds wrong, without writing anything: the site is loaded, resolved and
/// every page rendered and finished in memory.
pub fn problems_in_memory(root: &Path, drafts: bool) -> Diagnostics {
    let mut diags = Diagnostics::new();
    render_into(root, drafts, None, &mut diags, &mut Vec::new());
    diags
}

fn run(options: &BuildOptions, diags: &mut Diagnostics, stages: &mut Stages) -> Option<Counts> {
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
) -> Option<Counts> {
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

    let publish = Publish::new(&site, output, root);
    let languages = site.languages().len();
    let home = site.home();

    // Booklets first: every page links to its language's booklet, with its size.
    let booklets: Vec<Option<BookletLink>> = (0..languages)
        .into_par_iter()
        .map(|lang| {
            let page = renderer.booklet(lang)?;
            let written = publish.file(&page, Some(lang), Budget::Booklet)?;
            Ok(written.map(|bytes| BookletLink {
                path: page.path,
                kilobytes: bytes.div_ceil(1024),
            }))
        })
        .collect::<Vec<Result<_, Vec<Diagnostic>>>>()
        .into_iter()
        .map(|result| {
            result.unwrap_or_else(|problems| {
                diags.extend(problems);
                None
            })
        })
        .collect();
    if site.config.site.base_url.is_none() && site.config.site.booklet.qr_codes {
        diags.push(
            Diagnostic::warning("site.yaml", "the booklets have no QR codes, because the site's address is not set")
                .hint("set `base_url:` to the address where the site is published, or `booklet: {qr_codes: false}` until it is known"),
        );
    }

    // Every page but the home pages, which show how much saving the language for offline
    // reading downloads, known only once the rest is written.
    let jobs: Vec<(usize, usize)> = (0..languages)
        .flat_map(|l| (0..site.nodes.len()).map(move |n| (l, n)))
        .collect();
    let problems: Vec<Diagnostic> = jobs
        .par_iter()
        .filter(|&&(_, node)| Some(node) != home)
        .flat_map_iter(|&(lang, node)| {
            let extras = PageExtras {
                booklet: booklets[lang].as_ref(),
                offline: None,
            };
            renderer
                .page(lang, node, &extras)
                .and_then(|page| publish.file(&page, Some(lang), Budget::Page))
                .err()
                .unwrap_or_default()
        })
        .collect();
    diags.extend(problems);
    for lang in std::iter::once(None).chain((0..languages).map(Some)) {
        let written = renderer
            .not_found(lang)
            .and_then(|page| publish.file(&page, lang, Budget::Page));
        diags.extend(written.err().unwrap_or_default());
    }
    let offline: Vec<Option<Offline>> = (0..languages)
        .map(|lang| publish.offline(lang, &renderer, diags))
        .collect();
    if let Some(home) = home {
        for lang in 0..languages {
            let extras = PageExtras {
                booklet: booklets[lang].as_ref(),
                offline: offline[lang].as_ref(),
            };
            let written = renderer
                .page(lang, home, &extras)
                .and_then(|page| publish.file(&page, Some(lang), Budget::Page));
            diags.extend(written.err().unwrap_or_default());
        }
    }
    let written = renderer
        .chooser()
        .and_then(|page| publish.file(&page, None, Budget::Page));
    diags.extend(written.err().unwrap_or_default());
    let mut discovery = vec![("robots.txt".to_string(), write::discovery::robots(&site))];
    discovery.extend(write::discovery::sitemap(&site).map(|xml| ("sitemap.xml".to_string(), xml)));
    discovery.extend(write::discovery::feeds(&site));
    for (rel, text) in discovery {
        diags.extend(publish.raw(&rel, text.as_bytes()).err().unwrap_or_default());
    }
    let weights = publish.page_weights();
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
    Some(Counts {
        pages: jobs.len(),
        languages,
        weights,
        compression: output.compression(),
    })
}

/// What a build made.
struct Counts {
    pages: usize,
    languages: usize,
    /// Brotli weight of each page written.
    weights: Vec<u64>,
    compression: write::output::Compression,
}

/// Which size limit a file is held to.
#[derive(Clone, Copy)]
enum Budget {
    Page,
    Booklet,
}

/// Finishes and writes the built files: minify, privacy check, Content-Security-Policy,
/// compression, size budgets, and a record of what each language's files weigh.
struct Publish<'a> {
    site: &'a Site,
    /// `None` once errors were found: pages are still rendered, to find every problem, but
    /// nothing is written.
    output: Option<&'a Output>,
    origin: Option<&'a str>,
    /// Where finished pages are remembered (see `write::memo`).
    memo_dir: PathBuf,
    written: Mutex<Vec<Written>>,
}

/// A file the build wrote.
struct Written {
    lang: Option<usize>,
    /// Site path.
    path: String,
    /// Brotli size, or the raw size when brotli would not be smaller.
    weight: u64,
    /// Content hash, so a service worker's version changes when any of its files does.
    hash: String,
    is_booklet: bool,
}

impl<'a> Publish<'a> {
    fn new(site: &'a Site, output: Option<&'a Output>, root: &Path) -> Self {
        Publish {
            memo_dir: root.join(write::output::PAGES_DIR),
            site,
            output,
            origin: site.config.site.base_url.as_deref(),
            written: Mutex::new(Vec::new()),
        }
    }

    /// Finishes and writes a rendered page; its size in bytes as written, when written.
    fn file(
        &self,
        page: &RenderedPage,
        lang: Option<usize>,
        budget: Budget,
    ) -> Result<Option<u64>, Vec<Diagnostic>> {
        let file = urls::output_file(&page.path);
        // A page shown through a fallback, or gathered into a booklet, repeats its own
        // language's page: what is wrong with it is reported there, once.
        let repeats = match budget {
            Budget::Page => lang.is_some_and(|l| {
                !page
                    .source
                    .starts_with(format!("content/{}/", self.site.languages()[l].code))
            }),
            Budget::Booklet => true,
        };
        let budgets = &self.site.config.site.budgets;
        let (limit, what) = match budget {
            Budget::Page => (budgets.page_kb, "page"),
            Budget::Booklet => (budgets.booklet_kb, "booklet"),
        };
        let over = |weight: u64, how: &str| {
            if repeats && matches!(budget, Budget::Page) {
                return Vec::new();
            }
            vec![
                Diagnostic::error(&page.source, format!(
                    "the {what} {file} weighs {:.1} KB {how}, over its budget of {limit} KB compressed",
                    weight as f64 / 1024.0
                ))
                .hint(match budget {
                    Budget::Page => "readers pay for every kilobyte: shorten the page or split it in two; the budget is `budgets: page_kb` in site.yaml",
                    Budget::Booklet => "leave some pages out of the booklet with `booklet: false`, or shorten them; the budget is `budgets: booklet_kb` in site.yaml",
                }),
            ]
        };

        // The same rendered HTML as in an earlier build finishes the same way: take it as it
        // was, with its compressed copies.
        let key = write::memo::key(&page.html, self.origin.unwrap_or(""));
        let remembered = match self.output {
            Some(output) => output
                .write_remembered(&file, &key)
                .map_err(|e| vec![cannot_write(&file, e)])?,
            // Checking without writing: an earlier build's memo still knows the page's weight.
            None => {
                write::memo::load(&self.memo_dir, &key).map(|memo| write::compress::Compressed {
                    sizes: memo.sizes,
                    hash: memo.hash,
                    reused: true,
                })
            }
        };
        let (length, done) = match remembered {
            Some(done) => (done.sizes.original, Some(done)),
            None => {
                let html = write::minify(&page.html);
                let inspection = privacy::inspect(&html, self.origin);
                let in_a_page = |url: &&String| {
                    self.site
                        .sources
                        .iter()
                        .any(|s| s.body.contains(url.as_str()))
                };
                if !inspection.external.is_empty() {
                    return Err(inspection
                        .external
                        .iter()
                        .filter(|url| !(repeats && in_a_page(url)))
                        .map(|url| {
                            Diagnostic::error(&page.source, format!("the page {file} would load {url} from another site"))
                                .hint("readers' phones must not contact other sites: put the file beside the page or in the theme's static/ folder and link it with a relative path")
                        })
                        .collect());
                }
                let bytes = privacy::add_policy(&html, &privacy::policy(&inspection));
                // HTML never shrinks twenty-fold; a page that large is over budget without
                // spending seconds compressing it.
                if bytes.len() as f64 > 20.0 * limit * 1024.0 {
                    return Err(over(bytes.len() as u64, "before compression"));
                }
                let Some(output) = self.output else {
                    // Nothing is written, but the page is still held to its budget.
                    let brotli = write::compress::brotli_len(&bytes) as u64;
                    if brotli as f64 > limit * 1024.0 {
                        return Err(over(brotli, "compressed with brotli"));
                    }
                    return Ok(None);
                };
                let done = output
                    .write(&file, &bytes)
                    .map_err(|e| vec![cannot_write(&file, e)])?;
                if let Some(done) = &done {
                    output.remember(&key, &bytes, done);
                }
                (bytes.len() as u64, done)
            }
        };
        let weight = done
            .as_ref()
            .map_or(length, |d| d.sizes.brotli.unwrap_or(d.sizes.original));
        self.written.lock().expect("written files").push(Written {
            lang,
            path: page.path.clone(),
            weight,
            hash: done.map(|d| d.hash).unwrap_or_default(),
            is_booklet: matches!(budget, Budget::Booklet),
        });
        if weight as f64 > limit * 1024.0 {
            return Err(over(weight, "compressed with brotli"));
        }
        Ok(Some(length))
    }

    /// Writes a file as it is (feeds, sitemap, robots.txt, service workers).
    fn raw(&self, rel: &str, bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
        let Some(output) = self.output else {
            return Ok(());
        };
        output
            .write(rel, bytes)
            .map(|_| ())
            .map_err(|e| vec![cannot_write(rel, e)])
    }

    /// Writes `lang`'s service worker, listing every file of the language written so far, and
    /// returns what saving them downloads. `None` when the theme has no service worker.
    fn offline(
        &self,
        lang: usize,
        renderer: &Renderer,
        diags: &mut Diagnostics,
    ) -> Option<Offline> {
        let script = renderer.scripts.get("service_worker")?;
        self.output?;
        let code = &self.site.languages()[lang].code;
        let prefix = format!("/{code}/");
        let home_path = self
            .site
            .home()
            .map(|h| self.site.path(lang, h).to_string());
        let written = self.written.lock().expect("written files");
        let mine: Vec<&Written> = written
            .iter()
            .filter(|w| w.lang == Some(lang) && w.path.starts_with(&prefix))
            .collect();
        let mut files: Vec<(String, &str)> = mine
            .iter()
            .map(|w| (urls::relative(&prefix, &w.path), w.hash.as_str()))
            .collect();
        files.sort();
        let weights: Vec<u64> = mine.iter().map(|w| w.weight).collect();
        // The home page is written after this, so it counts as an average page.
        let total: u64 = weights.iter().sum();
        let bytes = total + total / (weights.len() as u64).max(1);
        let mut list: Vec<String> = files.iter().map(|(f, _)| f.clone()).collect();
        if let Some(home) = home_path.filter(|h| h.starts_with(&prefix)) {
            list.push(urls::relative(&prefix, &home));
            list.push("./".to_string());
        }
        let version = crate::load::content::short_hash(
            files
                .iter()
                .map(|(f, h)| format!("{f}{h}"))
                .collect::<String>()
                .as_bytes(),
        );
        let list_json = list
            .iter()
            .map(|f| format!("\"{}\"", f.replace(['\\', '"'], "")))
            .collect::<Vec<_>>()
            .join(",");
        let sw =
            format!("var LANG=\"{code}\",VERSION=\"{version}\",FILES=[{list_json}];\n{script}\n");
        let sw_path = format!("{prefix}sw.js");
        drop(written);
        if let Err(problems) = self.raw(&urls::output_file(&sw_path), sw.as_bytes()) {
            diags.extend(problems);
            return None;
        }
        Some(Offline {
            sw: sw_path,
            kilobytes: bytes.div_ceil(1024),
        })
    }

    /// Brotli weights of the pages written (booklets left out), for the build summary.
    fn page_weights(&self) -> Vec<u64> {
        let written = self.written.lock().expect("written files");
        written
            .iter()
            .filter(|w| !w.is_booklet)
            .map(|w| w.weight)
            .collect()
    }
}

fn cannot_write(file: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(file.to_string(), format!("cannot write: {e}"))
        .hint("check free disk space and permissions")
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
