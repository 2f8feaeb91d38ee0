//! A page's Markdown cut into the pieces a translator translates one at a time: headings,
//! paragraphs, list items and table cells, each as its inline Markdown (links, emphasis and code
//! kept as written), and the page put together again with other text in their place.
//!
//! Everything between the pieces (the `##` of a heading, list markers, blank lines, code blocks,
//! HTML blocks, link definitions) stays as the page it is put into has it, so a page made from
//! its own pieces is the same page, byte for byte.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Heading => "heading",
            Kind::Paragraph => "paragraph",
            Kind::ListItem => "list item",
            Kind::TableCell => "table cell",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: Kind,
    /// `paragraph 3`: its kind and its number among the page's blocks of that kind, the name a
    /// translator's tool shows (with the page's name) as the entry's context.
    pub name: String,
    /// Where its inline Markdown is in the body.
    range: Range<usize>,
    /// What a line of the block after its first starts with: `  ` in a list item, `> ` in a
    /// quote, nothing in a paragraph at the top.
    continuation: String,
    /// 1-based line in the body.
    pub line: usize,
}

/// The blocks of a body, in order.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut found: Vec<(Kind, Range<usize>)> = Vec::new();
    // The block whose inline text is being read, and where that text is so far.
    let mut open: Option<(Kind, Option<Range<usize>>)> = None;
    // Containers around it, so that a list item's own text after a nested list is read too.
    let mut items = 0usize;
    let mut flush = |open: &mut Option<(Kind, Option<Range<usize>>)>| {
        if let Some((kind, Some(range))) = open.take() {
            found.push((kind, range));
        }
    };
    for (event, range) in Parser::new_ext(body, crate::load::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Paragraph) => {
                flush(&mut open);
                open = Some((Kind::Paragraph, None));
            }
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut open);
                open = Some((Kind::Heading, None));
            }
            Event::Start(Tag::TableCell) => {
                flush(&mut open);
                open = Some((Kind::TableCell, None));
            }
            Event::Start(Tag::Item) => {
                flush(&mut open);
                items += 1;
                open = Some((Kind::ListItem, None));
            }
            Event::End(TagEnd::Item) => {
                flush(&mut open);
                items = items.saturating_sub(1);
            }
            Event::End(TagEnd::List(_)) if items > 0 => {
                flush(&mut open);
                open = Some((Kind::ListItem, None));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                flush(&mut open);
                if items > 0 {
                    open = Some((Kind::ListItem, None));
                }
            }
            Event::Start(
                Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::MetadataBlock(_),
            )
            | Event::Rule => flush(&mut open),
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::Start(
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. },
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image,
            ) => {
                if let Some((_, text)) = &mut open {
                    let text = text.get_or_insert(range.clone());
                    text.start = text.start.min(range.start);
                    text.end = text.end.max(range.end);
                }
            }
            _ => {}
        }
    }
    flush(&mut open);
    let mut counts = [0usize; 4];
    found
        .into_iter()
        .map(|(kind, range)| {
            let count = &mut counts[kind as usize];
            *count += 1;
            let line_start = body[..range.start].rfind('\n').map_or(0, |i| i + 1);
            let continuation = body[line_start..range.start]
                .chars()
                .map(|c| {
                    if c == '>' || c.is_whitespace() {
                        c
                    } else {
                        ' '
                    }
                })
                .collect();
            Block {
                kind,
                name: format!("{} {count}", kind.name()),
                line: body[..range.start].matches('\n').count() + 1,
                range,
                continuation,
            }
        })
        .collect()
}

impl Block {
    /// The block's inline Markdown, its lines without what the container puts before them.
    pub fn text(&self, body: &str) -> String {
        let mut lines = body[self.range.clone()].split('\n');
        let mut text = lines.next().unwrap_or("").to_string();
        for line in lines {
            text.push('\n');
            text.push_str(
                line.strip_prefix(self.continuation.as_str())
                    .unwrap_or_else(|| line.trim_start()),
            );
        }
        text
    }
}

/// `body` with each block's text replaced by the text at the same index of `texts`.
pub fn replace(body: &str, blocks: &[Block], texts: &[String]) -> String {
    let mut out = String::with_capacity(body.len() + body.len() / 4);
    let mut at = 0;
    for (block, text) in blocks.iter().zip(texts) {
        out.push_str(&body[at..block.range.start]);
        let mut lines = text.split('\n');
        out.push_str(lines.next().unwrap_or(""));
        for line in lines {
            out.push('\n');
            out.push_str(&block.continuation);
            out.push_str(line);
        }
        at = block.range.end;
    }
    out.push_str(&body[at..]);
    out
}

/// What in a piece of inline Markdown a translation must keep: the kind of block it reads as,
/// and its links, images, code and HTML tags (in any order, since a sentence's order changes
/// from one language to another). It is put in words only when a translation differs.
#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    /// The id of the message naming each block.
    blocks: Vec<&'static str>,
    kept: Vec<Kept>,
}

/// A thing inside a piece that its translation must keep as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kept {
    Link(String),
    Image(String),
    Code(String),
    Html(String),
}

impl Kept {
    fn words(&self) -> String {
        match self {
            Kept::Link(url) => crate::t!("po-markdown-link", url = url.clone()),
            Kept::Image(url) => crate::t!("po-markdown-image", url = url.clone()),
            Kept::Code(code) => crate::t!("po-markdown-code", code = code.clone()),
            Kept::Html(html) => crate::t!("po-markdown-html", html = html.clone()),
        }
    }
}

