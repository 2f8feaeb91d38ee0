//! One page file: its text split into front matter and body, each checked.

use std::path::{Path, PathBuf};

use super::body::{Body, normalize_text};
use super::limits::within_limits;
use super::slug::{check_slug, default_slug};
use super::trust::check_trust_fields;
use super::version::source_version;
use super::{FrontMatter, SourcePage};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::load::config::{Limits, yaml_error};
use crate::load::files;
use crate::{msg, t};

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

pub(super) fn read_page(
    root: &Path,
    lang: &str,
    id: &str,
    path: &Path,
    limits: &Limits,
    diags: &mut Diagnostics,
) -> Option<SourcePage> {
    let file = display_path(root, path);
    let (checked, text) = match files::read_text_checked(root, path, files::Kind::Page, limits) {
        Ok(read) => read,
        Err(diag) => {
            diags.push(diag);
            return None;
        }
    };
    parse(text, Some(checked), lang, id, file, diags)
}

/// A page from its text: front matter, body, and the limits every page is held to. `file` is
/// the path shown in messages. For a page's text from elsewhere than its file (an older version
/// in git history, for `faro po`) and for the fuzz targets.
pub fn parse_page(
    text: &str,
    lang: &str,
    id: &str,
    file: PathBuf,
    diags: &mut Diagnostics,
) -> Option<SourcePage> {
    parse(text.to_string(), None, lang, id, file, diags)
}

/// [`parse_page`]; with `from`, the file the text was read from, where the body is read again
/// when it is needed instead of being kept (see `Body`).
fn parse(
    text: String,
    from: Option<files::Checked>,
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
            Diagnostic::error(&file, msg!("page-reviewed-renamed"))
                .at_line(line)
                .hint(t!("page-reviewed-renamed-hint")),
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
            Diagnostic::error(&file, msg!("page-empty-title"))
                .at_line(field_line("title"))
                .hint(t!("page-empty-title-hint")),
        );
    }
    match &front.slug {
        Some(slug) => {
            if let Err(why) = check_slug(slug) {
                diags.push(
                    Diagnostic::error(&file, msg!("page-bad-slug", slug = slug.clone(), why = why))
                        .at_line(field_line("slug"))
                        .hint(t!("page-bad-slug-hint")),
                );
            }
        }
        None => {
            let from_name = default_slug(id);
            if let Err(why) = check_slug(&from_name) {
                diags.push(
                    Diagnostic::error(
                        &file,
                        msg!("page-bad-file-name", name = from_name.clone(), why = why),
                    )
                    .hint(t!("page-bad-file-name-hint")),
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
    let body = match from {
        Some(checked) => Body::in_file(checked, &text, text.len() - body.len()),
        None => Body::Text(body.to_string()),
    };
    Some(SourcePage {
        field_lines,
        lang: lang.to_string(),
        id: id.to_string(),
        file,
        body,
        body_line,
        front,
        version,
    })
}

/// The 1-based file line of a top-level front matter key (the YAML starts on line 2).
pub(super) fn top_level_key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 2)
}

/// Splits `---\nyaml\n---\nbody` into the YAML, the body and the body's first line number.
fn split_front_matter(text: &str) -> Result<(&str, &str, usize), Diagnostic> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let opens = text[..first_line_end].trim_end() == "---";
    let Some(rest) = opens.then(|| &text[first_line_end..]) else {
        return Err(Diagnostic::error("", msg!("page-no-front-matter"))
            .at(1, 1)
            .hint(t!("page-no-front-matter-hint")));
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
    Err(Diagnostic::error("", msg!("page-unclosed-front-matter"))
        .at(1, 1)
        .hint(t!("page-unclosed-front-matter-hint")))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
