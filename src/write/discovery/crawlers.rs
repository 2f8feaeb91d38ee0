//! sitemap.xml and robots.txt, for search engines.

use std::fmt::Write as _;

use super::absolute;
use crate::markup::escape;
use crate::resolve::Site;
use crate::urls;

pub(super) const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
pub(super) const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// sitemap.xml: every page in every language, each listing all its translations as hreflang
/// alternates. `None` without `base_url`, because a sitemap may only hold absolute URLs.
pub fn sitemap(site: &Site) -> Option<String> {
    let base = site.config.site.base_url.as_deref()?;
    let root = escape(&urls::absolute(base, "/"));
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        r#"<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">"#
    );
    for node in site.node_ids() {
        // Search engines only trust hreflang when every translation lists the same set, the
        // page itself included; so one list per page serves all its languages.
        let mut alternates = String::new();
        for (lang, language) in site.each_language() {
            let _ = writeln!(
                alternates,
                r#"    <xhtml:link rel="alternate" hreflang="{}" href="{}"/>"#,
                escape(&language.tag),
                escape(&absolute(base, site.path(lang, node))),
            );
        }
        let _ = writeln!(
            alternates,
            r#"    <xhtml:link rel="alternate" hreflang="x-default" href="{root}"/>"#
        );
        for lang in site.lang_ids() {
            // The folder address, not `index.html`: on a web server it is the canonical one,
            // and the one other sites link to.
            let _ = writeln!(
                xml,
                "  <url>\n    <loc>{}</loc>",
                escape(&absolute(base, site.path(lang, node)))
            );
            if let Some(updated) = site.text_source(lang, node).front.updated {
                let _ = writeln!(xml, "    <lastmod>{}</lastmod>", updated.iso());
            }
            xml.push_str(&alternates);
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    Some(xml)
}

/// robots.txt: everything may be crawled, and the sitemap is named when there is one.
///
/// Crawlers only read robots.txt at the root of a host, so for a site published under a path
/// prefix this file is not read; it does no harm there.
pub fn robots(site: &Site) -> String {
    // An empty `Disallow:` rather than `Allow: /`: it is the original form, understood by every
    // crawler, including old ones that predate `Allow`.
    let mut text = String::from("User-agent: *\nDisallow:\n");
    if let Some(base) = site.config.site.base_url.as_deref() {
        let _ = write!(
            text,
            "\nSitemap: {}\n",
            urls::absolute(base, "/sitemap.xml")
        );
    }
    text
}
