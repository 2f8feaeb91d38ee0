//! Markdown to HTML with pulldown-cmark: stable heading ids, and links to .md files turned into
//! links to the same page in the reader's language.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::diagnostics::{Diagnostic, line_col};
use crate::load::config::RawHtml;
use crate::load::content::SourcePage;
use crate::load::files;
use crate::load::images::{self, Format};
use crate::markup::escape;
use crate::resolve::{LinkTarget, Site, TermForms};
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

/// Where rendered HTML goes, which decides how its links and ids are written.
pub enum Target<'a> {
    /// A page at this site path (a folder such as `/es/asilo/`): links are relative to it.
    Page { dir: &'a str },
    /// A chapter of a language's booklet, one self-contained file: links to pages become links
    /// to their chapters, ids carry the chapter's prefix so they stay unique in the file, and
    /// images are embedded.
    Booklet {
        chapter: &'a str,
        chapters: &'a std::collections::HashMap<usize, String>,
        /// The booklet's own folder (`/es/`), for links to files beside the pages.
        dir: &'a str,
    },
}

/// Renders `source`'s body for a reader of language `reader`.
pub fn render(
    site: &Site,
    source: &SourcePage,
    reader: usize,
    target: &Target,
    diags: &mut Vec<Diagnostic>,
) -> Rendered {
    let body = &source.body;
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
                // In a booklet the chapter's title is the h2, so the page's own headings step down.
                let level = match target {
                    Target::Page { .. } => level,
                    Target::Booklet { .. } => deeper(level),
                };
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = match target {
                    Target::Page { .. } => level,
                    Target::Booklet { .. } => deeper(level),
                };
                let start = heading_start.take().unwrap_or(events.len());
                let text = plain_text(&events[start..]);
                if let Event::Start(Tag::Heading { id, .. }) = &mut events[start] {
                    let wanted = match id.take() {
                        Some(explicit) => explicit.to_string(),
                        None => slugify(&text),
                    };
                    let unique = unique_id(&wanted, &mut used);
                    let shown = match target {
                        Target::Page { .. } => unique.clone(),
                        Target::Booklet { chapter, .. } => format!("{chapter}-{unique}"),
                    };
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
                let dest_url = rewrite(
                    site,
                    source,
                    reader,
                    target,
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
                let src = image_source(site, source, target, link_type, dest_url, diags, || {
                    locate(range.start)
                });
                image = Some((events.len(), src, title.to_string()));
            }
            Event::End(TagEnd::Image) => {
                if let Some((start, src, title)) = image.take() {
                    let alt = plain_text(&events[start..]);
                    events.truncate(start);
                    events.push(Event::InlineHtml(CowStr::from(img_tag(&src, &alt, &title))));
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
                link_terms(
                    site,
                    reader,
                    target,
                    node,
                    forms,
                    &text,
                    &mut linked_terms,
                    &mut events,
                );
            }
            Event::Html(_) | Event::InlineHtml(_) if raw_html == RawHtml::Deny => {
                if !has_raw_html {
                    let (line, col) = locate(range.start);
                    diags.push(
                        Diagnostic::error(&source.file, "HTML inside the page's Markdown, which this site does not allow (`raw_html: deny` in site.yaml)")
                            .at(line, col)
                            .hint("write it in Markdown instead (headings with ##, lists with -, links with [text](page.md))"),
                    );
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
        // Sanitizing drops a script or frame from another site without a word; the writer
        // who pasted it must hear that it cannot be on the page, at its line.
        if matches!(target, Target::Page { .. }) {
            let origin = site.config.site.base_url.as_deref();
            for url in crate::markup::resources::inspect(html.as_bytes(), origin).external {
                let (line, col) = body.find(&url).map_or((source.body_line, 1), locate);
                diags.push(
                    Diagnostic::error(&source.file, format!("the page's HTML would load {url} from another site"))
                        .at(line, col)
                        .hint("readers' phones must not contact other sites: remove it, or put the file beside the page and link it with a relative path"),
                );
            }
        }
        html = sanitize(&html);
    }
    Rendered { html, headings }
}

/// A page's HTML with only what a page may show: the elements and attributes faro's Markdown
/// makes, and the formatting a writer might add by hand. Scripts, event handlers, styles,
/// frames, forms, `javascript:` links and the like are removed (with ammonia, which parses
/// the HTML as a browser would). Images and links to other sites are left for the privacy
/// check, which reports them with the page's name.
fn sanitize(html: &str) -> String {
    use std::sync::LazyLock;
    static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .tags(
                [
                    "a",
                    "abbr",
                    "b",
                    "blockquote",
                    "br",
                    "caption",
                    "cite",
                    "code",
                    "dd",
                    "del",
                    "details",
                    "dfn",
                    "div",
                    "dl",
                    "dt",
                    "em",
                    "figcaption",
                    "figure",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "i",
                    "img",
                    "kbd",
                    "li",
                    "mark",
                    "ol",
                    "p",
                    "pre",
                    "q",
                    "s",
                    "small",
                    "span",
                    "strong",
                    "sub",
                    "summary",
                    "sup",
                    "table",
                    "tbody",
                    "td",
                    "tfoot",
                    "th",
                    "thead",
                    "time",
                    "tr",
                    "u",
                    "ul",
                ]
                .into(),
            )
            .generic_attributes(["id", "class", "lang", "dir", "title"].into())
            .tag_attributes(
                [
                    ("a", ["href", "hreflang"].into()),
                    (
                        "img",
                        ["src", "alt", "width", "height", "loading", "decoding"].into(),
                    ),
                    ("ol", ["start"].into()),
                    ("td", ["colspan", "rowspan"].into()),
                    ("th", ["colspan", "rowspan", "scope"].into()),
                    ("time", ["datetime"].into()),
                ]
                .into(),
            )
            .url_schemes(["http", "https", "mailto", "tel"].into())
            .link_rel(None);
        builder
    });
    CLEANER.clean(html).to_string()
}

/// Splits a run of text so that the first use on the page of each glossary word links to its
/// plain definition.
#[allow(clippy::too_many_arguments)]
fn link_terms<'t>(
    site: &Site,
    reader: usize,
    target: &Target,
    glossary_node: usize,
    forms: &'t TermForms,
    text: &str,
    linked: &mut HashSet<&'t str>,
    events: &mut Vec<Event<'_>>,
) {
    let lower = text.to_lowercase();
    // Matching works on byte offsets; a text whose lowercase form has another length (a few
    // rare letters) is left without glossary links rather than risk cutting a letter in two.
    if lower.len() != text.len() {
        events.push(Event::Text(CowStr::from(text.to_string())));
        return;
    }
    let mut rest = 0;
    for (range, id) in forms.first_uses(&lower, linked) {
        if range.start > rest {
            events.push(Event::Text(CowStr::from(
                text[rest..range.start].to_string(),
            )));
        }
        let href = match target {
            Target::Page { dir } => format!(
                "{}#{id}",
                urls::relative(dir, site.path(reader, glossary_node))
            ),
            Target::Booklet { .. } => format!("#g-{id}"),
        };
        events.push(Event::InlineHtml(CowStr::from(format!(
            "<a class=\"term\" href=\"{}\">",
            escape(&href)
        ))));
        events.push(Event::Text(CowStr::from(text[range.clone()].to_string())));
        events.push(Event::InlineHtml(CowStr::from("</a>")));
        rest = range.end;
    }
    if rest < text.len() {
        events.push(Event::Text(CowStr::from(text[rest..].to_string())));
    }
}

