//! Link destinations: links to .md files turned into links to the same page in the reader's
//! language (or, in a booklet, to its chapter), and links faro does not publish reported.

use pulldown_cmark::{CowStr, LinkType};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::resolve::LinkTarget;
use crate::urls;

use super::{Target, Text};

pub(super) fn rewrite<'a>(
    text: &Text,
    link_type: LinkType,
    dest: CowStr<'a>,
    diags: &mut Diagnostics,
    locate: impl Fn() -> (usize, usize),
) -> CowStr<'a> {
    let Text {
        site,
        source,
        reader,
        target,
    } = *text;
    if let Some(fragment) = dest.strip_prefix('#') {
        return match target {
            Target::Page { .. } => dest,
            Target::Booklet { chapter, .. } => CowStr::from(format!("#{chapter}-{fragment}")),
        };
    }
    if matches!(link_type, LinkType::Email) {
        return dest;
    }
    if dest.trim().is_empty() {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(&source.file, crate::msg!("link-empty"))
                .at(line, col)
                .hint(crate::t!("link-empty-hint")),
        );
        return dest;
    }
    let lower = dest.trim().to_ascii_lowercase();
    if let Some((scheme, _)) = lower.split_once(':')
        && !scheme.contains('/')
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    {
        if matches!(scheme, "http" | "https" | "mailto" | "tel" | "sms") {
            return dest;
        }
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(
                &source.file,
                crate::msg!("link-scheme", dest = dest.to_string(), scheme = scheme),
            )
            .at(line, col)
            .hint(crate::t!("link-scheme-hint")),
        );
        return dest;
    }
    if matches!(link_type, LinkType::Autolink) {
        return dest;
    }
    if dest.starts_with("//") || dest.starts_with('/') {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(
                &source.file,
                crate::msg!("link-absolute", dest = dest.to_string()),
            )
            .at(line, col)
            .hint(crate::t!("link-absolute-hint")),
        );
        return dest;
    }
    if dest.contains('\\') {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(
                &source.file,
                crate::msg!("link-backslash", dest = dest.to_string()),
            )
            .at(line, col)
            .hint(crate::t!("link-backslash-hint")),
        );
        return dest;
    }
    match site.resolve_link(source, &dest) {
        Ok(LinkTarget::Page { node, fragment }) => CowStr::from(match target {
            Target::Page { dir } => {
                let mut url = urls::relative(dir, site.path(reader, node));
                if let Some(fragment) = fragment {
                    url.push('#');
                    url.push_str(&fragment);
                }
                url
            }
            Target::Booklet { chapters, .. } => match (chapters.get(&node), fragment) {
                (Some(chapter), Some(fragment)) => format!("#{chapter}-{fragment}"),
                (Some(chapter), None) => format!("#{chapter}"),
                // A page left out of the booklet: its address online, when there is one.
                (None, _) => match site.config.site.base_url.as_deref() {
                    Some(base) => urls::absolute(base, site.path(reader, node)),
                    None => "#contents".to_string(),
                },
            },
        }),
        Ok(LinkTarget::Asset { path, .. }) => match target {
            Target::Page { dir } => CowStr::from(urls::relative(dir, &path)),
            Target::Booklet { dir, .. } => match site.config.site.base_url.as_deref() {
                Some(base) => CowStr::from(urls::absolute(base, &path)),
                None => CowStr::from(urls::relative(dir, &path)),
            },
        },
        Ok(LinkTarget::Unreadable) => dest,
        Ok(LinkTarget::Refused { file, why }) => {
            let (line, col) = locate();
            diags.push(
                Diagnostic::error(
                    &source.file,
                    crate::msg!(
                        "link-refused",
                        dest = dest.to_string(),
                        file = file.clone(),
                        why = why,
                    ),
                )
                .at(line, col)
                .hint(crate::t!("link-refused-hint", file = file)),
            );
            dest
        }
        Err(broken) => {
            let (line, col) = locate();
            diags.push(
                Diagnostic::error(&source.file, broken.message())
                    .at(line, col)
                    .hint(broken.hint()),
            );
            dest
        }
    }
}
