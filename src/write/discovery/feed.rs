//! The Atom feeds of the updates section, one per language.

use std::cmp::Reverse;
use std::fmt::Write as _;

use super::{absolute, encode};
use crate::load::content::{Date, SourcePage};
use crate::markup::escape;
use crate::resolve::{LangId, NodeId, Site};
use crate::urls;

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// The content folder (`content/<lang>/updates/`) whose pages make up the feed.
pub const UPDATES_DIR: &str = "updates";
/// The updates section's page id, whose address the feed sits beside.
pub const UPDATES_SECTION: &str = "updates/_index.md";
pub const FEED_FILE: &str = "feed.xml";

/// The start of the ids of a site without base_url. The year is fixed, not the year of the
/// build: an entry's id must never change, or feed readers show every update again as new.
const TAG_PREFIX: &str = "tag:faro,2026:";

/// Atom requires an `<updated>` even for a feed with nothing dated in it; a fixed date keeps
/// two builds of the same content byte for byte the same, which the build time would not.
const UNDATED: &str = "1970-01-01T00:00:00Z";

/// One Atom feed per language of the pages under `updates/`, newest first, as
/// `(path relative to the output folder, XML)`. The feed sits beside the updates section's
/// page in that language (`es/novedades/feed.xml`). Empty when the site has no `updates/`.
pub fn feeds(site: &Site) -> Vec<(String, String)> {
    let Some(section) = site.node_index(UPDATES_SECTION) else {
        return Vec::new();
    };
    let prefix = format!("{UPDATES_DIR}/");
    let entries: Vec<NodeId> = site
        .node_ids()
        .filter(|&n| n != section && site.node(n).id.starts_with(&prefix))
        .collect();
    site.lang_ids()
        .map(|lang| feed(site, lang, section, &entries))
        .collect()
}

/// A language's BCP 47 tag (`pt-BR` for `pt`), for `xml:lang`.
fn tag<'a>(site: &'a Site, code: &'a str) -> &'a str {
    site.config.language(code).map_or(code, |l| l.tag.as_str())
}

fn feed(site: &Site, lang: LangId, section: NodeId, entries: &[NodeId]) -> (String, String) {
    let base = site.config.site.base_url.as_deref();
    let code = &site.language(lang).code;
    let dir = site.path(lang, section);
    let feed_path = format!("{dir}{FEED_FILE}");
    // Without base_url, links are relative to the feed's folder, as Atom resolves them against
    // the feed's own address; pages are named by their index.html so the feed also works from
    // a folder on disk, like every other link faro writes.
    let link = |path: &str| match base {
        Some(base) => absolute(base, path),
        None => encode(&urls::relative(dir, path)),
    };
    let id = |path: &str, tag: &str| match base {
        Some(base) => absolute(base, path),
        None => format!("{TAG_PREFIX}{code}/{}", encode(tag)),
    };

    let mut items: Vec<(NodeId, &SourcePage)> = entries
        .iter()
        .map(|&n| (n, site.text_source(lang, n)))
        .collect();
    // `Reverse(Option)` puts the newest date first and pages without a date last.
    items.sort_by(|(na, a), (nb, b)| {
        (Reverse(a.front.date), &a.front.title, &site.node(*na).id).cmp(&(
            Reverse(b.front.date),
            &b.front.title,
            &site.node(*nb).id,
        ))
    });

    let section_text = site.text_source(lang, section);
    // The feed's `updated` is the newest of its entries', as Atom readers expect. A page
    // without a `date` is dated by its `updated`; a feed with no dates at all, by the
    // section page's.
    let feed_updated = items
        .iter()
        .filter_map(|(_, text)| entry_date(text))
        .max()
        .or_else(|| entry_date(section_text))
        .map_or_else(|| UNDATED.to_string(), timestamp);

    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // The feed's xml:lang is that of the title actually shown, which a fallback may have
    // taken from another language; entries say their own.
    let _ = writeln!(
        xml,
        r#"<feed xmlns="{ATOM_NS}" xml:lang="{}">"#,
        escape(tag(site, &section_text.lang))
    );
    let _ = writeln!(
        xml,
        "  <id>{}</id>",
        escape(&id(&feed_path, &format!("{UPDATES_DIR}/{FEED_FILE}")))
    );
    let _ = writeln!(
        xml,
        "  <title>{}</title>",
        escape(&section_text.front.title)
    );
    let _ = writeln!(xml, "  <updated>{feed_updated}</updated>");
    // Atom requires an author on the feed unless every entry has one; the site speaks as one.
    let _ = writeln!(
        xml,
        "  <author><name>{}</name></author>",
        escape(site.config.title(code))
    );
    let _ = writeln!(
        xml,
        r#"  <link rel="self" type="application/atom+xml" href="{}"/>"#,
        escape(&match base {
            Some(base) => absolute(base, &feed_path),
            None => FEED_FILE.to_string(),
        })
    );
    let _ = writeln!(
        xml,
        r#"  <link rel="alternate" type="text/html" href="{}"/>"#,
        escape(&link(dir))
    );
    // Atom requires a date on every entry. One with none gets the oldest date in the feed, so
    // readers that sort by date show it last, where the feed lists it; not the newest, which
    // would present it as fresh news.
    let oldest = items
        .iter()
        .filter_map(|(_, text)| entry_date(text))
        .min()
        .map_or_else(|| feed_updated.clone(), timestamp);
    for (node, text) in items {
        let path = site.path(lang, node);
        let updated = entry_date(text).map_or_else(|| oldest.clone(), timestamp);
        let _ = writeln!(
            xml,
            r#"  <entry xml:lang="{}">"#,
            escape(tag(site, &text.lang))
        );
        let _ = writeln!(
            xml,
            "    <id>{}</id>",
            escape(&id(path, &site.node(node).id))
        );
        let _ = writeln!(xml, "    <title>{}</title>", escape(&text.front.title));
        let _ = writeln!(xml, "    <updated>{updated}</updated>");
        let _ = writeln!(
            xml,
            r#"    <link rel="alternate" type="text/html" href="{}"/>"#,
            escape(&link(path))
        );
        let summary = text
            .front
            .description
            .as_deref()
            .or(text.front.summary.first().map(String::as_str))
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if let Some(summary) = summary {
            let _ = writeln!(xml, "    <summary>{}</summary>", escape(summary));
        }
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    (feed_path.trim_start_matches('/').to_string(), xml)
}

/// The date an update was published, or failing that the date it was last checked.
fn entry_date(text: &SourcePage) -> Option<Date> {
    text.front.date.or(text.front.updated)
}

/// Front matter holds calendar dates; Atom wants an RFC 3339 date-time.
fn timestamp(date: Date) -> String {
    format!("{}T00:00:00Z", date.iso())
}
