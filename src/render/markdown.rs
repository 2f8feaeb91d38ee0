//! Markdown to HTML with pulldown-cmark: stable heading ids, and links to .md files turned into
//! links to the same page in the reader's language.

mod heading_ids;
mod images;
mod links;
mod raw_html;
mod terms;

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use crate::diagnostics::{Diagnostics, line_col};
use crate::load::config::RawHtml;
use crate::load::content::SourcePage;
use crate::resolve::{LangId, NodeId, Site};

use images::ImageSource;

pub use heading_ids::slugify;

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

/// Where rendered HTML goes, which decides how its links and ids are written.
pub enum Target<'a> {
    /// A page at this site path (a folder such as `/es/asilo/`): links are relative to it.
    Page { dir: &'a str },
    /// A chapter of a language's booklet, one self-contained file: links to pages become links
    /// to their chapters, ids carry the chapter's prefix so they stay unique in the file, and
    /// images are embedded.
    Booklet {
        chapter: &'a str,
        chapters: &'a std::collections::HashMap<NodeId, String>,
        /// The booklet's own folder (`/es/`), for links to files beside the pages.
        dir: &'a str,
    },
}

/// What every step of rendering one text shares: the site, the text, who reads it and where
/// it goes.
#[derive(Clone, Copy)]
struct Text<'a> {
    site: &'a Site,
    source: &'a SourcePage,
    reader: LangId,
    target: &'a Target<'a>,
}

/// Renders `source`'s body for a reader of language `reader`.
pub fn render(
    site: &Site,
    source: &SourcePage,
    reader: LangId,
    target: &Target,
    diags: &mut Diagnostics,
) -> Rendered {
    let text_of = Text {
        site,
        source,
        reader,
        target,
    };
    let body = match source.body() {
        Ok(body) => body,
        Err(problem) => {
            diags.push(problem);
            return Rendered {
                html: String::new(),
                headings: Vec::new(),
            };
        }
    };
    let body = body.as_ref();
    let mut used: HashSet<String> = RESERVED_IDS.iter().map(|s| s.to_string()).collect();
    let mut headings = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut heading_start: Option<usize> = None;
    // An image being read: where its alt text starts in `events`, its source and size, title.
    let mut image: Option<(usize, ImageSource, String)> = None;
    let mut link_depth = 0usize;
    let mut in_code_block = false;
    let glossary = site.glossary_for(source);
    let mut linked_terms: HashSet<&str> = HashSet::new();

    let locate = |offset: usize| {
        let (line, col) = line_col(body, offset);
        (line + source.body_line - 1, col)
    };
    let raw_html = site.config.site.raw_html;
    let mut has_raw_html = false;

    for (event, range) in Parser::new_ext(body, crate::load::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                heading_start = Some(events.len());
                let level = heading_ids::shown_level(target, level);
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = heading_ids::shown_level(target, level);
                let start = heading_start.take().unwrap_or(events.len());
                let text = plain_text(&events[start..]);
                if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
                    let shown = heading_ids::id(id.take(), &text, target, &mut used);
                    *id = Some(CowStr::from(shown.clone()));
                    headings.push(Heading {
                        level: level as u8,
                        id: shown,
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
                link_depth += 1;
                let dest_url =
                    links::rewrite(&text_of, link_type, dest_url, diags, || locate(range.start));
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Link) => {
                link_depth = link_depth.saturating_sub(1);
                events.push(event);
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                let src = images::image_source(&text_of, link_type, dest_url, diags, || {
                    locate(range.start)
                });
                image = Some((events.len(), src, title.to_string()));
            }
            Event::End(TagEnd::Image) => {
                if let Some((start, src, title)) = image.take() {
                    let alt = plain_text(&events[start..]);
                    events.truncate(start);
                    events.push(Event::InlineHtml(CowStr::from(images::img_tag(
                        &src, &alt, &title,
                    ))));
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code_block = true;
                events.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                events.push(event);
            }
            Event::Text(text)
                if link_depth == 0
                    && heading_start.is_none()
                    && image.is_none()
                    && !in_code_block
                    && glossary.is_some() =>
            {
                let (node, forms) = glossary.expect("checked in the guard");
                terms::link_terms(&text_of, node, forms, &text, &mut linked_terms, &mut events);
            }
            Event::Html(_) | Event::InlineHtml(_) if raw_html == RawHtml::Deny => {
                if !has_raw_html {
                    diags.push(raw_html::denied(source, locate(range.start)));
                }
                has_raw_html = true;
            }
            event @ (Event::Html(_) | Event::InlineHtml(_)) => {
                has_raw_html = true;
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if has_raw_html && raw_html == RawHtml::Sanitize {
        html = raw_html::sanitize_page(site, source, body, target, &html, locate, diags);
    }
    Rendered { html, headings }
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
