//! `faro po export <lang>`: one PO file per page, for translators' tools.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rspolib::{FileOptions, POEntry, POFile};
use similar::{DiffOp, capture_diff_slices};

use super::history;
use super::pieces::{Cut, Piece, Place, cut};
use super::{PAGE_HEADER, VERSION_HEADER, context, po_path, read_catalog};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::SourcePage;
use crate::resolve::{LangId, NodeId, Site, TermForms};

/// What an export wrote, for its summary.
#[derive(Debug, Default)]
pub struct Exported {
    pub files: Vec<PathBuf>,
    pub entries: usize,
    pub translated: usize,
    pub fuzzy: usize,
}

/// Writes the PO files of `lang` under `out`.
pub(super) fn export(
    root: &Path,
    site: &Site,
    lang: LangId,
    out: &Path,
    force: bool,
    progress: &dyn crate::build::progress::Progress,
    diags: &mut Diagnostics,
) -> Exported {
    let mut done = Exported::default();
    let default = site.default_lang();
    let glossary = Glossary::of(site, lang);
    progress.start(
        crate::build::progress::Stage::WritingPo,
        Some(site.node_ids().count()),
    );
    for node in site.node_ids() {
        progress.advance(1);
        let source = site.text_source(default, node);
        if source.lang != site.language(default).code {
            continue;
        }
        let Some(catalog) = page_catalog(root, site, lang, node, &glossary, diags) else {
            continue;
        };
        let path = out.join(po_path(&source.id));
        if !force && !keeps_translators_work(root, &path, &catalog, diags) {
            continue;
        }
        let text = catalog.to_string();
        let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == text);
        if !unchanged {
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| crate::write::atomic::write(&path, text.as_bytes()));
            if let Err(e) = written {
                diags.push(Diagnostic::error(
                    crate::diagnostics::display_path(root, &path),
                    crate::msg!("po-cannot-write", error = crate::messages::io_error(&e)),
                ));
                continue;
            }
        }
        done.entries += catalog.entries.len();
        done.translated += catalog.translated_entries().len();
        done.fuzzy += catalog.fuzzy_entries().len();
        done.files.push(path);
    }
    done
}

/// A PO file written earlier may hold translations made in it since: it is replaced only when
/// every translation in it is in the pages already (imported), so no one's work is lost.
fn keeps_translators_work(root: &Path, path: &Path, new: &POFile, diags: &mut Diagnostics) -> bool {
    if !path.exists() {
        return true;
    }
    let shown = crate::diagnostics::display_path(root, path);
    let old = match read_catalog(path, &shown) {
        Ok(old) => old,
        Err(diag) => {
            diags.push(diag.hint(crate::t!("po-export-unreadable-hint")));
            return false;
        }
    };
    let mut lost = 0;
    for entry in &old.file.entries {
        let Some(msgstr) = entry.msgstr.as_deref().filter(|s| !s.is_empty()) else {
            continue;
        };
        let kept = new.entries.iter().any(|e| {
            e.msgctxt == entry.msgctxt
                && e.msgid == entry.msgid
                && e.msgstr.as_deref() == Some(msgstr)
        });
        if !kept {
            lost += 1;
            if lost <= 3 {
                diags.push(
                    Diagnostic::error(&shown, crate::msg!("po-export-would-lose"))
                        .at_line(old.msgstr_line(entry))
                        .hint(crate::t!(
                            "po-export-would-lose-hint",
                            file = shown.display().to_string()
                        )),
                );
            }
        }
    }
    lost == 0
}

