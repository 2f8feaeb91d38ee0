//! HTML a writer put in the Markdown, as `raw_html` in site.yaml allows: refused, kept, or
//! kept and sanitized.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::SourcePage;
use crate::resolve::Site;

use super::Target;

/// The error for HTML in a page's Markdown on a site that allows none (`raw_html: deny`).
pub(super) fn denied(source: &SourcePage, (line, col): (usize, usize)) -> Diagnostic {
    Diagnostic::error(&source.file, crate::msg!("raw-html-denied"))
        .at(line, col)
        .hint(crate::t!("raw-html-denied-hint"))
}

/// A page's rendered HTML, sanitized (`raw_html: sanitize`). `locate` turns an offset in the
/// page's body (`body`) into its line and column in the file.
pub(super) fn sanitize_page(
    site: &Site,
    source: &SourcePage,
    body: &str,
    target: &Target,
    html: &str,
    locate: impl Fn(usize) -> (usize, usize),
    diags: &mut Diagnostics,
) -> String {
    // Sanitizing drops a script or frame from another site without a word; the writer
    // who pasted it must hear that it cannot be on the page, at its line.
    if matches!(target, Target::Page { .. }) {
        let origin = site.config.site.base_url.as_deref();
        for url in crate::markup::resources::inspect(html.as_bytes(), origin).external {
            let (line, col) = body.find(&url).map_or((source.body_line, 1), &locate);
            diags.push(
                Diagnostic::error(
                    &source.file,
                    crate::msg!("raw-html-external", url = url.clone()),
                )
                .at(line, col)
                .hint(crate::t!("raw-html-external-hint")),
            );
        }
    }
    sanitize(html)
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
