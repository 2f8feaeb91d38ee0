//! `faro build`: the whole pipeline, from the site's folder to a swapped-in public/.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markup::resources;
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
    let scope = Scope::everything(site.languages().len());
    let mut ledger = Ledger::default();
    let counts = render_site(
        &Pipeline {
            site: &site,
            renderer: &renderer,
            theme: &theme,
            root,
        },
        output,
        &scope,
        &mut ledger,
        diags,
    );
    clock.lap("render and write", stages);
    counts
}

/// A resolved site, ready to render.
pub(crate) struct Pipeline<'a> {
    pub site: &'a Site,
    pub renderer: &'a Renderer<'a>,
    pub theme: &'a load::Theme,
    /// The site's folder, where the caches are.
    pub root: &'a Path,
}

/// What one run of the pipeline renders. `faro build` renders everything; `faro serve`
/// renders what a change touches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Pages (language, node) rendered and written before anything else: the text a writer
    /// just saved, in every language that shows it.
    pub first: Vec<(usize, usize)>,
    /// Per language: every page is rendered.
    pub pages: Vec<bool>,
    /// Per language: the pages that sum up the others are made again: the booklet, the home
    /// page (which shows what saving the language offline downloads) and the service worker.
    pub summaries: Vec<bool>,
    /// The 404 pages.
    pub not_found: bool,
    /// The language chooser.
    pub chooser: bool,
    /// Files copied as they are: those beside the pages, the theme's static files.
    pub files: bool,
}

impl Scope {
    pub fn everything(languages: usize) -> Scope {
        Scope {
            first: Vec::new(),
            pages: vec![true; languages],
            summaries: vec![true; languages],
            not_found: true,
            chooser: true,
            files: true,
        }
    }

    /// Nothing at all, for `languages` languages; callers switch on what a change touches.
    pub fn nothing(languages: usize) -> Scope {
        Scope {
            pages: vec![false; languages],
            summaries: vec![false; languages],
            ..Scope::default()
        }
    }
}

/// The files a run wrote into an output folder. `faro serve` keeps it between runs: a page
/// whose rendered HTML is the same as last time is not written again, and the summaries of a
/// language (its service worker, the offline size on its home page) are made from the records
/// of every file of the language, whichever run wrote it.
#[derive(Default)]
pub struct Ledger {
    files: BTreeMap<String, Written>,
    booklets: Vec<Option<BookletLink>>,
    offline: Vec<Option<Offline>>,
}

