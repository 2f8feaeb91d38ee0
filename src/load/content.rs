//! content/<lang>/**/*.md: pages with YAML front matter, and the files that sit beside them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};

use super::config::{Config, Limits, yaml_error};
use super::files;
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};

pub const CONTENT_DIR: &str = "content";
pub const SECTION_FILE: &str = "_index.md";

/// One Markdown file as written by a person.
#[derive(Debug, Clone)]
pub struct SourcePage {
    pub lang: String,
    /// Path inside the language folder with `/` separators (`rights/asylum.md`, `_index.md`);
    /// the same id in two languages means two translations of one page.
    pub id: String,
    /// Path shown in messages: `content/es/rights/asylum.md`.
    pub file: PathBuf,
    pub front: FrontMatter,
    pub body: String,
    /// 1-based line in the file where `body` starts.
    pub body_line: usize,
    /// The line of each top-level front matter key, for messages about its value.
    pub field_lines: Vec<(String, usize)>,
    /// Hash of what a reader reads (title, description, summary, body): a translation records
    /// the version of its source it was made from, and is stale when this changes.
    pub version: String,
}

/// A file beside the pages (an image, a PDF, a recording), copied to the output.
#[derive(Debug, Clone)]
pub struct Asset {
    pub lang: String,
    /// Path inside the language folder, `/`-separated.
    pub id: String,
    pub path: PathBuf,
    /// The file as it will be published, or why it cannot be (its error is reported already):
    /// a link out of the site, over its size limit, an image whose bytes are not what its name
    /// says (`load::files`).
    pub checked: Result<AssetFile, String>,
}

/// A file beside the pages that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetFile {
    /// Where it really is, links followed: inside the site's folder.
    pub real: PathBuf,
    /// Its length in bytes when it was checked.
    pub len: u64,
    /// An image's width and height in pixels, when its format says them.
    pub dimensions: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// This page's URL segment in its language; the file name without `.md` when absent.
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub order: Option<i64>,
    /// The key points, a few short lines shown at the top of the page.
    #[serde(default)]
    pub summary: Vec<String>,
    /// The day the writer last checked the page against its sources ("Actualizado el …").
    #[serde(default)]
    pub updated: Option<Date>,
    /// Who reviewed the page's legal content, and when; present only when that happened.
    #[serde(default)]
    pub legal_review: Option<LegalReview>,
    /// How many months `updated` stays current; the site's default when absent. Pages about
    /// rules that change often (the United States' border) say 3.
    #[serde(default)]
    pub review_every: Option<u32>,
    /// Where the page's facts come from, or why it states none.
    #[serde(default)]
    pub sources: Option<SourceList>,
    /// A recording of the page, a file beside it.
    #[serde(default)]
    pub audio: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// Publication date, for updates.
    #[serde(default)]
    pub date: Option<Date>,
    /// Present on a translation: which source version it was made from, whether a person
    /// has reviewed it.
    #[serde(default)]
    pub translation: Option<Translation>,
    /// Glossary entries, on the glossary page.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// On the glossary page: words too hard to use without explaining them. `faro check`
    /// warns when a page uses one that no entry in `terms` covers.
    #[serde(default)]
    pub hard_words: Vec<String>,
    /// Whether the page is a chapter of its language's booklet (the printable, offline guide).
    #[serde(default = "yes")]
    pub booklet: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[serde(default)]
    pub source_version: Option<String>,
    /// Whether a person who reads both languages checked this translation; only with
    /// `reviewed_by`, so a reader is never told of a review nobody made.
    #[serde(default)]
    pub reviewed: bool,
    #[serde(default)]
    pub reviewed_by: Option<String>,
}

impl Translation {
    /// Reviewed by a named person.
    pub fn is_reviewed(&self) -> bool {
        self.reviewed
            && self
                .reviewed_by
                .as_deref()
                .is_some_and(|b| !b.trim().is_empty())
    }
}

/// `legal_review: {by: …, date: …}`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LegalReview {
    pub by: String,
    pub date: Date,
}