/// An image with its size written in (so the page does not jump as it loads) and loaded only
/// when the reader scrolls to it.
fn img_tag((src, size): &ImageSource, alt: &str, title: &str) -> String {
    let mut tag = format!("<img src=\"{}\" alt=\"{}\"", escape(src), escape(alt));
    if let Some((width, height)) = size {
        tag.push_str(&format!(" width=\"{width}\" height=\"{height}\""));
    }
    if !title.is_empty() {
        tag.push_str(&format!(" title=\"{}\"", escape(title)));
    }
    tag.push_str(" loading=\"lazy\" decoding=\"async\">");
    tag
}

/// The `src` of an image: relative on a page, embedded as a data: URL in a booklet.
#[allow(clippy::too_many_arguments)]
fn image_source(
    site: &Site,
    source: &SourcePage,
    target: &Target,
    link_type: LinkType,
    dest: CowStr,
    diags: &mut Vec<Diagnostic>,
    locate: impl Fn() -> (usize, usize),
) -> ImageSource {
    let rewritten = rewrite(
        site,
        source,
        0,
        target,
        link_type,
        dest.clone(),
        diags,
        &locate,
    )
    .to_string();
    let Ok(LinkTarget::Asset { file, .. }) = site.resolve_link(source, &dest) else {
        return (rewritten, None);
    };
    let Some(format) = Format::from_extension(&files::extension(&file.real)) else {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(
                &source.file,
                format!("`{dest}` is shown as an image, but it is not in a format the site publishes as one"),
            )
            .at(line, col)
            .hint(format!("export it as one of {}, or link to it as a file: `[text]({dest})`", images::PUBLISHED)),
        );
        return (rewritten, None);
    };
    let size = file.len;
    if size > IMAGE_WARNING_BYTES {
        let (line, col) = locate();
        diags.push(
            Diagnostic::warning(&source.file, format!("the image {dest} is {} KB; readers pay for every kilobyte", size.div_ceil(1024)))
                .at(line, col)
                .hint("make it smaller than 50 KB: fewer pixels (600 px wide is plenty on a phone), or SVG for drawings"),
        );
    }
    let dims = file.dimensions;
    let with_size = |src: String| (src, dims);
    match target {
        Target::Page { .. } => with_size(rewritten),
        Target::Booklet { .. } => {
            // The booklet is held to its budget before compression at twenty times it (HTML
            // never shrinks more): an image larger than that cannot fit, and is not read.
            let most = (20.0 * site.config.site.budgets.booklet_kb * 1024.0) as u64;
            if size.div_ceil(3) * 4 > most {
                let (line, col) = locate();
                diags.push(
                    Diagnostic::error(&source.file, format!(
                        "the image {dest} is {} KB: in the booklet, where images are embedded, it alone is over the booklet's budget of {} KB",
                        size.div_ceil(1024),
                        site.config.site.budgets.booklet_kb
                    ))
                    .at(line, col)
                    .hint("make the image smaller (600 px wide is plenty on a phone), or leave the page out of the booklet with `booklet: false`"),
                );
                return (rewritten, dims);
            }
            let checked = files::Checked {
                real: file.real.clone(),
                len: file.len,
            };
            match files::read_checked(&checked, file.len).map(|bytes| data_url(format, &bytes)) {
                Ok(Some(url)) => with_size(url),
                _ => (rewritten, dims),
            }
        }
    }
}

