//! `faro po import <file.po>…`: translated pages written back from PO files.

use std::path::{Path, PathBuf};

use super::blocks::shape;
use super::pieces::{Cut, Kept, Place, cut, write_page};
use super::{PAGE_HEADER, VERSION_HEADER, context, read_catalog};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::load::content::{CONTENT_DIR, check_slug, parse_page};
use crate::resolve::Site;

/// What an import did, for its summary.
#[derive(Debug, Default)]
pub struct Imported {
    pub written: Vec<PathBuf>,
    pub unchanged: usize,
    /// Pages left as they were because entries are empty or fuzzy.
    pub incomplete: Vec<PathBuf>,
}

pub(super) fn import(
    root: &Path,
    site: &Site,
    file: &Path,
    force: bool,
    done: &mut Imported,
    diags: &mut Diagnostics,
) {
    let shown = display_path(root, file);
    let catalog = match read_catalog(file, &shown) {
        Ok(catalog) => catalog,
        Err(diag) => return diags.push(diag),
    };
    let header = |key: &str| catalog.file.metadata.get(key).map(|v| v.trim().to_string());
    let (Some(code), Some(id)) = (header("Language"), header(PAGE_HEADER)) else {
        return diags.push(
            Diagnostic::error(
                &shown,
                crate::msg!("po-import-no-header", header = PAGE_HEADER),
            )
            .at_line(1)
            .hint(crate::t!("po-import-no-header-hint")),
        );
    };
    let default = site.default_lang();
    let Some(lang) = site.lang_index(&code).filter(|&l| l != default) else {
        return diags.push(
            Diagnostic::error(
                &shown,
                crate::msg!("po-import-unknown-language", lang = code.clone()),
            )
            .at_line(1)
            .hint(crate::t!("po-import-unknown-language-hint")),
        );
    };
    let source_missing = || {
        Diagnostic::error(
            &shown,
            crate::msg!(
                "po-import-no-source",
                page = id.clone(),
                folder = format!("{CONTENT_DIR}/{}/", site.language(default).code)
            ),
        )
        .at_line(1)
        .hint(crate::t!("po-import-no-source-hint"))
    };
    let Some(node) = site.node_index(&id) else {
        return diags.push(source_missing());
    };
    let source = site.text_source(default, node);
    if source.lang != site.language(default).code {
        return diags.push(source_missing());
    }
    if header(VERSION_HEADER).as_deref() != Some(source.version.as_str()) {
        return diags.push(
            Diagnostic::error(
                &shown,
                crate::msg!(
                    "po-import-source-changed",
                    file = source.file.display().to_string()
                ),
            )
            .at_line(1)
            .hint(crate::t!(
                "po-import-source-changed-hint",
                lang = code.clone()
            )),
        );
    }
    let now = match source.body() {
        Ok(body) => cut(source, body.into_owned()),
        Err(diag) => return diags.push(diag),
    };
    let Some(texts) = translations(&catalog, &id, &now, &shown, diags) else {
        return;
    };
    let Pieces {
        texts,
        empty,
        fuzzy,
    } = texts;
    let target = root.join(CONTENT_DIR).join(&code).join(&id);
    let target_shown = display_path(root, &target);
    if !empty.is_empty() || !fuzzy.is_empty() {
        let lines = |lines: &[usize]| {
            lines
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let not_translated = (!empty.is_empty()).then(|| {
            crate::t!(
                "po-import-incomplete-empty",
                count = empty.len(),
                lines = lines(&empty)
            )
        });
        let marked_fuzzy = (!fuzzy.is_empty()).then(|| {
            crate::t!(
                "po-import-incomplete-fuzzy",
                count = fuzzy.len(),
                lines = lines(&fuzzy)
            )
        });
        let entries = match (not_translated, marked_fuzzy) {
            (Some(empty), Some(fuzzy)) => {
                crate::t!("po-import-incomplete-both", empty = empty, fuzzy = fuzzy)
            }
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => String::new(),
        };
        diags.push(
            Diagnostic::warning(
                &shown,
                crate::msg!(
                    "po-import-incomplete",
                    page = target_shown.display().to_string(),
                    entries = entries
                ),
            )
            .at_line(empty.first().or(fuzzy.first()).copied().unwrap_or(1))
            .hint(crate::t!("po-import-incomplete-hint")),
        );
        done.incomplete.push(target_shown);
        return;
    }
    let own = site.text_source(lang, node);
    let own = (own.lang == code).then_some(own);
    let existing = std::fs::read_to_string(&target).ok();
    let audio = own.and_then(|p| p.front.audio.as_deref());
    let reviewed_by = own
        .and_then(|p| p.front.translation.as_ref())
        .filter(|t| t.is_reviewed())
        .and_then(|t| t.reviewed_by.as_deref());
    // A review is kept only when the page stays exactly what the reviewer read.
    let same_as_reviewed = write_page(source, &now, &texts, &Kept { audio, reviewed_by });
    if existing.as_deref() == Some(same_as_reviewed.as_str()) {
        done.unchanged += 1;
        return;
    }
    let page = write_page(
        source,
        &now,
        &texts,
        &Kept {
            audio,
            reviewed_by: None,
        },
    );
    if existing.as_deref() == Some(page.as_str()) {
        done.unchanged += 1;
        return;
    }
    if !same_structure(
        &page,
        (&code, &id),
        (&target_shown, &shown),
        &now,
        &catalog,
        diags,
    ) {
        return;
    }
    if existing.is_some() && !force && newer_than(&target, file) {
        return diags.push(
            Diagnostic::error(
                &target_shown,
                crate::msg!("po-import-page-changed", file = shown.display().to_string()),
            )
            .hint(crate::t!("po-import-page-changed-hint")),
        );
    }
    let written = target
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| crate::write::atomic::write(&target, page.as_bytes()));
    match written {
        Ok(()) => done.written.push(target_shown),
        Err(e) => diags.push(Diagnostic::error(
            &target_shown,
            crate::msg!(
                "po-import-cannot-write",
                error = crate::messages::io_error(&e)
            ),
        )),
    }
}

