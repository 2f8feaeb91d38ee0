//! Markdown to HTML with pulldown-cmark: stable heading ids, and links to .md files turned into
//! links to the same page in the reader's language.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::diagnostics::{Diagnostic, line_col};
use crate::load::content::SourcePage;
use crate::resolve::{LinkTarget, Site};
use crate::urls;

/// Ids the templates use; a heading never takes one of them.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "help",
    "nav",
    "languages",
    "key-points",
    "top",
    "notice",
];

pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `source`'s body for a reader of language `reader` on the page at `page_dir`.
pub fn render(
    site: &Site,
    source: &SourcePage,
    reader: usize,
    page_dir: &str,
    diags: &mut Vec<Diagnostic>,
) -> Rendered {
    let body = &source.body;
    let mut used: HashSet<String> = RESERVED_IDS.iter().map(|s| s.to_string()).collect();
    let mut headings = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut heading_start: Option<usize> = None;

    let locate = |offset: usize| {
        let (line, col) = line_col(body, offset);
        (line + source.body_line - 1, col)
    };

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                heading_start = Some(events.len());
                events.push(event);
            }
            Event::End(TagEnd::Heading(level)) => {
                let start = heading_start.take().unwrap_or(events.len());
                let text = plain_text(&events[start..]);
                if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
                    let wanted = match id.take() {
                        Some(explicit) => explicit.to_string(),
                        None => slugify(&text),
                    };
                    let unique = unique_id(&wanted, &mut used);
                    *id = Some(CowStr::from(unique.clone()));
                    headings.push(Heading {
                        level: level as u8,
                        id: unique,
                        text,
                    });
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite(
                    site,
                    source,
                    reader,
                    page_dir,
                    link_type,
                    dest_url,
                    diags,
                    || locate(range.start),
                );
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite(
                    site,
                    source,
                    reader,
                    page_dir,
                    link_type,
                    dest_url,
                    diags,
                    || locate(range.start),
                );
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered { html, headings }
}

#[allow(clippy::too_many_arguments)]
fn rewrite<'a>(
    site: &Site,
    source: &SourcePage,
    reader: usize,
    page_dir: &str,
    link_type: LinkType,
    dest: CowStr<'a>,
    diags: &mut Vec<Diagnostic>,
    locate: impl Fn() -> (usize, usize),
) -> CowStr<'a> {
    if dest.starts_with('#') || matches!(link_type, LinkType::Email) {
        return dest;
    }
    if dest.trim().is_empty() {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(&source.file, "this link has no address, so it goes nowhere")
                .at(line, col)
                .hint("put the address between the brackets: `[text](page.md)`"),
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
                format!(
                    "the link `{dest}` uses the `{scheme}:` scheme, which faro does not publish"
                ),
            )
            .at(line, col)
            .hint("links may be relative paths to .md files, https:, mailto: or tel:"),
        );
        return dest;
    }
    if dest.starts_with("//") || dest.starts_with('/') {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(&source.file, format!("the link `{dest}` starts with `/`; it would break when the site is opened from a folder"))
                .at(line, col)
                .hint("write the link as a path relative to this file, e.g. `asylum.md` or `../rights.md`"),
        );
        return dest;
    }
    if matches!(link_type, LinkType::Autolink) {
        return dest;
    }
    if dest.contains('\\') {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(
                &source.file,
                format!("the link `{dest}` uses a backslash (\\)"),
            )
            .at(line, col)
            .hint("separate folders with a forward slash: `rights/asylum.md`"),
        );
        return dest;
    }
    match site.resolve_link(source, &dest) {
        Ok(LinkTarget::Page { node, fragment }) => {
            let mut url = urls::relative(page_dir, site.path(reader, node));
            if let Some(fragment) = fragment {
                url.push('#');
                url.push_str(&fragment);
            }
            CowStr::from(url)
        }
        Ok(LinkTarget::Asset(path)) => CowStr::from(urls::relative(page_dir, &path)),
        Ok(LinkTarget::Unreadable) => dest,
        Err(message) => {
            let (line, col) = locate();
            diags.push(
                Diagnostic::error(&source.file, message)
                    .at(line, col)
                    .hint("link to another page with its .md file name, relative to this file, e.g. `[asylum](asylum.md)`"),
            );
            dest
        }
    }
}

fn plain_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// A heading's id from its text: accents dropped, lowercase, words joined by hyphens.
/// Letters of any script are kept, so Arabic or K'iche' headings still get readable ids; the
/// slug crates transliterate everything to ASCII, which turns Arabic into Latin gibberish.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    }
}

fn unique_id(wanted: &str, used: &mut HashSet<String>) -> String {
    let mut id = wanted.to_string();
    let mut n = 1;
    while used.contains(&id) {
        id = format!("{wanted}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_accents_and_punctuation() {
        assert_eq!(slugify("¿Qué es el asilo?"), "que-es-el-asilo");
        assert_eq!(slugify("Your rights, here & now"), "your-rights-here-now");
        assert_eq!(slugify("حقوقك"), "حقوقك");
        assert_eq!(slugify("???"), "section");
    }

    #[test]
    fn ids_are_unique() {
        let mut used = HashSet::new();
        assert_eq!(unique_id("a", &mut used), "a");
        assert_eq!(unique_id("a", &mut used), "a-1");
        assert_eq!(unique_id("a", &mut used), "a-2");
    }
}