impl Ledger {
    /// How many files it knows, for messages.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Renders what `scope` asks for into `output` (or only checks it, without one), using and
/// updating `ledger`. With a ledger from an earlier run (`faro serve` writing into its folder
/// in place), nothing is written unless everything rendered without errors, apart from the
/// `first` pages, which are written as soon as they are known to be good.
pub(crate) fn render_site(
    pipeline: &Pipeline,
    output: Option<&Output>,
    scope: &Scope,
    ledger: &mut Ledger,
    diags: &mut Diagnostics,
) -> Option<Counts> {
    let Pipeline {
        site,
        renderer,
        theme,
        root,
    } = *pipeline;
    // With errors already found, pages are still rendered to find the rest, but not written.
    let output = output.filter(|_| !diags.has_errors());
    let languages = site.languages().len();
    let home = site.home();
    let incremental = !ledger.is_empty();
    ledger.booklets.resize(languages, None);
    ledger.offline.resize(languages, None);
    let publish = Publish::new(site, output, root, std::mem::take(&mut ledger.files));
    let mut pages = scope.pages.clone();
    pages.resize(languages, false);
    let mut summaries = scope.summaries.clone();
    summaries.resize(languages, false);
    let rendered_before = |diags: &Diagnostics| diags.error_count();

    // The page a writer just saved goes out first, alone: that is the change they wait for.
    if !scope.first.is_empty() {
        let before = rendered_before(diags);
        publish.hold();
        diags.extend(render_pages(renderer, &publish, ledger, &scope.first));
        if diags.error_count() > before {
            ledger.files = publish.into_records();
            return None;
        }
        diags.extend(publish.release());
        for &(lang, _) in &scope.first {
            summaries[lang] = true;
        }
    }
    // The rest is written only once all of it rendered without errors, so that a mistake
    // keeps the last good site in place.
    if incremental {
        publish.hold();
    }

    // Booklets first: every page links to its language's booklet, with its size.
    let booklets: Vec<(usize, Option<BookletLink>)> = (0..languages)
        .into_par_iter()
        .filter(|&lang| summaries[lang])
        .map(|lang| {
            let page = renderer.booklet(lang)?;
            let written = publish.file(&page, Some(lang), Budget::Booklet)?;
            Ok((
                lang,
                written.map(|bytes| BookletLink {
                    path: page.path,
                    kilobytes: bytes.div_ceil(1024),
                }),
            ))
        })
        .collect::<Vec<Result<_, Vec<Diagnostic>>>>()
        .into_iter()
        .filter_map(|result| result.map_err(|problems| diags.extend(problems)).ok())
        .collect();
    for (lang, link) in booklets {
        let same_size = |a: &Option<BookletLink>, b: &Option<BookletLink>| match (a, b) {
            (Some(a), Some(b)) => a.path == b.path && a.kilobytes == b.kilobytes,
            (None, None) => true,
            _ => false,
        };
        // Every page of the language shows the booklet's size.
        if !same_size(&ledger.booklets[lang], &link) {
            pages[lang] = true;
        }
        ledger.booklets[lang] = link;
    }
    if summaries.iter().any(|&s| s)
        && site.config.site.base_url.is_none()
        && site.config.site.booklet.qr_codes
    {
        diags.push(
            Diagnostic::warning(load::config::CONFIG_FILE, "the booklets have no QR codes, because the site's address is not set")
                .hint("set `base_url:` to the address where the site is published, or `booklet: {qr_codes: false}` until it is known"),
        );
    }

    // Every page but the home pages, which show how much saving the language for offline
    // reading downloads, known only once the rest is written.
    let jobs: Vec<(usize, usize)> = (0..languages)
        .filter(|&l| pages[l])
        .flat_map(|l| (0..site.nodes.len()).map(move |n| (l, n)))
        .filter(|&(_, node)| Some(node) != home)
        .filter(|job| !scope.first.contains(job))
        .collect();
    diags.extend(render_pages(renderer, &publish, ledger, &jobs));
    if scope.not_found {
        for lang in std::iter::once(None).chain((0..languages).map(Some)) {
            let written = renderer
                .not_found(lang)
                .and_then(|page| publish.file(&page, lang, Budget::Page));
            diags.extend(written.err().unwrap_or_default());
        }
    }
    if incremental {
        if diags.has_errors() {
            ledger.files = publish.into_records();
            return None;
        }
        diags.extend(publish.release());
    }

    for lang in (0..languages).filter(|&l| summaries[l] || pages[l]) {
        ledger.offline[lang] = publish.offline(lang, renderer, diags);
    }
    if let Some(home) = home {
        for lang in (0..languages).filter(|&l| summaries[l] || pages[l]) {
            let extras = PageExtras {
                booklet: ledger.booklets[lang].as_ref(),
                offline: ledger.offline[lang].as_ref(),
            };
            let written = renderer
                .page(lang, home, &extras)
                .and_then(|page| publish.file(&page, Some(lang), Budget::Page));
            diags.extend(written.err().unwrap_or_default());
        }
    }
    if scope.chooser {
        let written = renderer
            .chooser()
            .and_then(|page| publish.file(&page, None, Budget::Page));
        diags.extend(written.err().unwrap_or_default());
    }
    let mut discovery = vec![("robots.txt".to_string(), write::discovery::robots(site))];
    discovery.extend(write::discovery::sitemap(site).map(|xml| ("sitemap.xml".to_string(), xml)));
    discovery.extend(write::discovery::feeds(site));
    for (rel, text) in discovery {
        diags.extend(publish.raw(&rel, text.as_bytes()).err().unwrap_or_default());
    }
    let weights = publish.page_weights();
    let rendered = publish.rendered();
    ledger.files = publish.into_records();
    let output = output?;
    // After an error nothing is committed: copying (and compressing) files would be lost time.
    if scope.files && !diags.has_errors() {
        // Only files that passed their checks: a refused one is an error already, so nothing
        // is committed; it is left out all the same.
        let assets = site.assets.iter().filter_map(|asset| {
            let file = asset.checked.as_ref().ok()?;
            Some((format!("{}/{}", asset.lang, asset.id), &file.real, file.len))
        });
        let statics = theme
            .static_files
            .iter()
            .map(|(rel, real, len)| (rel.clone(), real, *len));
        for (rel, real, len) in assets.chain(statics) {
            if let Err(e) = output.copy(&rel, real, len) {
                diags.push(
                    Diagnostic::error(
                        real.display().to_string(),
                        format!("cannot copy this file: {e}"),
                    )
                    .hint("check that it can be read"),
                );
            }
        }
    }
    Some(Counts {
        pages: languages * site.nodes.len(),
        rendered,
        languages,
        weights,
        compression: output.compression(),
    })
}

/// Renders and finishes the pages `jobs` (language, node) in parallel, with what the ledger
/// knows of their language's booklet and offline copy; the problems found.
fn render_pages(
    renderer: &Renderer,
    publish: &Publish,
    ledger: &Ledger,
    jobs: &[(usize, usize)],
) -> Vec<Diagnostic> {
    jobs.par_iter()
        .flat_map_iter(|&(lang, node)| {
            let extras = PageExtras {
                booklet: ledger.booklets[lang].as_ref(),
                offline: ledger.offline[lang].as_ref(),
            };
            renderer
                .page(lang, node, &extras)
                .and_then(|page| publish.file(&page, Some(lang), Budget::Page))
                .err()
                .unwrap_or_default()
        })
        .collect()
}

/// What a run made.
pub(crate) struct Counts {
    /// Pages the site has, in all languages.
    pub pages: usize,
    /// Files this run rendered and wrote (or found unchanged and left alone).
    pub rendered: Rendered,
    pub languages: usize,
    /// Brotli weight of each page written.
    pub weights: Vec<u64>,
    pub compression: write::output::Compression,
}

/// Which size limit a file is held to.
#[derive(Clone, Copy)]
enum Budget {
    Page,
    Booklet,
}

/// What a run rendered: files written anew, and files rendered the same as the last time
/// they were written and so left alone (only in `faro serve`).
#[derive(Debug, Default, Clone, Copy)]
pub struct Rendered {
    pub written: usize,
    pub unchanged: usize,
}

/// Finishes and writes the built files: minify, privacy check, Content-Security-Policy,
/// compression, size budgets, and a record of what each language's files weigh.
struct Publish<'a> {
    site: &'a Site,
    /// `None` once errors were found: pages are still rendered, to find every problem, but
    /// nothing is written.
    output: Option<&'a Output>,
    origin: Option<&'a str>,
    /// What decides how pages are finished besides their HTML (see `write::memo::key`).
    memo_context: String,
    /// Where finished pages are remembered (see `write::memo`).
    memo_dir: PathBuf,
    /// The files an earlier run wrote into this output, by site path (empty for a build,
    /// which starts from an empty staging folder).
    before: BTreeMap<String, Written>,
    /// Every file of the output as it stands: `before`, updated by this run.
    records: Mutex<BTreeMap<String, Written>>,
    /// While set, finished files wait here instead of being written (see `hold`).
    held: Mutex<Option<Vec<Pending>>>,
    rendered: Mutex<Rendered>,
}

