//! `faro po`: the pages as GNU gettext PO files, the format translators' tools read (Weblate,
//! Pontoon, Poedit, Crowdin), and back. One file per page and language; one entry per piece a
//! translator translates (title, description, address, key points, glossary entries, and each
//! heading, paragraph, list item and table cell of the body), its Spanish as `msgid`. An entry
//! whose Spanish changed since the translation was made is marked fuzzy, with the Spanish it
//! was translated from, found in git history.
//!
//! Like `faro new` and `faro status`, both commands reach the site through the build's
//! pipeline (`build::Pipeline::open`), so a site with errors is reported, not exported.

mod blocks;
mod export;
mod history;
mod import;
mod pieces;

use crate::build::progress::{Progress, Quiet, Stage};
use std::path::{Path, PathBuf};

use rspolib::POFile;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::config::CONFIG_FILE;

pub use export::Exported;
pub use import::Imported;

/// The header naming the page a PO file translates.
const PAGE_HEADER: &str = "X-Faro-Page";
/// The header holding the version of the Spanish page the file was exported from.
const VERSION_HEADER: &str = "X-Faro-Source-Version";

/// The folder PO files go to when no other is given: `po/<lang>/`.
pub const PO_DIR: &str = "po";

/// Writes one PO file per page of the site for `lang` into `out` (default `po/<lang>/`).
/// A file already there is replaced only when every translation in it is in the pages (or
/// with `force`).
pub fn export_language(
    root: &Path,
    lang: &str,
    out: Option<PathBuf>,
    force: bool,
    diags: &mut Diagnostics,
) -> Option<Exported> {
    export_language_with_progress(root, lang, out, force, &Quiet, diags)
}

/// [`export_language`], telling `progress` what it is doing.
pub fn export_language_with_progress(
    root: &Path,
    lang: &str,
    out: Option<PathBuf>,
    force: bool,
    progress: &dyn Progress,
    diags: &mut Diagnostics,
) -> Option<Exported> {
    progress.start(Stage::Loading, None);
    let pipeline = crate::build::Pipeline::open(root, true, diags)?;
    let site = pipeline.site();
    let Some(id) = site.lang_index(lang).filter(|&l| l != site.default_lang()) else {
        let others: Vec<&str> = site
            .languages()
            .iter()
            .skip(1)
            .map(|l| l.code.as_str())
            .collect();
        diags.push(
            Diagnostic::error(CONFIG_FILE, crate::msg!("po-unknown-language", lang = lang)).hint(
                crate::t!("po-unknown-language-hint", languages = others.join(", ")),
            ),
        );
        return None;
    };
    let out = out.unwrap_or_else(|| root.join(PO_DIR).join(lang));
    let exported = export::export(root, site, id, &out, force, progress, diags);
    (!diags.has_errors()).then_some(exported)
}

/// Writes the translated pages of the PO files `files`. A page is written only when every
/// entry of its file is translated and none is fuzzy, its Markdown keeps the Spanish's links
/// and blocks, and the page did not change after the file was exported (or with `force`).
pub fn import_files(
    root: &Path,
    files: &[PathBuf],
    force: bool,
    diags: &mut Diagnostics,
) -> Option<Imported> {
    let pipeline = crate::build::Pipeline::open(root, true, diags)?;
    let mut done = Imported::default();
    for file in files {
        import::import(root, pipeline.site(), file, force, &mut done, diags);
    }
    Some(done)
}

/// A page's PO file name: its path in the language folder, `.po` for `.md`.
fn po_path(id: &str) -> PathBuf {
    PathBuf::from(id).with_extension("po")
}

/// An entry's `msgctxt`: the page and the piece, e.g. `asilo.md: paragraph 3`.
fn context(id: &str, piece: &str) -> String {
    format!("{id}: {piece}")
}

struct Catalog {
    file: POFile,
    text: String,
}

impl Catalog {
    /// The line of an entry's `msgstr`, where a translator fixes it (rspolib gives the line
    /// the entry starts on, its first comment).
    fn msgstr_line(&self, entry: &rspolib::POEntry) -> usize {
        self.text
            .lines()
            .enumerate()
            .skip(entry.linenum.saturating_sub(1))
            .find(|(_, line)| line.starts_with("msgstr"))
            .map_or(entry.linenum, |(i, _)| i + 1)
    }
}

fn read_catalog(path: &Path, shown: &Path) -> Result<Catalog, Diagnostic> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::error(
            shown,
            crate::msg!("po-unreadable", error = crate::messages::io_error(&e)),
        )
        .hint(crate::t!("po-unreadable-hint"))
    })?;
    rspolib::pofile(text.as_str())
        .map(|file| Catalog { file, text })
        .map_err(|e| {
            Diagnostic::error(shown, crate::msg!("po-not-po", error = e.to_string()))
                .hint(crate::t!("po-not-po-hint"))
        })
}
