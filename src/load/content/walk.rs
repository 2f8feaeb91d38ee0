//! The content folder: its language folders, the pages and the files beside them.

use std::path::{Path, PathBuf};

use super::page::read_page;
use super::{Asset, AssetFile, CONTENT_DIR, Content, SourcePage};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::load::config::Config;
use crate::load::files;

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
                Diagnostic::error(
                    CONTENT_DIR,
                    crate::msg!("content-unreadable", error = crate::messages::io_error(&e)),
                )
                .hint(crate::t!("content-unreadable-hint")),
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
                    crate::msg!("content-file-at-top"),
                )
                .hint(crate::t!(
                    "content-file-at-top-hint",
                    lang = config.default_language()
                )),
            );
            continue;
        }
        if config.language(&name).is_none() {
            let declared: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
            diags.push(
                Diagnostic::error(
                    display_path(root, &path),
                    crate::msg!("content-undeclared-language", lang = name.clone()),
                )
                .hint(crate::t!(
                    "content-undeclared-language-hint",
                    lang = name.clone(),
                    languages = declared.join(", ")
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
            Diagnostic::error(CONTENT_DIR, crate::msg!("content-empty")).hint(crate::t!(
                "content-empty-hint",
                lang = config.default_language()
            )),
        );
    }

    // Two files whose names differ only in how the same letters are encoded (Unicode NFC and
    // NFD) look identical to a person: keep the first, report the second.
    let mut seen: std::collections::HashMap<(String, String), PathBuf> = Default::default();
    files.retain(
        |(lang, id, path)| match seen.get(&(lang.clone(), id.clone())) {
            Some(first) => {
                diags.push(
                    Diagnostic::error(
                        display_path(root, path),
                        crate::msg!(
                            "content-nfc-nfd",
                            other = display_path(root, first).display().to_string()
                        ),
                    )
                    .hint(crate::t!("content-nfc-nfd-hint")),
                );
                false
            }
            None => {
                seen.insert((lang.clone(), id.clone()), path.clone());
                true
            }
        },
    );

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
    // Reserved at once rather than doubled as pages come: thousands of pages, a few hundred
    // bytes each, with room for as many again would be kept for the whole build.
    content.pages.reserve_exact(parsed.len());
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
                    crate::msg!("content-name-not-unicode"),
                )
                .hint(crate::t!("content-name-not-unicode-hint")),
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

fn rel_id(rel: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}
