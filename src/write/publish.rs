//! Finishing the rendered pages and writing them: minify, refuse what would load from
//! another site, the Content-Security-Policy, the memo of finished pages, compression, size
//! budgets, and a record of every file written (what `faro serve` keeps between runs, what a
//! language's service worker lists, and the links `faro check` follows).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::markup::resources;
use crate::render::RenderedPage;
use crate::resolve::{LangId, Site};
use crate::write::{self, Output};
use crate::{load, urls};

/// Which size limit a file is held to.
#[derive(Clone, Copy)]
pub(crate) enum Budget {
    Page,
    Booklet,
    /// The page left at an old address: held to a page's budget, but not weighed with the
    /// pages (it is not one a reader reads) nor saved for offline reading.
    Redirect,
}

/// Finishes and writes the built files: minify, privacy check, Content-Security-Policy,
/// compression, size budgets, and a record of what each language's files weigh.
pub(crate) struct Publish<'a> {
    site: &'a Site,
    /// `None` once errors were found: pages are still rendered, to find every problem, but
    /// nothing is written.
    output: Option<&'a Output>,
    origin: Option<&'a str>,
    /// What decides how pages are finished besides their HTML (see `write::memo::key`).
    memo_context: String,
    /// site.yaml's `compression: brotli_quality`, for the sizes of pages not written.
    brotli_quality: u32,
    /// Where finished pages are remembered (see `write::memo`).
    memo_dir: PathBuf,
    /// The files an earlier run wrote into this output, by site path (empty for a build,
    /// which starts from an empty staging folder).
    before: BTreeMap<String, Written>,
    /// Every file of the output as it stands: `before`, updated by this run.
    records: Mutex<BTreeMap<String, Written>>,
    /// While set, finished files wait here instead of being written (see `hold`).
    held: Mutex<Option<Vec<Pending>>>,
    writes: Mutex<Writes>,
    /// Site paths of the files written as they are (feeds, service workers, robots.txt).
    raw_paths: Mutex<BTreeSet<String>>,
    /// The links and ids of every page, when checking (without an output).
    links: Mutex<BTreeMap<String, PageLinks>>,
}

/// What a run rendered: files written anew, and files rendered the same as the last time
/// they were written and so left alone (only in `faro serve`).
#[derive(Debug, Default, Clone, Copy)]
pub struct Writes {
    pub written: usize,
    pub unchanged: usize,
    /// Pages written as the last whole build finished them, without being rendered (their
    /// inputs did not change).
    pub remembered: usize,
}

/// Every file a run makes, by site path, and where each page's links lead: what `faro check`
/// follows, from the pages as the build finishes them.
#[derive(Debug, Default)]
pub struct Manifest {
    pub files: BTreeSet<String>,
    pub pages: BTreeMap<String, PageLinks>,
}

/// The links and ids of one page.
#[derive(Debug)]
pub struct PageLinks {
    /// The file its text comes from, for messages.
    pub source: PathBuf,
    pub links: Vec<String>,
    pub ids: BTreeSet<String>,
}

/// What saving a language for offline reading takes: the files its service worker lists
/// (relative to the worker), a version that changes with any of them, and what they weigh.
pub(crate) struct OfflineFiles {
    pub files: Vec<String>,
    pub version: String,
    pub kilobytes: u64,
}

/// A file in the output.
#[derive(Debug, Clone)]
pub(crate) struct Written {
    lang: Option<LangId>,
    /// Brotli size, or the raw size when brotli would not be smaller.
    weight: u64,
    /// Content hash, so a service worker's version changes when any of its files does.
    hash: String,
    /// The hash of the rendered HTML it was finished from (see `write::memo`).
    key: String,
    /// A page a reader reads, weighed in the build's summary (not a booklet or a redirect).
    weighed: bool,
}