/// The PO file of one page in `lang`.
fn page_catalog(
    root: &Path,
    site: &Site,
    lang: LangId,
    node: NodeId,
    glossary: &Glossary,
    diags: &mut Diagnostics,
) -> Option<POFile> {
    let default = site.default_lang();
    let code = &site.language(lang).code;
    let source = site.text_source(default, node);
    let now = read_cut(source, diags)?;
    let own = site.text_source(lang, node);
    let translation = (own.lang == *code).then_some(own);
    let mut texts: Vec<Option<Translated>> = vec![None; now.pieces.len()];
    let mut header_note = None;
    if let Some(translation) = translation {
        let theirs = read_cut(translation, diags)?;
        let made_from = translation
            .front
            .translation
            .as_ref()
            .and_then(|t| t.source_version.as_deref());
        let then = match made_from {
            Some(version) if version == source.version => Ok(None),
            Some(version) => history::page_at(root, source, version).map(Some),
            None => Err("the translation does not say which version of the Spanish it was made from (`translation: source_version:`)".to_string()),
        };
        match then {
            Ok(None) => match_unchanged(&now, &theirs, &mut texts),
            Ok(Some(old)) => {
                let old = read_cut(&old, diags)?;
                match_changed(&now, &old, &theirs, &mut texts);
            }
            Err(why) => {
                header_note = Some(format!(
                    "Every entry with a translation is marked fuzzy: {why}."
                ));
                match_unknown(&now, &theirs, &mut texts);
            }
        }
        let bodies_found = now
            .pieces
            .iter()
            .zip(&texts)
            .any(|(p, t)| p.is_markdown() && t.is_some());
        if !bodies_found && header_note.is_none() && !now.blocks.is_empty() {
            header_note = Some(format!(
                "The blocks of {} (headings, paragraphs, list items) do not match the Spanish one for one, so its body is not in this file: translate it here, or make its blocks match and export again.",
                translation.file.display()
            ));
        }
        // An address needs no change when the Spanish one changes, and a translation without
        // `slug:` keeps the file's name.
        if let Some(i) = now.pieces.iter().position(|p| p.place == Place::Slug) {
            texts[i] = translation.front.slug.clone().map(|text| Translated {
                text,
                previous: None,
            });
        }
    }
    let mut file = POFile::new(FileOptions::default());
    let mut header = format!(
        "{} of {}, for translators' tools.\nWritten by `faro po export {code}`; put the translations back with `faro po import`.\nKeep Markdown as it is: [text](page.md) links, **bold**, `code`.",
        site.language(lang).name,
        source.file.display(),
    );
    if let Some(note) = header_note {
        header.push('\n');
        header.push_str(&note);
    }
    file.header = Some(header);
    // The translation's `updated`, else the Spanish's: the day its text was last checked.
    let revised = translation
        .and_then(|t| t.front.updated)
        .or(source.front.updated)
        .map_or("2000-01-01".to_string(), |d| d.iso());
    let revised = format!("{revised} 00:00+0000");
    for (key, value) in [
        ("Project-Id-Version", source.id.as_str()),
        ("PO-Revision-Date", revised.as_str()),
        ("Last-Translator", ""),
        ("Language-Team", site.language(lang).name.as_str()),
        ("Language", code.as_str()),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        (PAGE_HEADER, source.id.as_str()),
        (VERSION_HEADER, source.version.as_str()),
    ] {
        file.metadata.insert(key.to_string(), value.to_string());
    }
    for (piece, translated) in now.pieces.iter().zip(texts) {
        let mut entry = POEntry::new(0);
        entry.msgctxt = Some(context(&source.id, &piece.name));
        entry.msgid = piece.text.clone();
        entry.occurrences = vec![(source.file.display().to_string(), piece.line.to_string())];
        entry.comment = comment(piece, glossary);
        match translated {
            Some(Translated { text, previous }) => {
                entry.msgstr = Some(text);
                if let Some(previous) = previous {
                    entry.flags.push("fuzzy".to_string());
                    entry.previous_msgid = previous.filter(|p| *p != piece.text);
                }
            }
            None => entry.msgstr = Some(String::new()),
        }
        file.entries.push(entry);
    }
    Some(file)
}

fn read_cut(page: &SourcePage, diags: &mut Diagnostics) -> Option<Cut> {
    match page.body() {
        Ok(body) => Some(cut(page, body.into_owned())),
        Err(diag) => {
            diags.push(diag);
            None
        }
    }
}

/// A translation for one piece: its text, and whether it is fuzzy (then with the Spanish it
/// was made from, when known).
#[derive(Clone)]
struct Translated {
    text: String,
    /// `Some` when fuzzy: the Spanish it translates, when known.
    previous: Option<Option<String>>,
}

/// Made from the Spanish as it is now: each piece has its translation where the translation's
/// blocks are the Spanish's blocks, one for one.
fn match_unchanged(now: &Cut, theirs: &Cut, texts: &mut [Option<Translated>]) {
    let bodies_match = same_blocks(now, theirs);
    for (i, piece) in now.pieces.iter().enumerate() {
        let found = match piece.place {
            Place::Body(_) if !bodies_match => None,
            _ => find(theirs, &piece.place),
        };
        texts[i] = found.map(|p| Translated {
            text: p.text.clone(),
            previous: None,
        });
    }
}

/// Made from an older Spanish: pieces the same then and now keep their translation; pieces
/// that changed keep it marked fuzzy, with the Spanish they were translated from; new pieces
/// are empty.
fn match_changed(now: &Cut, then: &Cut, theirs: &Cut, texts: &mut [Option<Translated>]) {
    for (i, piece) in now.pieces.iter().enumerate() {
        if piece.is_markdown() {
            continue;
        }
        let old = find(then, &piece.place);
        let translated = find(theirs, &piece.place);
        texts[i] = match (old, translated) {
            (Some(old), Some(t)) => Some(Translated {
                text: t.text.clone(),
                previous: (old.text != piece.text).then(|| Some(old.text.clone())),
            }),
            _ => None,
        };
    }
    if !same_blocks(then, theirs) {
        return;
    }
    let first_body = now.pieces.iter().position(Piece::is_markdown);
    let bodies = |cut: &Cut| -> Vec<String> {
        cut.pieces
            .iter()
            .filter(|p| p.is_markdown())
            .map(|p| p.text.clone())
            .collect()
    };
    let (then_texts, now_texts, their_texts) = (bodies(then), bodies(now), bodies(theirs));
    let Some(first_body) = first_body else {
        return;
    };
    for op in capture_diff_slices(similar::Algorithm::Myers, &then_texts, &now_texts) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    texts[first_body + new_index + k] = Some(Translated {
                        text: their_texts[old_index + k].clone(),
                        previous: None,
                    });
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for k in 0..old_len.min(new_len) {
                    texts[first_body + new_index + k] = Some(Translated {
                        text: their_texts[old_index + k].clone(),
                        previous: Some(Some(then_texts[old_index + k].clone())),
                    });
                }
            }
            DiffOp::Delete { .. } | DiffOp::Insert { .. } => {}
        }
    }
}

