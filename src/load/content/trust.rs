//! The front matter fields a reader trusts the page by: its sources and its reviews.

use std::path::Path;

use super::page::top_level_key_line;
use super::{FrontMatter, SourceList};
use crate::diagnostics::{Diagnostic, Diagnostics};

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
pub(super) fn check_trust_fields(
    front: &FrontMatter,
    yaml: &str,
    file: &Path,
    diags: &mut Diagnostics,
) {
    let sources_line = top_level_key_line(yaml, "sources").unwrap_or(1);
    match &front.sources {
        Some(SourceList::Cited(list)) => {
            let item_lines = list_item_lines(yaml, "sources");
            if list.is_empty() {
                diags.push(
                    Diagnostic::error(file, crate::msg!("page-sources-empty"))
                        .at_line(sources_line)
                        .hint(crate::t!("page-sources-empty-hint")),
                );
            }
            for (i, source) in list.iter().enumerate() {
                let line = item_lines.get(i).copied().unwrap_or(sources_line);
                if source.title.trim().is_empty() {
                    diags.push(
                        Diagnostic::error(file, crate::msg!("page-source-no-title"))
                            .at_line(line)
                            .hint(crate::t!("page-source-no-title-hint")),
                    );
                }
                let url = source
                    .url
                    .as_deref()
                    .map(str::trim)
                    .filter(|u| !u.is_empty());
                let law = source
                    .law
                    .as_deref()
                    .map(str::trim)
                    .filter(|l| !l.is_empty());
                if url.is_none() && law.is_none() {
                    diags.push(
                        Diagnostic::error(
                            file,
                            crate::msg!(
                                "page-source-no-address",
                                title = source.title.trim().to_string()
                            ),
                        )
                        .at_line(line)
                        .hint(crate::t!("page-source-no-address-hint")),
                    );
                }
                if let Some(url) = url {
                    let web = url::Url::parse(url)
                        .ok()
                        .filter(|u| matches!(u.scheme(), "http" | "https"));
                    if web.is_none() {
                        diags.push(
                            Diagnostic::error(
                                file,
                                crate::msg!("page-source-bad-address", url = url.to_string()),
                            )
                            .at_line(line)
                            .hint(crate::t!("page-source-bad-address-hint")),
                        );
                    }
                }
            }
        }
        Some(SourceList::NoneNeeded { none }) if none.trim().is_empty() => diags.push(
            Diagnostic::error(file, crate::msg!("page-sources-none-empty"))
                .at_line(sources_line)
                .hint(crate::t!("page-sources-none-empty-hint")),
        ),
        _ => {}
    }
    if let Some(review) = &front.legal_review
        && review.by.trim().is_empty()
    {
        diags.push(
            Diagnostic::error(file, crate::msg!("page-legal-review-nobody"))
                .at_line(top_level_key_line(yaml, "legal_review").unwrap_or(1))
                .hint(crate::t!("page-legal-review-nobody-hint")),
        );
    }
    if front.review_every == Some(0) {
        diags.push(
            Diagnostic::error(file, crate::msg!("page-review-every-zero"))
                .at_line(top_level_key_line(yaml, "review_every").unwrap_or(1))
                .hint(crate::t!("page-review-every-zero-hint")),
        );
    }
    if let Some(translation) = &front.translation
        && translation.reviewed
        && !translation.is_reviewed()
    {
        diags.push(
            Diagnostic::error(file, crate::msg!("page-translation-reviewed-nobody"))
                .at_line(top_level_key_line(yaml, "translation").unwrap_or(1))
                .hint(crate::t!("page-translation-reviewed-nobody-hint")),
        );
    }
}