/// A finished file on its way to the output.
struct Pending {
    /// Site path and output file.
    path: String,
    file: String,
    lang: Option<LangId>,
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
    pub(crate) fn new(
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
            memo_context: memo_context(
                site.config.site.base_url.as_deref(),
                site.config.site.compression.brotli_quality,
            ),
            brotli_quality: site.config.site.compression.brotli_quality,
            records: Mutex::new(before.clone()),
            before,
            held: Mutex::new(None),
            writes: Mutex::new(Writes::default()),
            raw_paths: Mutex::new(BTreeSet::new()),
            links: Mutex::new(BTreeMap::new()),
        }
    }

    /// From now on, finished files wait instead of being written, until `release`.
    pub(crate) fn hold(&self) {
        *self.held.lock().expect("held files") = Some(Vec::new());
    }

    /// Writes the files held since `hold`, and writes as it goes again.
    pub(crate) fn release(&self) -> Vec<Diagnostic> {
        let held = self.held.lock().expect("held files").take();
        held.unwrap_or_default()
            .into_par_iter()
            .flat_map_iter(|pending| self.commit(pending).err().unwrap_or_default())
            .collect()
    }

    /// Every file of the output, for the next run.
    pub(crate) fn into_records(self) -> BTreeMap<String, Written> {
        self.records.into_inner().expect("records")
    }

    pub(crate) fn writes(&self) -> Writes {
        *self.writes.lock().expect("writes")
    }

    /// Every file of the output and the links of every page this run rendered.
    pub(crate) fn manifest(&self) -> Manifest {
        let mut files: BTreeSet<String> = self
            .records
            .lock()
            .expect("records")
            .keys()
            .cloned()
            .collect();
        files.extend(self.raw_paths.lock().expect("raw paths").iter().cloned());
        Manifest {
            files,
            pages: std::mem::take(&mut *self.links.lock().expect("links")),
        }
    }

    /// Finishes and writes a rendered page; its size in bytes as written, when written.
    pub(crate) fn file(
        &self,
        page: &RenderedPage,
        lang: Option<LangId>,
        budget: Budget,
    ) -> Result<Option<u64>, Vec<Diagnostic>> {
        // Only `faro check` follows the links; a build does not read its pages again.
        if self.output.is_none() {
            let (links, ids) = resources::links_and_ids(page.html.as_bytes());
            self.links.lock().expect("links").insert(
                page.path.clone(),
                PageLinks {
                    source: page.source.clone(),
                    links,
                    ids,
                },
            );
        }
        let pending = self.prepare(page, lang, budget)?;
        self.submit(pending)
    }

    /// [`Self::file`] for a page rendered from inputs with the key `inputs` (see
    /// `render::Inputs`), which the next whole build finds with [`Self::remembered`].
    pub(crate) fn page(
        &self,
        page: &RenderedPage,
        lang: LangId,
        inputs: String,
    ) -> Result<Option<u64>, Vec<Diagnostic>> {
        let pending = self.prepare(page, Some(lang), Budget::Page)?;
        if let Some(output) = self.output {
            output.rendered(inputs, pending.key.clone());
        }
        self.submit(pending)
    }

    /// Writes, without rendering it, the page at `path` that the last whole build rendered
    /// from inputs with the key `inputs`, as that build finished it. `None` when there is no
    /// such page or its memo is gone: it must be rendered.
    pub(crate) fn remembered(
        &self,
        inputs: &str,
        path: &str,
        source: &Path,
        lang: LangId,
    ) -> Option<Result<Option<u64>, Vec<Diagnostic>>> {
        let output = self.output?;
        let key = output.rendered_before(inputs)?;
        let memo = write::memo::load(&self.memo_dir, key)?;
        output.rendered(inputs.to_string(), key.to_string());
        self.writes.lock().expect("writes").remembered += 1;
        let budget = Budget::Page;
        Some(self.submit(Pending {
            path: path.to_string(),
            file: urls::output_file(path),
            lang: Some(lang),
            budget,
            source: source.to_path_buf(),
            repeats: self.repeats(source, Some(lang), budget),
            key: key.to_string(),
            finish: Finish::Ready {
                bytes: memo.bytes,
                known: Some((memo.hash, memo.sizes)),
            },
        }))
    }

    /// Writes a finished file, or holds it (see `hold`); its length.
    fn submit(&self, pending: Pending) -> Result<Option<u64>, Vec<Diagnostic>> {
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

    /// Whether a file repeats another's text, whose problems are reported there, once: a page
    /// shown through a fallback repeats its own language's page, a booklet every page.
    fn repeats(&self, source: &Path, lang: Option<LangId>, budget: Budget) -> bool {
        match budget {
            Budget::Page => lang.is_some_and(|l| {
                !source.starts_with(format!(
                    "{}/{}/",
                    load::content::CONTENT_DIR,
                    self.site.language(l).code
                ))
            }),
            Budget::Booklet => true,
            Budget::Redirect => false,
        }
    }

    /// Finishes a page in memory: minified, checked for other-origin resources, given its
    /// Content-Security-Policy.
    fn prepare(
        &self,
        page: &RenderedPage,
        lang: Option<LangId>,
        budget: Budget,
    ) -> Result<Pending, Vec<Diagnostic>> {
        let file = urls::output_file(&page.path);
        let repeats = self.repeats(&page.source, lang, budget);
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
            return Ok(pending(Finish::Unchanged(before.clone())));
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
            return Ok(pending(finish));
        }
        let bytes = finish(&page.html, self.origin).map_err(|external| {
            let reported_there = if repeats {
                self.written_in_text(page, budget, &external)
            } else {
                vec![false; external.len()]
            };
            external
                .iter()
                .zip(reported_there)
                .filter(|(_, reported_there)| !reported_there)
                .map(|(url, _)| {
                    Diagnostic::error(
                        &page.source,
                        crate::msg!(
                            "page-external-resource",
                            file = file.to_string(),
                            url = url.clone(),
                        ),
                    )
                    .hint(crate::t!("page-external-resource-hint"))
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
                "raw",
            ));
        }
        if self.output.is_none() {
            // Nothing is written, but the page is held to its budget all the same (when it
            // is committed), and weighs in its language's offline copy.
            return Ok(pending(Finish::Checked {
                weight: write::compress::brotli_len(&bytes, self.brotli_quality) as u64,
                hash: key.clone(),
                length: Some(bytes.len() as u64),
            }));
        }
        Ok(pending(Finish::Ready { bytes, known: None }))
    }

    /// Which of `urls`, loaded by a page that repeats others, the Markdown of those pages
    /// holds: they are reported on the pages themselves. A page shown through a fallback
    /// repeats the page its text comes from; a booklet, any page.
    fn written_in_text(&self, page: &RenderedPage, budget: Budget, urls: &[String]) -> Vec<bool> {
        let mut found = vec![false; urls.len()];
        let repeated = self
            .site
            .sources
            .iter()
            .filter(|s| matches!(budget, Budget::Booklet) || s.file == page.source);
        for source in repeated {
            // A text that cannot be read again is reported where its own page is rendered.
            let Ok(body) = source.body() else {
                continue;
            };
            for (found, url) in found.iter_mut().zip(urls) {
                *found |= body.contains(url.as_str());
            }
            if found.iter().all(|&f| f) {
                break;
            }
        }
        found
    }

    /// Writes a finished page (with its compressed copies), records it and holds it to its
    /// budget.
    fn commit(&self, pending: Pending) -> Result<(), Vec<Diagnostic>> {
        let written = match &pending.finish {
            Finish::Unchanged(before) => {
                self.writes.lock().expect("writes").unchanged += 1;
                before.clone()
            }
            Finish::Checked { weight, hash, .. } => Written {
                lang: pending.lang,
                weight: *weight,
                hash: hash.clone(),
                key: pending.key.clone(),
                weighed: matches!(pending.budget, Budget::Page),
            },
            Finish::Ready { bytes, known } => {
                let output = self.output.expect("only pages to write are ready");
                let done = output
                    .write_page(&pending.file, bytes, &pending.key, known.as_ref())
                    .map_err(|e| vec![cannot_write(&pending.file, e)])?;
                self.writes.lock().expect("writes").written += 1;
                Written {
                    lang: pending.lang,
                    weight: done.as_ref().map_or(bytes.len() as u64, |d| {
                        d.sizes.brotli.unwrap_or(d.sizes.original)
                    }),
                    hash: done.map(|d| d.hash).unwrap_or_default(),
                    key: pending.key.clone(),
                    weighed: matches!(pending.budget, Budget::Page),
                }
            }
        };
        let weight = written.weight;
        self.records
            .lock()
            .expect("records")
            .insert(pending.path.clone(), written);
        if weight as f64 > self.limit(pending.budget) * 1024.0 {
            return Err(self.over(&pending, weight, "brotli"));
        }
        Ok(())
    }

    fn limit(&self, budget: Budget) -> f64 {
        let budgets = &self.site.config.site.budgets;
        match budget {
            Budget::Page | Budget::Redirect => budgets.page_kb,
            Budget::Booklet => budgets.booklet_kb,
        }
    }

    /// The error for a file over its budget (none for a page that repeats another, whose own
    /// page gets it). `how` it was weighed: `raw` (before compression) or `brotli`.
    fn over(&self, pending: &Pending, weight: u64, how: &'static str) -> Vec<Diagnostic> {
        if pending.repeats && matches!(pending.budget, Budget::Page) {
            return Vec::new();
        }
        let mut args = crate::messages::FluentArgs::new();
        args.set("file", pending.file.to_string());
        args.set("kb", format!("{:.1}", weight as f64 / 1024.0));
        args.set("how", how);
        args.set("limit", self.limit(pending.budget).to_string());
        let (message, hint) = match pending.budget {
            Budget::Page => (
                crate::msg!("page-over-budget"; &args),
                crate::t!("page-over-budget-hint"),
            ),
            Budget::Redirect => (
                crate::msg!("redirect-over-budget"; &args),
                crate::t!("redirect-over-budget-hint"),
            ),
            Budget::Booklet => (
                crate::msg!("booklet-over-budget"; &args),
                crate::t!("booklet-over-budget-hint"),
            ),
        };
        vec![Diagnostic::error(&pending.source, message).hint(hint)]
    }

    /// Writes a file as it is (feeds, sitemap, robots.txt, service workers).
    pub(crate) fn raw(&self, rel: &str, bytes: &[u8]) -> Result<(), Vec<Diagnostic>> {
        self.raw_paths
            .lock()
            .expect("raw paths")
            .insert(format!("/{rel}"));
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

    /// What `lang`'s service worker lists: every file of the language written so far but its
    /// home page, which is written after it and so counts as an average page.
    pub(crate) fn offline_files(&self, lang: LangId) -> OfflineFiles {
        let code = &self.site.language(lang).code;
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
        let total: u64 = weights.iter().sum();
        let bytes = total + total / (weights.len() as u64).max(1);
        let version = load::content::short_hash(
            files
                .iter()
                .map(|(f, h)| format!("{f}{h}"))
                .collect::<String>()
                .as_bytes(),
        );
        let mut list: Vec<String> = files.into_iter().map(|(f, _)| f).collect();
        if let Some(home) = home_path.filter(|h| h.starts_with(&prefix)) {
            list.push(urls::relative(&prefix, &home));
            list.push("./".to_string());
        }
        OfflineFiles {
            files: list,
            version,
            kilobytes: bytes.div_ceil(1024),
        }
    }

    /// Writes, beside each page of `lang` but its home page (at `home`, a page path), its copy
    /// compressed against the home page (see `compress::dictionary`). Call it once the home
    /// page is written.
    pub(crate) fn dictionary_copies(&self, lang: LangId, home: &str) -> Vec<Diagnostic> {
        use rayon::prelude::*;
        let Some(output) = self.output else {
            return Vec::new();
        };
        let home_file = urls::output_file(home);
        let dictionary = match output.dictionary(&home_file) {
            Ok(dictionary) => dictionary,
            Err(e) => return vec![cannot_write(&home_file, e)],
        };
        // Each page's file and the hash of its content, known since it was written.
        let files: Vec<(String, String)> = self
            .records
            .lock()
            .expect("records")
            .iter()
            .filter(|(path, written)| written.lang == Some(lang) && path.as_str() != home)
            .filter(|(_, written)| !written.hash.is_empty())
            .map(|(path, written)| (urls::output_file(path), written.hash.clone()))
            .collect();
        files
            .par_iter()
            .filter_map(|(file, hash)| {
                output
                    .write_dictionary_copy(file, hash, &dictionary)
                    .err()
                    .map(|e| cannot_write(file, e))
            })
            .collect()
    }

    /// Brotli weights of the pages written (booklets left out), for the build summary.
    pub(crate) fn page_weights(&self) -> Vec<u64> {
        let records = self.records.lock().expect("records");
        records
            .values()
            .filter(|w| w.weighed)
            .map(|w| w.weight)
            .collect()
    }
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
/// (URLs under it are the site's own), brotli's quality (the remembered sizes are its) and the
/// sample page as finished now, which changes with the minifier's settings and the form of the
/// policy. Remembered pages finished otherwise are then not taken. The default quality adds
/// nothing, so the pages remembered before it could be set are still taken.
fn memo_context(origin: Option<&str>, brotli_quality: u32) -> String {
    let sample = finish(FINISHING_SAMPLE, None).unwrap_or_default();
    let quality = match brotli_quality {
        crate::load::config::BEST_BROTLI_QUALITY => String::new(),
        other => format!("brotli {other}\n"),
    };
    format!(
        "{}\n{quality}{}",
        origin.unwrap_or(""),
        String::from_utf8_lossy(&sample)
    )
}

fn cannot_write(file: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(
        file.to_string(),
        crate::msg!("out-cannot-write", error = crate::messages::io_error(&e)),
    )
    .hint(crate::t!("out-cannot-write-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memo_context_follows_the_address_and_how_pages_are_finished() {
        let sample = String::from_utf8(finish(FINISHING_SAMPLE, None).unwrap()).unwrap();
        assert!(
            !sample.contains("<!--") && !sample.contains("</html>"),
            "{sample}"
        );
        assert!(sample.contains("Content-Security-Policy"), "{sample}");
        let best = crate::load::config::BEST_BROTLI_QUALITY;
        let context = memo_context(Some("https://example.org"), best);
        assert!(context.starts_with("https://example.org\n"));
        assert!(context.ends_with(&sample));
        assert_ne!(context, memo_context(None, best));
        assert_ne!(context, memo_context(Some("https://example.org"), 10));
    }
}
