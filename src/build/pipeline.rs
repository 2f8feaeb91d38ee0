//! The pipeline every command runs: the site loaded and resolved, its templates compiled,
//! once; then rendered, finished and written as far as a `Scope` asks (`Pipeline::render`).
//! `faro build` renders everything into a staging folder, `faro serve` what a change touches
//! into its folder in place (`build::live`), `faro check` everything in memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::progress::{self, Progress, Stage};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{self, Strings, Theme};
use crate::render::booklet::BookletLink;
use crate::render::{Compiled, Inputs, Offline, PageExtras, Renderer};
use crate::resolve::{Addresses, LangId, NodeId, Site};
use crate::write::publish::{Budget, Manifest, Publish, Writes, Written};
use crate::write::{self, Output};

/// A site loaded, resolved and its templates compiled: what every command starts from.
pub struct Pipeline {
    /// The site's folder, where its sources and caches are.
    pub(super) root: PathBuf,
    pub(super) site: Site,
    pub(super) strings: Arc<Strings>,
    pub(super) theme: Theme,
    /// `None` when the templates cannot be compiled (the reasons are reported): the site can
    /// still be checked, not rendered.
    pub(super) templates: Option<Compiled>,
    /// The addresses of addresses.lock no page lives at any more, and where each leads.
    pub(super) addresses: Addresses,
    /// Told what rendering and writing are doing (nothing, unless a caller asks).
    pub(super) progress: progress::Shared,
}

impl Pipeline {
    /// Loads and resolves the site at `root` and compiles its templates. `None` when the site
    /// cannot be read or resolved at all; every problem found is in `diags`.
    pub fn open(root: &Path, drafts: bool, diags: &mut Diagnostics) -> Option<Pipeline> {
        let load::Sources {
            config,
            content,
            strings,
            theme,
            lock,
        } = load::load(root, drafts, diags)?;
        let site = Site::build(config, content, diags)?;
        let addresses = Addresses::plan(&site, &lock, diags);
        let strings = Arc::new(strings);
        let templates = Compiled::new(strings.clone(), &theme, diags);
        Some(Pipeline {
            root: root.to_path_buf(),
            site,
            strings,
            theme,
            templates,
            addresses,
            progress: progress::quiet(),
        })
    }

    /// Reports what rendering and writing are doing to `progress` (a command's progress bar).
    pub fn set_progress(&mut self, progress: progress::Shared) {
        self.progress = progress;
    }