/// `sources:` is either a list of sources or `none:` with the reason the page needs none.
#[derive(Debug, Clone, Serialize)]
pub enum SourceList {
    Cited(Vec<Source>),
    NoneNeeded { none: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoSources {
    none: String,
}

/// By hand rather than `#[serde(untagged)]`, so that a mistake inside one source (a missing
/// `checked:`, a misspelt key) is reported at its own line instead of as "matched no variant".
impl<'de> Deserialize<'de> for SourceList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = SourceList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of sources (`- title: …`), or `none:` with the reason")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<SourceList, A::Error> {
                Vec::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(SourceList::Cited)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<SourceList, A::Error> {
                NoSources::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(|n| SourceList::NoneNeeded { none: n.none })
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl SourceList {
    pub fn cited(&self) -> &[Source] {
        match self {
            SourceList::Cited(list) => list,
            SourceList::NoneNeeded { .. } => &[],
        }
    }
}

/// One place a page's facts come from: a public page, or a law and its article.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The law's article(s), e.g. `artículo 18`.
    #[serde(default)]
    pub law: Option<String>,
    /// The day a person last read the source.
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    pub definition: String,
}

/// A calendar date written `YYYY-MM-DD`. Checked by hand: front matter dates are only validated
/// and printed. (Today's date, which depends on the writer's time zone, comes from jiff.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&date.day).then_some(date)
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a date written as YYYY-MM-DD (for example 2026-11-28)"
            ))
        })
    }
}

/// Everything under content/.
#[derive(Debug, Default, Clone)]
pub struct Content {
    pub pages: Vec<SourcePage>,
    pub assets: Vec<Asset>,
    /// Pages that exist but could not be read (their errors are already reported), by id:
    /// links to them are not reported again as links to a missing page.
    pub unreadable: Vec<String>,
}

pub fn load(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    diags: &mut Diagnostics,
) -> Content {
    let content_dir = root.join(CONTENT_DIR);
    let mut content = Content::default();
    if let Err(diag) = files::inside(root, &content_dir) {
        diags.push(diag);
        return content;
    }
    let entries = match std::fs::read_dir(&content_dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(
                Diagnostic::error(CONTENT_DIR, format!("cannot read the content folder: {e}"))
                    .hint("pages live in content/<language>/, e.g. content/es/_index.md"),
            );
            return content;
        }
    };
    let mut lang_dirs: Vec<_> = entries.filter_map(Result::ok).collect();
    lang_dirs.sort_by_key(|e| e.file_name());
    let mut files = Vec::new();
    let mut others = Vec::new();
    for entry in lang_dirs {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if !path.is_dir() {
            diags.push(
                Diagnostic::error(
                    display_path(root, &path),
                    "a file directly in content/ belongs to no language",
                )
                .hint(format!(
                    "move it into a language folder such as content/{}/",
                    config.default_language()
                )),
            );
            continue;
        }
        if config.language(&name).is_none() {
            let declared: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
            diags.push(
                Diagnostic::error(
                    display_path(root, &path),
                    format!("content/{name}/ is for a language that site.yaml does not declare"),
                )
                .hint(format!(
                    "declare `{name}` under `languages:` in site.yaml, or rename the folder to one of: {}",
                    declared.join(", ")
                )),
            );
            continue;
        }
        collect_files(
            root,
            &path,
            &name,
            &mut files,
            &mut others,
            &mut content,
            diags,
        );
    }
    if files.is_empty() && !diags.has_errors() {
        diags.push(
            Diagnostic::error(CONTENT_DIR, "there are no pages").hint(format!(
                "write the home page first: content/{}/_index.md",
                config.default_language()
            )),
        );
    }

    // Two files whose names differ only in how the same letters are encoded (Unicode NFC and
    // NFD) look identical to a person: keep the first, report the second.
    let mut seen: std::collections::HashMap<(String, String), PathBuf> = Default::default();
    files.retain(|(lang, id, path)| match seen.get(&(lang.clone(), id.clone())) {
        Some(first) => {
            diags.push(
                Diagnostic::error(
                    display_path(root, path),
                    format!(
                        "this file and {} have the same name, with its letters encoded two ways (Unicode NFC and NFD)",
                        display_path(root, first).display()
                    ),
                )
                .hint("they look like one file to people; keep one, after copying what you need from the other, and delete the other"),
            );
            false
        }
        None => {
            seen.insert((lang.clone(), id.clone()), path.clone());
            true
        }
    });

    use rayon::prelude::*;
    let limits = &config.site.limits;
    let parsed: Vec<(Option<SourcePage>, Diagnostics)> = files
        .par_iter()
        .map(|(lang, id, path)| {
            let mut local = Diagnostics::new();
            let page = read_page(root, lang, id, path, limits, &mut local);
            (page, local)
        })
        .collect();
    for ((_, id, _), (page, local)) in files.iter().zip(parsed) {
        diags.extend(local);
        match page {
            Some(page) if include_drafts || !page.front.draft => content.pages.push(page),
            Some(_) => {}
            None => content.unreadable.push(id.clone()),
        }
    }
    let checked: Vec<Result<AssetFile, Diagnostic>> = others
        .par_iter()
        .map(|(_, _, path)| {
            files::check_file(root, path, limits).map(|(file, dimensions)| AssetFile {
                real: file.real,
                len: file.len,
                dimensions,
            })
        })
        .collect();
    for ((lang, id, path), checked) in others.into_iter().zip(checked) {
        let checked = checked.map_err(|diag| {
            let why = diag.message.clone();
            diags.push(diag);
            why
        });
        content.assets.push(Asset {
            lang,
            id,
            path,
            checked,
        });
    }
    content
}