/// Made from a Spanish faro cannot find: every translation found is fuzzy.
fn match_unknown(now: &Cut, theirs: &Cut, texts: &mut [Option<Translated>]) {
    match_unchanged(now, theirs, texts);
    for text in texts.iter_mut().flatten() {
        text.previous = Some(None);
    }
}

fn find<'a>(cut: &'a Cut, place: &Place) -> Option<&'a Piece> {
    cut.pieces.iter().find(|p| p.place == *place)
}

/// Whether two pages have the same blocks in the same order (the text aside).
fn same_blocks(a: &Cut, b: &Cut) -> bool {
    a.blocks.len() == b.blocks.len()
        && a.blocks
            .iter()
            .zip(&b.blocks)
            .all(|(x, y)| x.kind == y.kind)
}

/// The glossary's terms, in Spanish and in the language translated into, for the comments
/// beside each piece that uses one. Which words of a piece are glossary words is the site's
/// own matching (`resolve::TermForms`, as the pages link them).
struct Glossary<'a> {
    /// The Spanish words of the glossary, when the site has one.
    forms: Option<&'a TermForms>,
    /// By term id: its Spanish term, and its term in the other language when that glossary
    /// has it.
    terms: HashMap<&'a str, (&'a str, Option<&'a str>)>,
}

impl<'a> Glossary<'a> {
    fn of(site: &'a Site, lang: LangId) -> Glossary<'a> {
        let none = || Glossary {
            forms: None,
            terms: HashMap::new(),
        };
        let Some(node) = site.glossary_node() else {
            return none();
        };
        let spanish = site.text_source(site.default_lang(), node);
        let Some(forms) = site.glossary_forms(site.default_lang()) else {
            return none();
        };
        let theirs = site.text_source(lang, node);
        let theirs = (theirs.lang == site.language(lang).code).then_some(theirs);
        let terms = spanish
            .front
            .terms
            .iter()
            .map(|term| {
                let translated = theirs.and_then(|t| {
                    t.front
                        .terms
                        .iter()
                        .find(|x| x.id == term.id)
                        .map(|x| x.term.as_str())
                });
                (term.id.as_str(), (term.term.as_str(), translated))
            })
            .collect();
        Glossary {
            forms: Some(forms),
            terms,
        }
    }

    fn used_in(&self, text: &str) -> Vec<String> {
        let Some(forms) = self.forms else {
            return Vec::new();
        };
        forms
            .first_uses(&text.to_lowercase(), &mut HashSet::new())
            .into_iter()
            .filter_map(|(_, id)| self.terms.get(id))
            .map(|(term, translated)| match translated {
                Some(t) => format!("{term} = {t}"),
                None => term.to_string(),
            })
            .collect()
    }
}

/// The notes a translator's tool shows beside an entry: what to do with an address or a list
/// of words, which pages the text links to, which glossary words it uses.
fn comment(piece: &Piece, glossary: &Glossary) -> Option<String> {
    let mut lines = Vec::new();
    match piece.place {
        Place::Slug => lines.push(
            "The page's address in your language: lowercase letters without accents, digits and hyphens (e.g. your-rights). Leave it empty to keep the Spanish one.".to_string(),
        ),
        Place::TermWords(_) | Place::HardWords => lines.push(
            "Words in your language, separated by commas, as they appear in the pages' text.".to_string(),
        ),
        _ => {}
    }
    if piece.is_markdown() {
        let links = links_in(&piece.text);
        if !links.is_empty() {
            lines.push(format!("Links (keep them): {}", links.join(", ")));
        }
    }
    if !matches!(
        piece.place,
        Place::Slug | Place::Term(_) | Place::TermWords(_) | Place::HardWords
    ) {
        let used = glossary.used_in(&piece.text);
        if !used.is_empty() {
            lines.push(format!("Glossary: {}", used.join("; ")));
        }
    }
    (!lines.is_empty()).then(|| wrap(&lines.join("\n")))
}

/// Comment lines folded at 72 characters. rspolib folds longer ones without their `#.`, which
/// would turn them into text no tool can read.
fn wrap(text: &str) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > 72 {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out.join("\n")
}

fn links_in(text: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new_ext(text, crate::load::markdown_options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}
