//! The limits a page's body is held to, beyond its file's size.

use crate::diagnostics::Diagnostic;

/// The longest line a page may have, in characters. A paragraph a child reads is a few hundred;
/// a line of tens of thousands is text pasted by mistake, or a file that is not a page.
pub const MAX_LINE_CHARS: usize = 10_000;
/// How deep lists and quotes may nest inside each other. Three or four levels is already hard
/// to follow on a phone; deeper nesting only comes from a mistake, and thousands of levels would
/// exhaust the stack of the HTML minifier, which works through nested elements recursively.
pub const MAX_NESTING: usize = 16;
/// How deep any elements may nest, Markdown's and raw HTML's together.
pub const MAX_ELEMENT_DEPTH: usize = 64;

/// Checks what no page needs and some broken input has: a line of tens of thousands of
/// characters, lists or quotes nested dozens deep. The error's line is within `body`.
pub(super) fn within_limits(body: &str) -> Result<(), Diagnostic> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let line_of = |offset: usize| body[..offset].matches('\n').count() + 1;
    let mut lists = 0usize;
    // Every element open at a point, Markdown's and raw HTML's, roughly counted.
    let mut elements = 0usize;
    for (event, range) in Parser::new_ext(body, crate::load::markdown_options()).into_offset_iter()
    {
        match &event {
            Event::Start(tag) => {
                elements += 1;
                if matches!(tag, Tag::List(_) | Tag::BlockQuote(_)) {
                    lists += 1;
                }
            }
            Event::End(tag) => {
                elements = elements.saturating_sub(1);
                if matches!(tag, TagEnd::List(_) | TagEnd::BlockQuote(_)) {
                    lists = lists.saturating_sub(1);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let (opened, closed) = html_tags(html);
                elements = (elements + opened).saturating_sub(closed);
            }
            _ => {}
        }
        if lists > MAX_NESTING {
            return Err(
                Diagnostic::error("", crate::msg!("page-nested-lists", max = MAX_NESTING))
                    .at_line(line_of(range.start))
                    .hint(crate::t!("page-nested-lists-hint")),
            );
        }
        if elements > MAX_ELEMENT_DEPTH {
            return Err(Diagnostic::error(
                "",
                crate::msg!("page-nested-elements", max = MAX_ELEMENT_DEPTH),
            )
            .at_line(line_of(range.start))
            .hint(crate::t!("page-nested-elements-hint")));
        }
    }
    for (i, line) in body.lines().enumerate() {
        let chars = line.chars().count();
        if chars > MAX_LINE_CHARS {
            return Err(Diagnostic::error(
                "",
                crate::msg!("page-long-line", chars = chars, max = MAX_LINE_CHARS),
            )
            .at_line(i + 1)
            .hint(crate::t!("page-long-line-hint")));
        }
    }
    Ok(())
}

/// Elements a piece of raw HTML opens and closes: a count for the nesting limit, not a parser.
fn html_tags(html: &str) -> (usize, usize) {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let (mut opened, mut closed) = (0, 0);
    for part in html.split('<').skip(1) {
        if part.starts_with('/') {
            closed += 1;
            continue;
        }
        let name: String = part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let self_closing = part.split('>').next().is_some_and(|t| t.ends_with('/'));
        let is_tag = name.starts_with(|c: char| c.is_ascii_alphabetic());
        if is_tag && !self_closing && !VOID.contains(&name.as_str()) {
            opened += 1;
        }
    }
    (opened, closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_nesting_is_counted_without_void_elements() {
        assert_eq!(html_tags("<div><p>a<br>b<img src=x></p>"), (2, 1));
        assert_eq!(html_tags("<br/><span/></div>"), (0, 1));
        assert_eq!(html_tags("a < b and 1<2"), (0, 0));
        assert!(within_limits(&"<br>\n".repeat(500)).is_ok());
        assert!(within_limits(&"<div>\n".repeat(500)).is_err());
        assert!(within_limits(&("- ".repeat(16) + "x")).is_ok());
        assert!(within_limits(&("- ".repeat(17) + "x")).is_err());
        assert!(within_limits(&"a".repeat(MAX_LINE_CHARS)).is_ok());
        assert!(within_limits(&"a".repeat(MAX_LINE_CHARS + 1)).is_err());
    }
}