/// An image as a `data:` URL; `None` when there is no memory for it.
fn data_url(format: Format, bytes: &[u8]) -> Option<String> {
    use base64::Engine;
    let prefix = format!("data:{};base64,", format.mime());
    let mut url = String::new();
    url.try_reserve_exact(prefix.len() + bytes.len().div_ceil(3) * 4)
        .ok()?;
    url.push_str(&prefix);
    base64::engine::general_purpose::STANDARD.encode_string(bytes, &mut url);
    Some(url)
}

/// An image's `src` and, when known, its width and height in pixels.
type ImageSource = (String, Option<(usize, usize)>);

/// Images larger than this get a warning.
const IMAGE_WARNING_BYTES: u64 = 50 * 1024;

#[allow(clippy::too_many_arguments)]
fn rewrite<'a>(
    site: &Site,
    source: &SourcePage,
    reader: usize,
    target: &Target,
    link_type: LinkType,
    dest: CowStr<'a>,
    diags: &mut Vec<Diagnostic>,
    locate: impl Fn() -> (usize, usize),
) -> CowStr<'a> {
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
    if matches!(link_type, LinkType::Autolink) {
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
                    format!("the link `{dest}` points to {file}, which cannot be published: {why}"),
                )
                .at(line, col)
                .hint(format!(
                    "fix {file} as its own error says, or remove the link"
                )),
            );
            dest
        }
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

fn deeper(level: pulldown_cmark::HeadingLevel) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::*;
    match level {
        H1 => H2,
        H2 => H3,
        H3 => H4,
        H4 => H5,
        H5 | H6 => H6,
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
    // Compatibility decomposition (NFKD) turns letter variants into plain letters ("𝔍" → "J",
    // "ﬁ" → "fi") before accents are dropped; a letter with no lowercase form is left out, as
    // slugs are lowercase.
    for c in text
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() && !c.is_uppercase() {
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