/// The files of a language folder: pages into `pages`, other files into `others` (checked
/// later, in parallel). Links that lead outside the site are reported and kept as files that
/// cannot be published, so that what links to them is told why.
fn collect_files(
    root: &Path,
    lang_dir: &Path,
    lang: &str,
    pages: &mut Vec<(String, String, PathBuf)>,
    others: &mut Vec<(String, String, PathBuf)>,
    content: &mut Content,
    diags: &mut Diagnostics,
) {
    let found = files::walk(root, lang_dir, diags);
    let id_of = |path: &Path, diags: &mut Diagnostics| {
        let rel = path.strip_prefix(lang_dir).unwrap_or(path);
        let id = rel_id(rel);
        if id.is_none() {
            diags.push(
                Diagnostic::error(
                    display_path(root, path),
                    "the file name is not valid Unicode",
                )
                .hint("rename the file using letters, digits and hyphens"),
            );
        }
        id
    };
    for path in found.files {
        let Some(id) = id_of(&path, diags) else {
            continue;
        };
        if id.ends_with(".md") {
            // Names are compared as people read them: "niño" typed on one computer and "niño"
            // saved by another (NFC or NFD) are one name.
            let id = unicode_normalization::UnicodeNormalization::nfc(id.as_str()).collect();
            pages.push((lang.to_string(), id, path));
        } else {
            others.push((lang.to_string(), id, path));
        }
    }
    for (path, why) in found.refused {
        let Some(id) = id_of(&path, diags) else {
            continue;
        };
        if id.ends_with(".md") {
            content.unreadable.push(id);
        } else {
            content.assets.push(Asset {
                lang: lang.to_string(),
                id,
                path,
                checked: Err(why),
            });
        }
    }
}

/// Reads one page again after it changed (for `faro serve`): `page` as it was, read anew from
/// its file.
pub fn reread(
    root: &Path,
    page: &SourcePage,
    limits: &Limits,
    diags: &mut Diagnostics,
) -> Option<SourcePage> {
    read_page(
        root,
        &page.lang,
        &page.id,
        &root.join(&page.file),
        limits,
        diags,
    )
}