/// One text per piece of the page: the translation, or the Spanish where there is none (and
/// then the PO lines of the entries that are empty or fuzzy).
struct Pieces {
    texts: Vec<String>,
    empty: Vec<usize>,
    fuzzy: Vec<usize>,
}

fn translations(
    catalog: &super::Catalog,
    id: &str,
    now: &Cut,
    shown: &Path,
    diags: &mut Diagnostics,
) -> Option<Pieces> {
    let mut out = Pieces {
        texts: Vec::new(),
        empty: Vec::new(),
        fuzzy: Vec::new(),
    };
    let mut wrong = false;
    for piece in &now.pieces {
        let ctx = context(id, &piece.name);
        let entry = catalog
            .file
            .entries
            .iter()
            .find(|e| !e.obsolete && e.msgctxt.as_deref() == Some(ctx.as_str()));
        let Some(entry) = entry else {
            out.empty.push(1);
            out.texts.push(piece.text.clone());
            continue;
        };
        let line = catalog.msgstr_line(entry);
        let msgstr = entry.msgstr.clone().unwrap_or_default();
        if entry.msgid != piece.text {
            wrong = true;
            diags.push(
                Diagnostic::error(shown, crate::msg!("po-import-msgid-changed"))
                    .at_line(line)
                    .hint(crate::t!("po-import-msgid-changed-hint")),
            );
            continue;
        }
        if msgstr.is_empty() {
            if piece.place != Place::Slug {
                out.empty.push(line);
            }
            out.texts.push(if piece.place == Place::Slug {
                String::new()
            } else {
                piece.text.clone()
            });
            continue;
        }
        if entry.fuzzy() {
            out.fuzzy.push(line);
        }
        if piece.is_markdown() {
            if let Some(difference) = shape(&piece.text).difference(&shape(&msgstr)) {
                wrong = true;
                diags.push(
                    Diagnostic::error(
                        shown,
                        crate::msg!(
                            "po-import-markdown-changed",
                            piece = piece.name.clone(),
                            difference = difference
                        ),
                    )
                    .at_line(line)
                    .hint(crate::t!("po-import-markdown-changed-hint")),
                );
            }
        } else if msgstr.contains('\n') {
            wrong = true;
            diags.push(
                Diagnostic::error(
                    shown,
                    crate::msg!("po-import-several-lines", piece = piece.name.clone()),
                )
                .at_line(line)
                .hint(crate::t!("po-import-several-lines-hint")),
            );
        }
        if piece.place == Place::Slug {
            if let Err(why) = check_slug(&msgstr) {
                wrong = true;
                diags.push(
                    Diagnostic::error(
                        shown,
                        crate::msg!("po-import-bad-address", address = msgstr.clone(), why = why),
                    )
                    .at_line(line)
                    .hint(crate::t!("po-import-bad-address-hint")),
                );
            }
        }
        out.texts.push(msgstr);
    }
    (!wrong).then_some(out)
}

/// Whether the page as written reads as the same blocks as the Spanish; if not, an error at
/// the entry of the first block that differs.
fn same_structure(
    page: &str,
    (code, id): (&str, &str),
    (shown, po): (&Path, &Path),
    now: &Cut,
    catalog: &super::Catalog,
    diags: &mut Diagnostics,
) -> bool {
    let mut problems = Diagnostics::new();
    let Some(parsed) = parse_page(page, code, id, shown.to_path_buf(), &mut problems) else {
        for diag in problems.into_sorted() {
            diags.push(diag);
        }
        return false;
    };
    let body = parsed.body().map(|b| b.into_owned()).unwrap_or_default();
    let written = super::blocks::blocks(&body);
    let differs = now
        .blocks
        .iter()
        .zip(&written)
        .position(|(a, b)| a.kind != b.kind)
        .or((written.len() != now.blocks.len()).then(|| now.blocks.len().min(written.len())));
    let Some(at) = differs else {
        return true;
    };
    let name = now
        .blocks
        .get(at)
        .or(now.blocks.last())
        .map(|b| b.name.clone())
        .unwrap_or_default();
    let line = catalog
        .file
        .entries
        .iter()
        .find(|e| e.msgctxt.as_deref() == Some(context(id, &name).as_str()))
        .map_or(1, |e| catalog.msgstr_line(e));
    diags.push(
        Diagnostic::error(po, crate::msg!("po-import-blocks-changed", piece = name))
            .at_line(line)
            .hint(crate::t!("po-import-blocks-changed-hint")),
    );
    false
}

fn newer_than(page: &Path, po: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(page), modified(po)), (Some(a), Some(b)) if a > b)
}