/// A file in the output.
#[derive(Debug, Clone)]
struct Written {
    lang: Option<usize>,
    /// Brotli size, or the raw size when brotli would not be smaller.
    weight: u64,
    /// Content hash, so a service worker's version changes when any of its files does.
    hash: String,
    /// The hash of the rendered HTML it was finished from (see `write::memo`).
    key: String,
    is_booklet: bool,
}

/// A finished file on its way to the output.
struct Pending {
    /// Site path and output file.
    path: String,
    file: String,
    lang: Option<usize>,
    budget: Budget,
    /// For messages: the page's source, and whether its problems are reported elsewhere.
    source: PathBuf,
    repeats: bool,
    key: String,
    finish: Finish,
}

enum Finish {
    /// Byte for byte what this output already holds.
    Unchanged(Written),
    /// Bytes to write; with the hash and sizes of their compressed copies when an earlier
    /// build finished the same page (its memo).
    Ready {
        bytes: Vec<u8>,
        known: Option<(String, write::compress::Sizes)>,
    },
    /// Nothing is written (checking only): the weight it would have, and its length when
    /// an earlier build wrote it.
    Checked {
        weight: u64,
        hash: String,
        length: Option<u64>,
    },
}

impl<'a> Publish<'a> {
    fn new(
        site: &'a Site,
        output: Option<&'a Output>,
        root: &Path,
        before: BTreeMap<String, Written>,
    ) -> Self {
        Publish {
            memo_dir: root.join(write::output::PAGES_DIR),
            site,
            output,
            origin: site.config.site.base_url.as_deref(),
            memo_context: memo_context(site.config.site.base_url.as_deref()),
            records: Mutex::new(before.clone()),
            before,
            held: Mutex::new(None),
            rendered: Mutex::new(Rendered::default()),
        }
    }

