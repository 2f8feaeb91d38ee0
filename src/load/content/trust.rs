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