fn rel_id(rel: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

fn read_page(
    root: &Path,
    lang: &str,
    id: &str,
    path: &Path,
    limits: &Limits,
    diags: &mut Diagnostics,
) -> Option<SourcePage> {
    let file = display_path(root, path);
    let text = match files::read_text(root, path, files::Kind::Page, limits) {
        Ok(text) => text,
        Err(diag) => {
            diags.push(diag);
            return None;
        }
    };
    parse_page(&text, lang, id, file, diags)
}

/// A page from its text: front matter, body, and the limits every page is held to. `file` is
/// the path shown in messages.
pub fn parse_page(
    text: &str,
    lang: &str,
    id: &str,
    file: PathBuf,
    diags: &mut Diagnostics,
) -> Option<SourcePage> {
    let text = normalize_text(text);
    let (yaml, body, body_line) = match split_front_matter(&text) {
        Ok(parts) => parts,
        Err(diag) => {
            diags.push(Diagnostic { file, ..diag });
            return None;
        }
    };
    if let Some(line) = top_level_key_line(yaml, "reviewed") {
        diags.push(
            Diagnostic::error(&file, "`reviewed:` is now two fields: `updated:` and `legal_review:`")
                .at_line(line)
                .hint("write `updated: YYYY-MM-DD` for the day you checked the page against its sources; add `legal_review: {by: Name, date: YYYY-MM-DD}` only when a named person reviewed it"),
        );
        return None;
    }
    let front: FrontMatter = match serde_yaml::from_str(yaml) {
        Ok(front) => front,
        Err(e) => {
            // The YAML starts on line 2, after the opening `---`.
            diags.push(yaml_error(&file, yaml, 1, &e));
            return None;
        }
    };
    let field_line = |key: &str| {
        yaml.lines()
            .position(|l| l.starts_with(&format!("{key}:")))
            .map(|i| i + 2)
            .unwrap_or(1)
    };
    if front.title.trim().is_empty() {
        diags.push(
            Diagnostic::error(&file, "the page's title is empty")
                .at_line(field_line("title"))
                .hint("write the title after `title:`"),
        );
    }
    match &front.slug {
        Some(slug) => {
            if let Err(why) = check_slug(slug) {
                diags.push(
                    Diagnostic::error(&file, format!("the slug `{slug}` {why}"))
                        .at_line(field_line("slug"))
                        .hint("a slug is one URL segment: lowercase letters, digits and hyphens, e.g. `your-rights`"),
                );
            }
        }
        None => {
            let from_name = default_slug(id);
            if let Err(why) = check_slug(&from_name) {
                diags.push(
                    Diagnostic::error(&file, format!("the file or folder name `{from_name}` becomes this page's address, and it {why}"))
                        .hint("rename it with lowercase letters, digits and hyphens (e.g. `asylum.md`), or set `slug:` in the front matter"),
                );
            }
        }
    }
    check_trust_fields(&front, yaml, &file, diags);
    if let Err(diag) = within_limits(body) {
        diags.push(Diagnostic {
            file: file.clone(),
            line: diag.line.map(|l| l + body_line - 1),
            ..diag
        });
        return None;
    }
    let version = source_version(&front, body);
    let field_lines = yaml
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with([' ', '\t', '-', '#']))
        .filter_map(|(i, l)| {
            l.split_once(':')
                .map(|(key, _)| (key.trim().to_string(), i + 2))
        })
        .collect();
    Some(SourcePage {
        field_lines,
        lang: lang.to_string(),
        id: id.to_string(),
        file,
        body: body.to_string(),
        body_line,
        front,
        version,
    })
}

/// The 1-based file line of a top-level front matter key (the YAML starts on line 2).
fn top_level_key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 2)
}

/// The file lines where the items of a top-level list start (`- …` under `key:`).
fn list_item_lines(yaml: &str, key: &str) -> Vec<usize> {
    let Some(start) = top_level_key_line(yaml, key) else {
        return Vec::new();
    };
    let mut item_indent = None;
    let mut lines = Vec::new();
    // `start` is a file line; the key's own line is yaml line `start - 2`.
    for (i, line) in yaml.lines().enumerate().skip(start - 1) {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if indent == 0 && !trimmed.is_empty() && !trimmed.starts_with(['-', '#']) {
            break;
        }
        if trimmed.starts_with("- ") && *item_indent.get_or_insert(indent) == indent {
            lines.push(i + 2);
        }
    }
    lines
}