    /// From now on, finished files wait instead of being written, until `release`.
    fn hold(&self) {
        *self.held.lock().expect("held files") = Some(Vec::new());
    }

    /// Writes the files held since `hold`, and writes as it goes again.
    fn release(&self) -> Vec<Diagnostic> {
        let held = self.held.lock().expect("held files").take();
        held.unwrap_or_default()
            .into_par_iter()
            .flat_map_iter(|pending| self.commit(pending).err().unwrap_or_default())
            .collect()
    }

    /// Every file of the output, for the next run.
    fn into_records(self) -> BTreeMap<String, Written> {
        self.records.into_inner().expect("records")
    }

    fn rendered(&self) -> Rendered {
        *self.rendered.lock().expect("rendered")
    }

    /// Finishes and writes a rendered page; its size in bytes as written, when written.
    fn file(
        &self,
        page: &RenderedPage,
        lang: Option<usize>,
        budget: Budget,
    ) -> Result<Option<u64>, Vec<Diagnostic>> {
        let Some(pending) = self.prepare(page, lang, budget)? else {
            return Ok(None);
        };
        let length = match &pending.finish {
            Finish::Ready { bytes, .. } => Some(bytes.len() as u64),
            Finish::Unchanged(_) => self.output.and_then(|o| o.length(&pending.file)),
            Finish::Checked { length, .. } => *length,
        };
        let mut held = self.held.lock().expect("held files");
        match held.as_mut() {
            Some(held) => held.push(pending),
            None => {
                drop(held);
                self.commit(pending)?;
            }
        }
        Ok(length)
    }

    /// Finishes a page in memory: minified, checked for other-origin resources, given its
    /// Content-Security-Policy. `None` when checking without output and the weight is not
    /// known from an earlier build: the page has then been held to its budget already.
    fn prepare(
        &self,
        page: &RenderedPage,
        lang: Option<usize>,
        budget: Budget,
    ) -> Result<Option<Pending>, Vec<Diagnostic>> {
        let file = urls::output_file(&page.path);
        // A page shown through a fallback, or gathered into a booklet, repeats its own
        // language's page: what is wrong with it is reported there, once.
        let repeats = match budget {
            Budget::Page => lang.is_some_and(|l| {
                !page.source.starts_with(format!(
                    "{}/{}/",
                    load::content::CONTENT_DIR,
                    self.site.languages()[l].code
                ))
            }),
            Budget::Booklet => true,
        };
        let key = write::memo::key(&page.html, &self.memo_context);
        let pending = |finish| Pending {
            path: page.path.clone(),
            file: file.clone(),
            lang,
            budget,
            source: page.source.clone(),
            repeats,
            key: key.clone(),
            finish,
        };
        if let Some(before) = self.before.get(&page.path).filter(|w| w.key == key) {
            return Ok(Some(pending(Finish::Unchanged(before.clone()))));
        }
        // The same rendered HTML as in an earlier build finishes the same way: take it as it
        // was, with the sizes of its compressed copies.
        if let Some(memo) = write::memo::load(&self.memo_dir, &key) {
            let finish = match self.output {
                Some(_) => Finish::Ready {
                    bytes: memo.bytes,
                    known: Some((memo.hash, memo.sizes)),
                },
                None => Finish::Checked {
                    weight: memo.sizes.brotli.unwrap_or(memo.sizes.original),
                    hash: memo.hash,
                    length: Some(memo.sizes.original),
                },
            };
            return Ok(Some(pending(finish)));
        }
        let in_a_page = |url: &&String| {
            self.site
                .sources
                .iter()
                .any(|s| s.body.contains(url.as_str()))
        };
        let bytes = finish(&page.html, self.origin).map_err(|external| {
            external
                .iter()
                .filter(|url| !(repeats && in_a_page(url)))
                .map(|url| {
                    Diagnostic::error(&page.source, format!("the page {file} would load {url} from another site"))
                        .hint("readers' phones must not contact other sites: put the file beside the page or in the theme's static/ folder and link it with a relative path")
                })
                .collect::<Vec<_>>()
        })?;
        let limit = self.limit(budget);
        // HTML never shrinks twenty-fold; a page that large is over budget without
        // spending seconds compressing it.
        if bytes.len() as f64 > 20.0 * limit * 1024.0 {
            return Err(self.over(
                &pending(Finish::Checked {
                    weight: 0,
                    hash: String::new(),
                    length: None,
                }),
                bytes.len() as u64,
                "before compression",
            ));
        }
        if self.output.is_none() {
            // Nothing is written, but the page is still held to its budget.
            let brotli = write::compress::brotli_len(&bytes) as u64;
            if brotli as f64 > limit * 1024.0 {
                return Err(self.over(
                    &pending(Finish::Checked {
                        weight: 0,
                        hash: String::new(),
                        length: None,
                    }),
                    brotli,
                    "compressed with brotli",
                ));
            }
            return Ok(None);
        }
        Ok(Some(pending(Finish::Ready { bytes, known: None })))
    }