    pub fn addresses(&self) -> &Addresses {
        &self.addresses
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn strings(&self) -> &Strings {
        &self.strings
    }

    /// Renders and finishes every page in memory, writing nothing: every problem a build
    /// would find, and what the build would make. `None` when the templates cannot be used.
    pub fn check(&self, diags: &mut Diagnostics) -> Option<Manifest> {
        let scope = Scope::everything(self.site.languages().len());
        self.render(None, &scope, &mut Ledger::default(), diags)
            .map(|counts| counts.manifest)
    }

    /// Writes the whole site into `target` as `faro build` would, for an offline library
    /// (`faro zim`): the same finished pages, without what only a web server needs (see
    /// `Scope::library`). Writes nothing and returns `false` when any error was found.
    pub fn write_library(&self, target: &Path, diags: &mut Diagnostics) -> bool {
        let quality = self.site.config.site.compression.brotli_quality;
        let Some(output) = Output::prepare(&self.root, target, quality, diags) else {
            return false;
        };
        let scope = Scope::library(self.site.languages().len());
        let counts = self.render(Some(&output), &scope, &mut Ledger::default(), diags);
        if counts.is_none() || diags.has_errors() {
            output.abandon();
            return false;
        }
        self.progress.start(Stage::Writing, None);
        match output.commit_keeping_caches() {
            Ok(()) => true,
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        target.display().to_string(),
                        crate::msg!(
                            "out-library-not-placed",
                            error = crate::messages::io_error(&e)
                        ),
                    )
                    .hint(crate::t!("out-library-not-placed-hint")),
                );
                false
            }
        }
    }

    /// The resolved site and the compiled templates, for a fuzz target that renders changed
    /// versions of the site with the same templates.
    #[doc(hidden)]
    pub fn into_parts(self) -> (Site, Option<Compiled>) {
        (self.site, self.templates)
    }

    /// Compiles the templates again, after the strings or the theme changed.
    pub(super) fn recompile(&mut self, diags: &mut Diagnostics) -> bool {
        self.templates = Compiled::new(self.strings.clone(), &self.theme, diags);
        self.templates.is_some()
    }

    /// Renders what `scope` asks for into `output` (or only checks it, without one), using and
    /// updating `ledger`. With a ledger from an earlier run (`faro serve` writing into its folder
    /// in place), nothing is written unless everything rendered without errors, apart from the
    /// `first` pages, which are written as soon as they are known to be good.
    pub(super) fn render(
        &self,
        output: Option<&Output>,
        scope: &Scope,
        ledger: &mut Ledger,
        diags: &mut Diagnostics,
    ) -> Option<Counts> {
        let Some(templates) = &self.templates else {
            return None;
        };
        let (site, theme, root) = (&self.site, &self.theme, self.root.as_path());
        let renderer = &templates.bind(site);
        // With errors already found, pages are still rendered to find the rest, but not written.
        let output = output.filter(|_| !diags.has_errors());
        let languages = site.languages().len();
        let home = site.home();
        let incremental = !ledger.is_empty();
        ledger.booklets.resize(languages, None);
        ledger.offline.resize(languages, None);
        let publish = Publish::new(site, output, root, std::mem::take(&mut ledger.files));
        // A whole build takes the pages whose inputs did not change from the last one.
        let inputs = output
            .filter(|output| !output.is_in_place())
            .map(|_| Inputs::new(site, templates));
        let mut pages = scope.pages.clone();
        pages.resize(languages, false);
        let mut summaries = scope.summaries.clone();
        summaries.resize(languages, false);
        let rendered_before = |diags: &Diagnostics| diags.error_count();

        // The page a writer just saved goes out first, alone: that is the change they wait for.
        if !scope.first.is_empty() {
            let before = rendered_before(diags);
            publish.hold();
            diags.extend(render_pages(
                renderer,
                &publish,
                ledger,
                inputs.as_ref(),
                &scope.first,
                &progress::Quiet,
            ));
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
        let booklets: Vec<(LangId, Option<BookletLink>)> = site
            .lang_ids()
            .collect::<Vec<_>>()
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
                Diagnostic::warning(
                    load::config::CONFIG_FILE,
                    crate::msg!("booklet-no-qr-codes"),
                )
                .hint(crate::t!("booklet-no-qr-codes-hint")),
            );
        }

        // Every page but the home pages, which show how much saving the language for offline
        // reading downloads, known only once the rest is written.
        let jobs: Vec<(LangId, NodeId)> = site
            .lang_ids()
            .filter(|&l| pages[l])
            .flat_map(|l| site.node_ids().map(move |n| (l, n)))
            .filter(|&(_, node)| Some(node) != home)
            .filter(|job| !scope.first.contains(job))
            .collect();
        self.progress.start(Stage::Rendering, Some(jobs.len()));
        diags.extend(render_pages(
            renderer,
            &publish,
            ledger,
            inputs.as_ref(),
            &jobs,
            &*self.progress,
        ));
        if scope.not_found {
            let langs: Vec<Option<LangId>> = std::iter::once(None)
                .chain(site.lang_ids().map(Some))
                .collect();
            let problems: Vec<Vec<Diagnostic>> = langs
                .into_par_iter()
                .map(|lang| {
                    let written = renderer
                        .not_found(lang)
                        .and_then(|page| publish.file(&page, lang, Budget::Page));
                    written.err().unwrap_or_default()
                })
                .collect();
            diags.extend(problems.into_iter().flatten());
        }
        // The pages left at old addresses, in each language whose pages are all rendered
        // again: they show their page's title.
        let redirects: Vec<_> = self
            .addresses
            .redirects
            .iter()
            .filter(|r| pages[r.lang] && !scope.library)
            .collect();
        let problems: Vec<Vec<Diagnostic>> = redirects
            .into_par_iter()
            .map(|redirect| {
                renderer
                    .redirect(redirect)
                    .and_then(|page| publish.file(&page, None, Budget::Redirect))
                    .err()
                    .unwrap_or_default()
            })
            .collect();
        diags.extend(problems.into_iter().flatten());
        if incremental {
            if diags.has_errors() {
                ledger.files = publish.into_records();
                return None;
            }
            diags.extend(publish.release());
        }

        // What is left is a few files per language, independent of each other: written side by
        // side, the largest first, so that neither core waits for the other at the end.
        let summarised: Vec<LangId> = site
            .lang_ids()
            .filter(|&l| summaries[l] || pages[l])
            .collect();
        let offline: Vec<_> = summarised
            .par_iter()
            .filter(|_| !scope.library)
            .map(|&lang| (lang, offline(site, renderer, &publish, lang)))
            .collect();
        for (lang, result) in offline {
            ledger.offline[lang] = result.unwrap_or_else(|problems| {
                diags.extend(problems);
                None
            });
        }
        let mut last = Vec::new();
        let mut discovery = Vec::new();
        if !scope.library {
            discovery.push(("robots.txt".to_string(), write::discovery::robots(site)));
            discovery.extend(
                write::discovery::sitemap(site).map(|xml| ("sitemap.xml".to_string(), xml)),
            );
            discovery.extend(write::discovery::feeds(site));
            discovery.push((
                write::redirects::NGINX_MAP.to_string(),
                write::redirects::nginx_map(site, &self.addresses),
            ));
        }
        discovery.sort_by_key(|(_, text)| std::cmp::Reverse(text.len()));
        last.extend(
            discovery
                .into_iter()
                .map(|(rel, text)| Last::Raw(rel, text)),
        );
        if let Some(home) = home {
            last.extend(summarised.iter().map(|&lang| Last::Home(lang, home)));
        }
        if scope.chooser {
            last.push(Last::Chooser);
        }
        let problems: Vec<Vec<Diagnostic>> = last
            .into_par_iter()
            .map(|job| {
                let written = match job {
                    Last::Raw(rel, text) => publish.raw(&rel, text.as_bytes()),
                    Last::Home(lang, home) => {
                        render_page(renderer, &publish, ledger, inputs.as_ref(), lang, home)
                    }
                    Last::Chooser => renderer
                        .chooser()
                        .and_then(|page| publish.file(&page, None, Budget::Page))
                        .map(|_| ()),
                };
                written.err().unwrap_or_default()
            })
            .collect();
        diags.extend(problems.into_iter().flatten());
        // Each page again, compressed against its language's home page, which is written
        // now. Not while serving (in place): a page rewritten there drops its copies, and
        // the next whole build makes them again.
        if let (Some(home), Some(output)) = (home, output)
            && !output.is_in_place()
            && !diags.has_errors()
        {
            let per_language = site.node_ids().count();
            self.progress
                .start(Stage::Compressing, Some(summarised.len() * per_language));
            for &lang in &summarised {
                diags.extend(publish.dictionary_copies(lang, site.path(lang, home)));
                self.progress.advance(per_language);
            }
        }
        let weights = publish.page_weights();
        let writes = publish.writes();
        // Only `faro check` reads the manifest; a build keeps no list it does not use.
        let mut manifest = Manifest::default();
        if output.is_none() {
            manifest = publish.manifest();
            manifest.files.extend(
                site.assets
                    .iter()
                    .map(|asset| format!("/{}/{}", asset.lang, asset.id))
                    .chain(
                        theme
                            .static_files
                            .iter()
                            .map(|(rel, _, _)| format!("/{rel}")),
                    ),
            );
        }
        ledger.files = publish.into_records();
        let counts = Counts {
            pages: languages * site.node_ids().count(),
            writes,
            languages,
            weights,
            compression: output.map(Output::compression).unwrap_or_default(),
            manifest,
        };
        let Some(output) = output else {
            return Some(counts);
        };
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
            let files: Vec<_> = assets.chain(statics).collect();
            self.progress.start(Stage::Compressing, Some(files.len()));
            for (rel, real, len) in files {
                self.progress.advance(1);
                if let Err(e) = output.copy(&rel, real, len) {
                    diags.push(
                        Diagnostic::error(
                            real.display().to_string(),
                            crate::msg!("out-cannot-copy", error = crate::messages::io_error(&e)),
                        )
                        .hint(crate::t!("out-cannot-copy-hint")),
                    );
                }
            }
        }
        Some(Counts {
            compression: output.compression(),
            ..counts
        })
    }
}