/// What a reader is told about a page must be true: a source names where to find it, a review
/// names who made it. serde checks the shapes; this checks what a shape cannot say.
fn check_trust_fields(front: &FrontMatter, yaml: &str, file: &Path, diags: &mut Diagnostics) {
    let sources_line = top_level_key_line(yaml, "sources").unwrap_or(1);
    match &front.sources {
        Some(SourceList::Cited(list)) => {
            let item_lines = list_item_lines(yaml, "sources");
            if list.is_empty() {
                diags.push(
                    Diagnostic::error(file, "`sources:` is an empty list")
                        .at_line(sources_line)
                        .hint("list where the page's facts come from, or write `none:` and the reason the page needs no source"),
                );
            }
            for (i, source) in list.iter().enumerate() {
                let line = item_lines.get(i).copied().unwrap_or(sources_line);
                if source.title.trim().is_empty() {
                    diags.push(
                        Diagnostic::error(file, "a source has an empty `title:`")
                            .at_line(line)
                            .hint("name the source as a reader would look for it, e.g. `Ley sobre Refugiados, Protección Complementaria y Asilo Político`"),
                    );
                }
                let url = source.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
                let law = source.law.as_deref().map(str::trim).filter(|l| !l.is_empty());
                if url.is_none() && law.is_none() {
                    diags.push(
                        Diagnostic::error(file, format!("the source `{}` has neither an address nor a law", source.title.trim()))
                            .at_line(line)
                            .hint("add `url: https://…` (the page you read) or `law: artículo N` (the article of the law named in the title)"),
                    );
                }
                if let Some(url) = url {
                    let web = url::Url::parse(url).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
                    if web.is_none() {
                        diags.push(
                            Diagnostic::error(file, format!("the source address `{url}` is not a web address"))
                                .at_line(line)
                                .hint("write the whole address as the browser shows it, starting with https://"),
                        );
                    }
                }
            }
        }
        Some(SourceList::NoneNeeded { none }) if none.trim().is_empty() => diags.push(
            Diagnostic::error(file, "`sources: none` needs a reason")
                .at_line(sources_line)
                .hint("say why the page states no facts that need a source, e.g. `none: Esta página solo lleva a las otras.`"),
        ),
        _ => {}
    }
    if let Some(review) = &front.legal_review
        && review.by.trim().is_empty()
    {
        diags.push(
            Diagnostic::error(file, "`legal_review:` names nobody")
                .at_line(top_level_key_line(yaml, "legal_review").unwrap_or(1))
                .hint("write who reviewed the page under `by:`; leave `legal_review:` out until a person has"),
        );
    }
    if front.review_every == Some(0) {
        diags.push(
            Diagnostic::error(file, "`review_every:` is 0 months")
                .at_line(top_level_key_line(yaml, "review_every").unwrap_or(1))
                .hint("give the number of months after which the page must be checked again, e.g. `review_every: 3`"),
        );
    }
    if let Some(translation) = &front.translation
        && translation.reviewed
        && !translation.is_reviewed()
    {
        diags.push(
            Diagnostic::error(file, "`reviewed: true` under `translation:` names no reviewer")
                .at_line(top_level_key_line(yaml, "translation").unwrap_or(1))
                .hint("add `reviewed_by: Name`, the person who checked the translation against the source; until someone has, write `reviewed: false`"),
        );
    }
}

/// The longest line a page may have, in characters. A paragraph a child reads is a few hundred;
/// a line of tens of thousands is text pasted by mistake, or a file that is not a page.
pub const MAX_LINE_CHARS: usize = 10_000;
/// How deep lists and quotes may nest inside each other. Three or four levels is already hard
/// to follow on a phone; deeper nesting only comes from a mistake, and thousands of levels would
/// exhaust the stack of the HTML minifier, which works through nested elements recursively.
pub const MAX_NESTING: usize = 16;
/// How deep any elements may nest, Markdown's and raw HTML's together.
pub const MAX_ELEMENT_DEPTH: usize = 64;