    /// Writes a finished page (with its compressed copies), records it and holds it to its
    /// budget.
    fn commit(&self, pending: Pending) -> Result<(), Vec<Diagnostic>> {
        let written = match &pending.finish {
            Finish::Unchanged(before) => {
                self.rendered.lock().expect("rendered").unchanged += 1;
                before.clone()
            }
            Finish::Checked { weight, hash, .. } => Written {
                lang: pending.lang,
                weight: *weight,
                hash: hash.clone(),
                key: pending.key.clone(),
                is_booklet: matches!(pending.budget, Budget::Booklet),
            },
            Finish::Ready { bytes, known } => {
                let output = self.output.expect("only pages to write are ready");
                let done = output
                    .write_page(&pending.file, bytes, &pending.key, known.as_ref())
                    .map_err(|e| vec![cannot_write(&pending.file, e)])?;
                self.rendered.lock().expect("rendered").written += 1;
                Written {
                    lang: pending.lang,
                    weight: done.as_ref().map_or(bytes.len() as u64, |d| {
                        d.sizes.brotli.unwrap_or(d.sizes.original)
                    }),
                    hash: done.map(|d| d.hash).unwrap_or_default(),
                    key: pending.key.clone(),
                    is_booklet: matches!(pending.budget, Budget::Booklet),
                }
            }
        };
        let weight = written.weight;
        self.records
            .lock()
            .expect("records")
            .insert(pending.path.clone(), written);
        if weight as f64 > self.limit(pending.budget) * 1024.0 {
            return Err(self.over(&pending, weight, "compressed with brotli"));
        }
        Ok(())
    }

    fn limit(&self, budget: Budget) -> f64 {
        let budgets = &self.site.config.site.budgets;
        match budget {
            Budget::Page => budgets.page_kb,
            Budget::Booklet => budgets.booklet_kb,
        }
    }

    /// The error for a file over its budget (none for a page that repeats another, whose own
    /// page gets it).
    fn over(&self, pending: &Pending, weight: u64, how: &str) -> Vec<Diagnostic> {
        if pending.repeats && matches!(pending.budget, Budget::Page) {
            return Vec::new();
        }
        let limit = self.limit(pending.budget);
        let what = match pending.budget {
            Budget::Page => "page",
            Budget::Booklet => "booklet",
        };
        vec![
            Diagnostic::error(&pending.source, format!(
                "the {what} {} weighs {:.1} KB {how}, over its budget of {limit} KB compressed",
                pending.file,
                weight as f64 / 1024.0
            ))
            .hint(match pending.budget {
                Budget::Page => "readers pay for every kilobyte: shorten the page or split it in two; the budget is `budgets: page_kb` in site.yaml",
                Budget::Booklet => "leave some pages out of the booklet with `booklet: false`, or shorten them; the budget is `budgets: booklet_kb` in site.yaml",
            }),
        ]
    }

