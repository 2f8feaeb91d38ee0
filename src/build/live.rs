//! The incremental half of `faro serve`: the site's sources kept in memory, and after each
//! change, only the part of the site the change touches rendered and written again.
//!
//! | change                               | rendered again                                      |
//! |--------------------------------------|-----------------------------------------------------|
//! | a page's text (body, key points, reviewed date) | that page in every language, then the summaries (booklet, home page, service worker) of the languages that show it |
//! | a page's title, description, order, date or booklet flag | also every page of the languages that show it: their menus list it |
//! | a page's slug, draft flag or glossary terms; a page added, removed or renamed; a file beside the pages; site.yaml; addresses.lock; the theme's static files | everything, into a staging folder swapped in whole |
//! | a `.ftl` file                        | every page of the languages whose interface reads from it |
//! | a template                           | the kinds of page whose templates include it          |
//!
//! Pages whose rendered HTML comes out as it was are not written again (`Ledger`), and the
//! compiled templates are kept until a template or an interface string changes.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::pipeline::{Ledger, Pipeline, Scope};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{self, Strings};
use crate::render::{
    BOOKLET_TEMPLATE, CHOOSER_TEMPLATE, HOME_TEMPLATE, NOT_FOUND_TEMPLATE, PAGE_TEMPLATE,
    REDIRECT_TEMPLATE, SECTION_TEMPLATE,
};
use crate::resolve::Site;
use crate::write::Output;
use crate::write::publish::Writes;

/// The site being served.
pub struct Live {
    root: PathBuf,
    out: PathBuf,
    drafts: bool,
    /// The pipeline of the last run that succeeded; `None` before the first, and after a run
    /// that failed, so that the next change rebuilds (and re-checks) everything. Edits to a
    /// page's text replace its source in the resolved site, which depends only on front
    /// matter; other edits resolve it again.
    kept: Option<Pipeline>,
    ledger: Ledger,
}

/// What one rebuild did.
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub elapsed: Duration,
    /// The whole site was built again, rather than a part.
    pub whole: bool,
    pub writes: Writes,
}