/// Renders and finishes the pages `jobs` (language, node) in parallel, with what the ledger
/// knows of their language's booklet and offline copy; the problems found.
fn render_pages(
    renderer: &Renderer,
    publish: &Publish,
    ledger: &Ledger,
    inputs: Option<&Inputs>,
    jobs: &[(LangId, NodeId)],
    progress: &dyn Progress,
) -> Vec<Diagnostic> {
    jobs.par_iter()
        .flat_map_iter(|&(lang, node)| {
            let problems = render_page(renderer, publish, ledger, inputs, lang, node)
                .err()
                .unwrap_or_default();
            progress.advance(1);
            problems
        })
        .collect()
}

/// Renders and finishes one page, with what the ledger knows of its language's booklet and
/// offline copy.
///
/// With `inputs` (a whole build), a page whose inputs are those of a page the last whole
/// build rendered is not rendered again: it is written as that build finished it.
fn render_page(
    renderer: &Renderer,
    publish: &Publish,
    ledger: &Ledger,
    inputs: Option<&Inputs>,
    lang: LangId,
    node: NodeId,
) -> Result<(), Vec<Diagnostic>> {
    let extras = PageExtras {
        booklet: ledger.booklets[lang].as_ref(),
        offline: ledger.offline[lang].as_ref(),
    };
    let Some(inputs) = inputs else {
        return renderer
            .page(lang, node, &extras)
            .and_then(|page| publish.file(&page, Some(lang), Budget::Page))
            .map(|_| ());
    };
    let key = inputs.page(lang, node, &extras);
    let site = renderer.site();
    let source = &site.text_source(lang, node).file;
    if let Some(done) = publish.remembered(&key, site.path(lang, node), source, lang) {
        return done.map(|_| ());
    }
    renderer
        .page(lang, node, &extras)
        .and_then(|page| publish.page(&page, lang, key))
        .map(|_| ())
}