    /// Writes a file as it is (feeds, sitemap, robots.txt, service workers).
    fn raw(&self, rel: &str, bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
        let Some(output) = self.output else {
            return Ok(());
        };
        if !self.before.is_empty() && output.holds(rel, bytes) {
            return Ok(());
        }
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
        let records = self.records.lock().expect("records");
        let mine: Vec<(&String, &Written)> = records
            .iter()
            .filter(|(path, w)| {
                w.lang == Some(lang)
                    && path.starts_with(&prefix)
                    && Some(path.as_str()) != home_path.as_deref()
            })
            .collect();
        let mut files: Vec<(String, &str)> = mine
            .iter()
            .map(|(path, w)| (urls::relative(&prefix, path), w.hash.as_str()))
            .collect();
        files.sort();
        let weights: Vec<u64> = mine.iter().map(|(_, w)| w.weight).collect();
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
        let sw = service_worker(code, &version, &list, script);
        let sw_path = format!("{prefix}sw.js");
        drop(records);
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
        let records = self.records.lock().expect("records");
        records
            .values()
            .filter(|w| !w.is_booklet)
            .map(|w| w.weight)
            .collect()
    }
}

/// A language's service worker: the theme's `script`, with the language, the version of its
/// files and their list (relative to the worker) in front.
fn service_worker(code: &str, version: &str, files: &[String], script: &str) -> String {
    use serde_json::Value;
    format!(
        "var LANG={},VERSION={},FILES={};\n{script}\n",
        Value::from(code),
        Value::from(version),
        Value::from(files)
    )
}

/// A rendered page finished: minified, read for what it loads, and given the
/// Content-Security-Policy that allows its inline style and scripts. `Err`: the URLs of other
/// sites it would load.
fn finish(html: &str, origin: Option<&str>) -> Result<Vec<u8>, Vec<String>> {
    let html = write::minify(html);
    let inspection = resources::inspect(&html, origin);
    if !inspection.external.is_empty() {
        return Err(inspection.external);
    }
    Ok(write::add_policy(&html, &inspection))
}

/// A page with what finishing changes: spaces, a comment, optional tags, quotes, an inline
/// style and script.
const FINISHING_SAMPLE: &str = "<!doctype html>\n<html>\n<head><meta charset=\"utf-8\">\
    <title> A  page </title><style> p { color : red ; } </style></head>\n<body>\
    <!-- a comment --><p class=\"a\" hidden=\"\"> Text &amp; more </p>\
    <script> // a comment\n var a = 1 ; </script></body>\n</html>\n";

/// What decides how this faro finishes a page besides its rendered HTML: the site's address
/// (URLs under it are the site's own) and the sample page as finished now, which changes with
/// the minifier's settings and the form of the policy. Remembered pages finished otherwise are
/// then not taken.
fn memo_context(origin: Option<&str>) -> String {
    let sample = finish(FINISHING_SAMPLE, None).unwrap_or_default();
    format!(
        "{}\n{}",
        origin.unwrap_or(""),
        String::from_utf8_lossy(&sample)
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_service_workers_file_list_is_json_of_the_names() {
        let files = [
            "a/index.html".to_string(),
            "dice \"hola\"/index.html".to_string(),
            "c:\\d/ñ.png".to_string(),
            "\u{2028}".to_string(),
        ];
        let sw = service_worker("es", "abc", &files, "self.x=FILES");
        let (head, script) = sw.split_once(";\n").unwrap();
        assert_eq!(script, "self.x=FILES\n");
        let fields: Vec<(&str, &str)> = head
            .strip_prefix("var ")
            .unwrap()
            .splitn(3, ',')
            .map(|f| f.split_once('=').unwrap())
            .collect();
        assert_eq!(fields[0], ("LANG", "\"es\""));
        assert_eq!(fields[1], ("VERSION", "\"abc\""));
        assert_eq!(fields[2].0, "FILES");
        let list: Vec<String> = serde_json::from_str(fields[2].1).unwrap();
        assert_eq!(list, files);
    }

    #[test]
    fn the_memo_context_follows_the_address_and_how_pages_are_finished() {
        let sample = String::from_utf8(finish(FINISHING_SAMPLE, None).unwrap()).unwrap();
        assert!(
            !sample.contains("<!--") && !sample.contains("</html>"),
            "{sample}"
        );
        assert!(sample.contains("Content-Security-Policy"), "{sample}");
        let context = memo_context(Some("https://example.org"));
        assert!(context.starts_with("https://example.org\n"));
        assert!(context.ends_with(&sample));
        assert_ne!(context, memo_context(None));
    }
}