impl Outcome {
    pub fn succeeded(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// A change to one of the site's files, by what it touches.
#[derive(Debug, PartialEq, Eq)]
enum Change {
    /// A page that exists, changed in place (its index in the kept content).
    Page(usize),
    /// An interface-strings file of a language.
    Strings(String),
    /// A template, by its name under templates/.
    Template(String),
    /// Anything that changes the site's shape.
    Everything,
}

/// Front matter fields shown only on the page itself (and in its booklet chapter).
const OWN_FIELDS: &[&str] = &[
    "summary",
    "updated",
    "legal_review",
    "review_every",
    "sources",
    "audio",
    "translation",
];
/// Front matter fields that change addresses, which pages exist, or the words linked to the
/// glossary on every page.
const SHAPE_FIELDS: &[&str] = &["slug", "draft", "terms", "hard_words"];

impl Live {
    /// `root` should be absolute, so that the watcher's paths can be matched to it.
    pub fn new(root: PathBuf, out: PathBuf, drafts: bool) -> Live {
        Live {
            root,
            out,
            drafts,
            kept: None,
            ledger: Ledger::default(),
        }
    }

    /// Builds the whole site into a staging folder and swaps it in, like `faro build`.
    pub fn rebuild_all(&mut self) -> Outcome {
        let started = Instant::now();
        let mut diags = Diagnostics::new();
        self.kept = None;
        let pipeline = Pipeline::open(&self.root, self.drafts, &mut diags);
        let quality = super::brotli_quality(pipeline.as_ref());
        let output = Output::prepare(&self.root, &self.out, quality, &mut diags);
        let mut ledger = Ledger::default();
        let kept = pipeline.and_then(|pipeline| {
            let scope = Scope::everything(pipeline.site.languages().len());
            let counts = pipeline.render(output.as_ref(), &scope, &mut ledger, &mut diags)?;
            Some((pipeline, counts.writes))
        });
        let (kept, writes) = match kept {
            Some((kept, writes)) => (Some(kept), writes),
            None => (None, Writes::default()),
        };
        match output {
            Some(output) if kept.is_some() && !diags.has_errors() => match output.commit() {
                Ok(()) => {
                    self.kept = kept;
                    self.ledger = ledger;
                }
                Err(e) => diags.push(
                    Diagnostic::error(
                        self.out.display().to_string(),
                        crate::msg!(
                            "out-not-placed-served",
                            error = crate::messages::io_error(&e)
                        ),
                    )
                    .hint(crate::t!("out-not-placed-served-hint")),
                ),
            },
            Some(output) => output.abandon(),
            None => {}
        }
        Outcome {
            diagnostics: diags.into_sorted(),
            elapsed: started.elapsed(),
            whole: true,
            writes,
        }
    }

    /// Rebuilds what the files at `paths` touch. `None` when none of them is part of the site
    /// (an editor's temporary file, the output itself).
    pub fn apply(&mut self, paths: &[PathBuf]) -> Option<Outcome> {
        let started = Instant::now();
        let changes: Vec<Change> = {
            let mut changes: Vec<Change> = paths.iter().filter_map(|p| self.classify(p)).collect();
            changes.sort_by_key(|c| format!("{c:?}"));
            changes.dedup();
            changes
        };
        if changes.is_empty() {
            return None;
        }
        if self.kept.is_none() || changes.contains(&Change::Everything) {
            return Some(self.rebuild_all());
        }
        let mut diags = Diagnostics::new();
        let scope = self.update(&changes, &mut diags);
        let Some(scope) = scope.filter(|_| !diags.has_errors()) else {
            // The sources could not be read again: report it, keep serving the last good
            // site, and look at everything again on the next change.
            self.kept = None;
            return Some(Outcome {
                diagnostics: diags.into_sorted(),
                elapsed: started.elapsed(),
                whole: false,
                writes: Writes::default(),
            });
        };
        if scope == Scope::everything(scope.pages.len()) && scope.first.is_empty() {
            return Some(self.rebuild_all());
        }
        let quality = super::brotli_quality(self.kept.as_ref());
        let output = match Output::in_place(&self.root, &self.out, quality) {
            Ok(output) => output,
            Err(_) => return Some(self.rebuild_all()),
        };
        let kept = self.kept.take().expect("checked above");
        let mut ledger = std::mem::take(&mut self.ledger);
        let counts = kept.render(Some(&output), &scope, &mut ledger, &mut diags);
        self.ledger = ledger;
        let writes = counts.map(|c| c.writes).unwrap_or_default();
        if !diags.has_errors() {
            self.kept = Some(kept);
        }
        Some(Outcome {
            diagnostics: diags.into_sorted(),
            elapsed: started.elapsed(),
            whole: false,
            writes,
        })
    }

    /// What a changed path touches, or `None` when it is not part of the site.
    fn classify(&self, path: &Path) -> Option<Change> {
        let rel = path.strip_prefix(&self.root).ok()?;
        let out_rel = self.out.strip_prefix(&self.root).ok();
        if out_rel.is_some_and(|o| rel.starts_with(o)) || !is_source_file(rel) {
            return None;
        }
        let parts: Vec<&str> = rel
            .components()
            .map(|c| match c {
                Component::Normal(part) => part.to_str().unwrap_or(""),
                _ => "",
            })
            .collect();
        let kept = self.kept.as_ref();
        match parts.as_slice() {
            [load::config::CONFIG_FILE] | [load::addresses::LOCK_FILE] => Some(Change::Everything),
            [load::content::CONTENT_DIR, ..] => {
                let exists = path.exists();
                let page =
                    kept.and_then(|k| k.site.sources.iter().position(|p| p.file.as_path() == rel));
                let asset = kept.is_some_and(|k| k.site.assets.iter().any(|a| a.path == path));
                match (page, exists) {
                    // Changed in place.
                    (Some(index), true) if path.is_file() => Some(Change::Page(index)),
                    // A page or file that went away, or appeared, changes the shape.
                    (Some(_), _) => Some(Change::Everything),
                    (None, true) => Some(Change::Everything),
                    // A file beside the pages that went away; or one written and removed
                    // again before it was seen, such as an editor's scratch file.
                    (None, false) => asset.then_some(Change::Everything),
                }
            }
            [load::strings::TRANSLATIONS_DIR, file] => file
                .strip_suffix(".ftl")
                .map(|code| Change::Strings(code.to_string())),
            [load::theme::THEMES_DIR, theme, rest @ ..] => {
                if kept.is_some_and(|k| k.site.config.site.theme != *theme) {
                    return None;
                }
                match rest {
                    [load::theme::TEMPLATES_DIR, name @ ..] if !name.is_empty() => {
                        Some(Change::Template(name.join("/")))
                    }
                    _ => Some(Change::Everything),
                }
            }
            _ => None,
        }
    }

    /// Reads the changed files into the kept site and works out what to render. `None` when a
    /// file could not be read (the problem is in `diags`).
    fn update(&mut self, changes: &[Change], diags: &mut Diagnostics) -> Option<Scope> {
        let kept = self.kept.as_mut().expect("checked by the caller");
        let languages = kept.site.languages().len();
        let everything = Some(Scope::everything(languages));
        let mut scope = Scope::nothing(languages);
        let mut edited = Vec::new();
        let mut resolve_again = false;
        let mut compile_again = false;
        for change in changes {
            match change {
                Change::Page(index) => {
                    let site = &mut kept.site;
                    let old = &site.sources[*index];
                    let new =
                        load::content::reread(&self.root, old, &site.config.site.limits, diags)?;
                    if new.front.draft && !self.drafts {
                        return everything;
                    }
                    let listed = match front_matter_change(old, &new) {
                        FrontChange::OwnOnly => false,
                        FrontChange::Listed => true,
                        FrontChange::Shape => return everything,
                    };
                    resolve_again |= listed;
                    edited.push((new.lang.clone(), new.id.clone(), listed));
                    site.sources[*index] = new;
                }
                Change::Strings(code) => {
                    let loaded = Strings::load(&self.root, &kept.site.config, diags);
                    if loaded.broken {
                        return None;
                    }
                    kept.strings = Arc::new(loaded);
                    compile_again = true;
                    for (l, language) in kept.site.each_language() {
                        if language.chain.contains(code) {
                            scope.pages[l] = true;
                            scope.summaries[l] = true;
                        }
                    }
                    scope.not_found = true;
                    scope.chooser = true;
                }
                Change::Template(name) => {
                    let config = &kept.site.config.site;
                    let loaded =
                        load::theme::load(&self.root, &config.theme, &config.limits, diags)?;
                    if loaded.broken {
                        return None;
                    }
                    let users = template_users(&loaded.templates, name);
                    if users.is_empty() {
                        return everything;
                    }
                    for user in users {
                        match user.as_str() {
                            // Redirect pages are made again with all the pages of their
                            // language.
                            PAGE_TEMPLATE | SECTION_TEMPLATE | HOME_TEMPLATE
                            | REDIRECT_TEMPLATE => {
                                scope.pages.iter_mut().for_each(|p| *p = true);
                                scope.summaries.iter_mut().for_each(|s| *s = true);
                            }
                            BOOKLET_TEMPLATE => scope.summaries.iter_mut().for_each(|s| *s = true),
                            NOT_FOUND_TEMPLATE => scope.not_found = true,
                            CHOOSER_TEMPLATE => scope.chooser = true,
                            _ => {}
                        }
                    }
                    kept.theme = loaded;
                    compile_again = true;
                }
                Change::Everything => return everything,
            }
        }
        // Templates are compiled again only when they or the strings they call changed.
        if compile_again && !kept.recompile(diags) {
            return None;
        }
        // A changed title or place in the menu: the site is resolved again, which only reads
        // front matter (the text of a page is not part of it).
        if resolve_again {
            let mut pipeline = self.kept.take().expect("checked by the caller");
            let (config, content) = pipeline.site.into_sources();
            pipeline.site = Site::build(config, content, diags)?;
            self.kept = Some(pipeline);
        }
        let site = &self.kept.as_ref().expect("kept").site;
        // The edited pages, in every language (a Spanish edit can make a translation stale),
        // go first; where their title or place in the menu changed, every page of the
        // languages that show them follows.
        for (lang, id, listed) in edited {
            let Some(node) = site.node_index(&id) else {
                return everything;
            };
            for l in site.lang_ids() {
                if !scope.first.contains(&(l, node)) {
                    scope.first.push((l, node));
                }
                if listed && site.text_source(l, node).lang == lang {
                    scope.pages[l] = true;
                    scope.summaries[l] = true;
                }
            }
        }
        Some(scope)
    }
}

enum FrontChange {
    /// Only fields the page alone shows, or none.
    OwnOnly,
    /// Fields the menus and section lists of other pages show.
    Listed,
    /// Fields that change the site's shape.
    Shape,
}

fn front_matter_change(
    old: &load::content::SourcePage,
    new: &load::content::SourcePage,
) -> FrontChange {
    let fields = |page: &load::content::SourcePage| match serde_json::to_value(&page.front) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (old, new) = (fields(old), fields(new));
    let differs = |key: &String| old.get(key) != new.get(key);
    let changed: Vec<&String> = old
        .keys()
        .chain(new.keys())
        .filter(|k| differs(k))
        .collect();
    if changed.iter().any(|k| SHAPE_FIELDS.contains(&k.as_str())) {
        FrontChange::Shape
    } else if changed.iter().any(|k| !OWN_FIELDS.contains(&k.as_str())) {
        FrontChange::Listed
    } else {
        FrontChange::OwnOnly
    }
}

/// The templates that use `changed`, itself included, following `extends`, `include` and
/// `import` from template to template.
fn template_users(templates: &[(String, String)], changed: &str) -> Vec<String> {
    let references = |text: &str, name: &str| {
        ["extends", "include", "import"].iter().any(|tag| {
            text.match_indices(tag).any(|(i, _)| {
                let rest = text[i + tag.len()..].trim_start();
                rest.strip_prefix(['"', '\'']).is_some_and(|r| {
                    r.starts_with(name) && r[name.len()..].starts_with(['"', '\''])
                })
            })
        })
    };
    let mut users: Vec<String> = Vec::new();
    if templates.iter().any(|(n, _)| n == changed) {
        users.push(changed.to_string());
    }
    let mut i = 0;
    while i < users.len() {
        let used = users[i].clone();
        for (name, text) in templates {
            if !users.contains(name) && references(text, &used) {
                users.push(name.clone());
            }
        }
        i += 1;
    }
    users
}

/// Whether a path under the site's folder is one a person writes, rather than an editor's
/// swap or backup file, a hidden file, or faro's own cache.
fn is_source_file(rel: &Path) -> bool {
    let hidden = rel.components().any(|c| {
        c.as_os_str()
            .to_str()
            .is_none_or(|s| s.starts_with('.') && s != "." && s != "..")
    });
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let scratch = name.ends_with('~')
        || [".swp", ".swx", ".tmp", ".bak", ".orig"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name == "4913"; // vim's test file
    !hidden && !scratch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_followed_to_what_uses_them() {
        let templates = vec![
            ("head.html".to_string(), "<meta>".to_string()),
            (
                "base.html".to_string(),
                "{% include \"head.html\" %}".to_string(),
            ),
            (
                "page.html".to_string(),
                "{% extends \"base.html\" %}".to_string(),
            ),
            (
                "section.html".to_string(),
                "{% extends 'page.html' %}".to_string(),
            ),
            (
                "404.html".to_string(),
                "{% include \"head.html\" %}".to_string(),
            ),
            (
                "booklet.html".to_string(),
                "{% include \"help.html\" %}".to_string(),
            ),
        ];
        let mut users = template_users(&templates, "base.html");
        users.sort();
        assert_eq!(users, ["base.html", "page.html", "section.html"]);
        let mut users = template_users(&templates, "head.html");
        users.sort();
        assert_eq!(
            users,
            [
                "404.html",
                "base.html",
                "head.html",
                "page.html",
                "section.html"
            ]
        );
        assert!(template_users(&templates, "missing.html").is_empty());
    }

    #[test]
    fn editor_scratch_files_are_not_sources() {
        assert!(is_source_file(Path::new("content/es/asilo.md")));
        assert!(!is_source_file(Path::new("content/es/.asilo.md.swp")));
        assert!(!is_source_file(Path::new("content/es/asilo.md~")));
        assert!(!is_source_file(Path::new("content/es/4913")));
        assert!(!is_source_file(Path::new(".faro-cache/pages/ab")));
        assert!(!is_source_file(Path::new("content/.git/HEAD")));
    }
}