/// Checks what no page needs and some broken input has: a line of tens of thousands of
/// characters, lists or quotes nested dozens deep. The error's line is within `body`.
fn within_limits(body: &str) -> Result<(), Diagnostic> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let line_of = |offset: usize| body[..offset].matches('\n').count() + 1;
    let mut lists = 0usize;
    // Every element open at a point, Markdown's and raw HTML's, roughly counted.
    let mut elements = 0usize;
    for (event, range) in Parser::new_ext(body, crate::load::markdown_options()).into_offset_iter()
    {
        match &event {
            Event::Start(tag) => {
                elements += 1;
                if matches!(tag, Tag::List(_) | Tag::BlockQuote(_)) {
                    lists += 1;
                }
            }
            Event::End(tag) => {
                elements = elements.saturating_sub(1);
                if matches!(tag, TagEnd::List(_) | TagEnd::BlockQuote(_)) {
                    lists = lists.saturating_sub(1);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let (opened, closed) = html_tags(html);
                elements = (elements + opened).saturating_sub(closed);
            }
            _ => {}
        }
        if lists > MAX_NESTING {
            return Err(Diagnostic::error(
                "",
                format!("lists or quotes nested more than {MAX_NESTING} deep"),
            )
            .at_line(line_of(range.start))
            .hint("flatten the list: a reader on a phone can follow two or three levels at most"));
        }
        if elements > MAX_ELEMENT_DEPTH {
            return Err(Diagnostic::error(
                "",
                format!("elements nested more than {MAX_ELEMENT_DEPTH} deep (emphasis, links, lists or HTML tags inside each other)"),
            )
            .at_line(line_of(range.start))
            .hint("look for an emphasis mark (* or _) or an HTML tag that is opened again and again and never closed"));
        }
    }
    for (i, line) in body.lines().enumerate() {
        let chars = line.chars().count();
        if chars > MAX_LINE_CHARS {
            return Err(Diagnostic::error(
                "",
                format!("a line of {chars} characters; a line may have at most {MAX_LINE_CHARS}"),
            )
            .at_line(i + 1)
            .hint("split it into paragraphs with an empty line between them; if it was pasted by mistake, remove it"));
        }
    }
    Ok(())
}

/// Elements a piece of raw HTML opens and closes: a count for the nesting limit, not a parser.
fn html_tags(html: &str) -> (usize, usize) {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let (mut opened, mut closed) = (0, 0);
    for part in html.split('<').skip(1) {
        if part.starts_with('/') {
            closed += 1;
            continue;
        }
        let name: String = part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let self_closing = part.split('>').next().is_some_and(|t| t.ends_with('/'));
        let is_tag = name.starts_with(|c: char| c.is_ascii_alphabetic());
        if is_tag && !self_closing && !VOID.contains(&name.as_str()) {
            opened += 1;
        }
    }
    (opened, closed)
}

/// Strips a byte-order mark and turns CRLF (and lone CR) line ends into LF.
fn normalize_text(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// Splits `---\nyaml\n---\nbody` into the YAML, the body and the body's first line number.
fn split_front_matter(text: &str) -> Result<(&str, &str, usize), Diagnostic> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let opens = text[..first_line_end].trim_end() == "---";
    let Some(rest) = opens.then(|| &text[first_line_end..]) else {
        return Err(Diagnostic::error("", "the page has no front matter")
            .at(1, 1)
            .hint("start the file with a line `---`, then `title: …`, then another `---` line"));
    };
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            // Line 1 is the opening `---`, the YAML takes i lines, then the closing `---`.
            return Ok((yaml, body, i + 3));
        }
        offset += line.len();
    }
    Err(Diagnostic::error("", "the front matter is never closed")
        .at(1, 1)
        .hint("add a line with only `---` after the last front matter line"))
}

fn default_slug(id: &str) -> String {
    let name = id.rsplit('/').next().unwrap_or(id);
    if name == SECTION_FILE {
        let mut parts: Vec<&str> = id.split('/').collect();
        parts.pop();
        parts.last().copied().unwrap_or("").to_string()
    } else {
        name.trim_end_matches(".md").to_string()
    }
}

/// A slug is one safe URL segment.
pub fn check_slug(slug: &str) -> Result<(), &'static str> {
    if slug.is_empty() {
        return Ok(()); // the home page
    }
    if slug.contains('/') || slug.contains('\\') {
        return Err("contains a slash; a slug is a single URL segment");
    }
    if slug.starts_with('.') || slug.starts_with('-') {
        return Err("starts with a dot or a hyphen");
    }
    if slug
        .chars()
        .any(|c| !(c.is_alphanumeric() || c == '-' || c == '_'))
    {
        return Err(
            "contains characters that are unsafe in a URL (use letters, digits and hyphens)",
        );
    }
    if slug.chars().any(char::is_uppercase) {
        return Err("contains capital letters");
    }
    Ok(())
}