/// The shape of `text`.
pub fn shape(text: &str) -> Shape {
    let mut blocks = Vec::new();
    let mut kept = Vec::new();
    let mut depth = 0usize;
    for event in Parser::new(text) {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    blocks.push(block_name(&tag));
                }
                depth += 1;
                match tag {
                    Tag::Link { dest_url, .. } => kept.push(Kept::Link(dest_url.to_string())),
                    Tag::Image { dest_url, .. } => kept.push(Kept::Image(dest_url.to_string())),
                    _ => {}
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Code(code) => kept.push(Kept::Code(code.to_string())),
            Event::InlineHtml(html) | Event::Html(html) => {
                kept.push(Kept::Html(html.trim().to_string()))
            }
            Event::Rule if depth == 0 => blocks.push("po-markdown-rule"),
            _ => {}
        }
    }
    Shape { blocks, kept }
}

/// The id of the message naming the kind of block `tag` starts.
fn block_name(tag: &Tag) -> &'static str {
    match tag {
        Tag::Paragraph => "po-markdown-paragraph",
        Tag::Heading { .. } => "po-markdown-heading",
        Tag::List(_) => "po-markdown-list",
        Tag::BlockQuote(_) => "po-markdown-quote",
        Tag::CodeBlock(_) => "po-markdown-code-block",
        Tag::HtmlBlock => "po-markdown-html-block",
        Tag::Table(_) => "po-markdown-table",
        _ => "po-markdown-other-block",
    }
}

impl Shape {
    /// How `translated` differs from `self`, in words, or `None` when it keeps everything.
    pub fn difference(&self, translated: &Shape) -> Option<String> {
        if self.blocks != translated.blocks {
            return Some(crate::t!(
                "po-markdown-other-blocks",
                translated = words(&translated.blocks),
                spanish = words(&self.blocks)
            ));
        }
        let missing = without(&self.kept, &translated.kept);
        let added = without(&translated.kept, &self.kept);
        let listed = |items: &[Kept]| {
            let words: Vec<String> = items.iter().map(Kept::words).collect();
            words.join(", ")
        };
        let missing_words = || {
            crate::t!(
                "po-markdown-missing",
                count = missing.len(),
                items = listed(&missing)
            )
        };
        let added_words = || {
            crate::t!(
                "po-markdown-added",
                count = added.len(),
                items = listed(&added)
            )
        };
        match (missing.is_empty(), added.is_empty()) {
            (true, true) => None,
            (false, true) => Some(missing_words()),
            (true, false) => Some(added_words()),
            (false, false) => Some(crate::t!(
                "po-markdown-missing-and-added",
                missing = missing_words(),
                added = added_words()
            )),
        }
    }
}

/// The blocks named by `ids`, one after the other, in words.
fn words(ids: &[&str]) -> String {
    let mut names = ids.iter().map(|id| crate::t!(id));
    let Some(first) = names.next() else {
        return crate::t!("po-markdown-nothing");
    };
    names.fold(first, |before, next| {
        crate::t!("po-markdown-then", before = before, next = next)
    })
}

/// What `a` has that `b` does not, counting repeats.
fn without(a: &[Kept], b: &[Kept]) -> Vec<Kept> {
    let mut b = b.to_vec();
    a.iter()
        .filter(|item| match b.iter().position(|x| x == *item) {
            Some(i) => {
                b.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Intro line one\nline two.\n\n## ¿Qué es? {#que}\n\n- uno [a](a.md)\n  sigue\n- dos\n  - anidado\n\n  después\n\n> cita\n> larga\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncódigo\n```\n";

    #[test]
    fn cuts_every_kind_of_block_and_keeps_the_rest() {
        let blocks = blocks(BODY);
        let texts: Vec<String> = blocks.iter().map(|b| b.text(BODY)).collect();
        let names: Vec<&str> = blocks.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro line one\nline two.",
                "¿Qué es?",
                "uno [a](a.md)\nsigue",
                "dos",
                "anidado",
                "después",
                "cita\nlarga",
                "a",
                "b",
                "c",
                "d"
            ]
        );
        // The blank line inside the list makes it loose: its items hold paragraphs.
        assert_eq!(names[0], "paragraph 1");
        assert_eq!(names[2], "paragraph 2");
        assert_eq!(names[4], "list item 1");
        assert_eq!(names[5], "paragraph 4");
        let tight = super::blocks("- a\n- b\n");
        let names: Vec<&str> = tight.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["list item 1", "list item 2"]);
        assert_eq!(blocks[1].line, 4);
        assert_eq!(replace(BODY, &blocks, &texts), BODY);
    }

    #[test]
    fn replacing_keeps_the_container_on_every_line() {
        let blocks = blocks(BODY);
        let mut texts: Vec<String> = blocks.iter().map(|b| b.text(BODY)).collect();
        texts[2] = "one [a](a.md)\nmore".to_string();
        texts[6] = "quote\nlong".to_string();
        let out = replace(BODY, &blocks, &texts);
        assert!(out.contains("- one [a](a.md)\n  more\n- dos"), "{out}");
        assert!(out.contains("> quote\n> long"), "{out}");
    }

    #[test]
    fn a_translation_must_keep_links_code_and_the_kind_of_block() {
        let spanish = shape("Lee [esto](a.md) y `x`.");
        assert_eq!(
            spanish.difference(&shape("Read `x` and [this](a.md).")),
            None
        );
        assert_eq!(
            spanish.difference(&shape("Read this and `x`.")).unwrap(),
            "the link to `a.md` is missing"
        );
        assert!(
            spanish
                .difference(&shape("1. Read [this](a.md) `x`."))
                .unwrap()
                .starts_with("it reads as a list where the Spanish is a paragraph")
        );
        assert!(
            spanish
                .difference(&shape("Read [this](a.md)\n\nand `x`."))
                .is_some()
        );
    }
}