/// Writes `lang`'s service worker, listing every file of the language written so far, and
/// returns what saving them downloads. `None` when the theme has no service worker.
fn offline(
    site: &Site,
    renderer: &Renderer,
    publish: &Publish,
    lang: LangId,
) -> Result<Option<Offline>, Vec<Diagnostic>> {
    let files = publish.offline_files(lang);
    let Some(script) = renderer.service_worker(lang, &files.version, &files.files) else {
        return Ok(None);
    };
    let sw = format!("/{}/sw.js", site.language(lang).code);
    publish.raw(&crate::urls::output_file(&sw), script.as_bytes())?;
    Ok(Some(Offline {
        sw,
        kilobytes: files.kilobytes,
    }))
}

/// The files written once every other page is: each language's home page (which shows what
/// saving the language for offline reading downloads), the language chooser, and the files
/// for search engines and feed readers.
enum Last {
    Home(LangId, NodeId),
    Chooser,
    Raw(String, String),
}

/// What one run of the pipeline renders. `faro build` renders everything; `faro serve`
/// renders what a change touches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Pages (language, node) rendered and written before anything else: the text a writer
    /// just saved, in every language that shows it.
    pub first: Vec<(LangId, NodeId)>,
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
    /// For an offline library (`faro zim`): no service workers (a Kiwix reader keeps the
    /// whole file; a worker would only fail to register), so no "save for offline" on the
    /// home pages; no pages at old addresses, no files for search engines, feed readers or
    /// nginx: nobody reaches a ZIM file through a saved link, a crawler or a server.
    pub library: bool,
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
            library: false,
        }
    }

    /// Every page, the booklets and the files beside them, for an offline library: see
    /// [`Scope::library`](Scope#structfield.library).
    pub fn library(languages: usize) -> Scope {
        Scope {
            not_found: false,
            chooser: false,
            library: true,
            ..Scope::everything(languages)
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
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// What a run made.
pub(crate) struct Counts {
    /// Pages the site has, in all languages.
    pub pages: usize,
    /// Files this run rendered and wrote (or found unchanged and left alone).
    pub writes: Writes,
    pub languages: usize,
    /// Brotli weight of each page written.
    pub weights: Vec<u64>,
    /// Compressed copies made and reused (none when nothing is written).
    pub compression: write::output::Compression,
    pub manifest: Manifest,
}