/// A short hash of what a reader reads. Front matter that does not change the meaning
/// (slug, order, reviewed date) is left out, so editing it does not make translations stale.
pub fn source_version(front: &FrontMatter, body: &str) -> String {
    let mut hash = Sha256::new();
    for part in [
        front.title.as_str(),
        front.description.as_deref().unwrap_or(""),
    ] {
        hash.update(part.trim().as_bytes());
        hash.update([0]);
    }
    for line in &front.summary {
        hash.update(line.trim().as_bytes());
        hash.update([0]);
    }
    for term in &front.terms {
        hash.update(term.term.as_bytes());
        hash.update(term.definition.as_bytes());
        hash.update([0]);
    }
    hash.update(body.trim().as_bytes());
    hex12(&hash.finalize())
}

/// A short, stable SHA-256 hash of some bytes, as 12 hex digits.
pub fn short_hash(bytes: &[u8]) -> String {
    hex12(&Sha256::digest(bytes))
}

fn hex12(digest: &[u8]) -> String {
    crate::digest::hex(&digest[..6])
}

impl SourcePage {
    /// The line of a front matter key, or the first line of the file.
    pub fn field_line(&self, key: &str) -> usize {
        self.field_lines
            .iter()
            .find(|(k, _)| k == key)
            .map_or(1, |(_, line)| *line)
    }

    pub fn slug(&self) -> String {
        self.front
            .slug
            .clone()
            .unwrap_or_else(|| default_slug(&self.id))
    }

    pub fn is_section(&self) -> bool {
        self.id == SECTION_FILE || self.id.ends_with(&format!("/{SECTION_FILE}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_nesting_is_counted_without_void_elements() {
        assert_eq!(html_tags("<div><p>a<br>b<img src=x></p>"), (2, 1));
        assert_eq!(html_tags("<br/><span/></div>"), (0, 1));
        assert_eq!(html_tags("a < b and 1<2"), (0, 0));
        assert!(within_limits(&"<br>\n".repeat(500)).is_ok());
        assert!(within_limits(&"<div>\n".repeat(500)).is_err());
        assert!(within_limits(&("- ".repeat(16) + "x")).is_ok());
        assert!(within_limits(&("- ".repeat(17) + "x")).is_err());
        assert!(within_limits(&"a".repeat(MAX_LINE_CHARS)).is_ok());
        assert!(within_limits(&"a".repeat(MAX_LINE_CHARS + 1)).is_err());
    }

    #[test]
    fn front_matter_splits_and_counts_lines() {
        let (yaml, body, line) =
            split_front_matter("---\ntitle: A\nslug: a\n---\nHello\n").unwrap();
        assert_eq!(yaml, "title: A\nslug: a\n");
        assert_eq!(body, "Hello\n");
        assert_eq!(line, 5);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(split_front_matter("---\ntitle: A\n").is_err());
        assert!(split_front_matter("title: A\n").is_err());
    }

    #[test]
    fn crlf_and_bom_are_normalized() {
        assert_eq!(normalize_text("\u{feff}a\r\nb\r\n"), "a\nb\n");
    }

    #[test]
    fn slugs_reject_unsafe_segments() {
        assert!(check_slug("tus-derechos").is_ok());
        assert!(check_slug("niñez").is_ok());
        assert!(check_slug("a/b").is_err());
        assert!(check_slug("..").is_err());
        assert!(check_slug("a b").is_err());
        assert!(check_slug("A").is_err());
    }

    #[test]
    fn dates_are_checked() {
        assert!(Date::parse("2026-11-28").is_some());
        assert!(Date::parse("2026-02-30").is_none());
        assert!(Date::parse("28/11/2026").is_none());
    }

    #[test]
    fn default_slug_of_section_is_folder_name() {
        assert_eq!(default_slug("rights/_index.md"), "rights");
        assert_eq!(default_slug("_index.md"), "");
        assert_eq!(default_slug("rights/asylum.md"), "asylum");
    }
}
