//! The files that let others find the site: sitemap.xml and robots.txt for search engines, and
//! an Atom feed of the updates section in each language, for people who follow the news
//! (shelters, lawyers) without visiting the site every day.
//!
//! Each function returns the file's text; the caller decides where it is written.

use std::cmp::Reverse;
use std::fmt::Write as _;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::load::content::{Date, SECTION_FILE, SourcePage};
use crate::markup::escape;
use crate::resolve::Site;
use crate::urls;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// The content folder (`content/<lang>/updates/`) whose pages make up the feed.
const UPDATES_DIR: &str = "updates";
const FEED_FILE: &str = "feed.xml";

/// The start of the ids of a site without base_url. The year is fixed, not the year of the
/// build: an entry's id must never change, or feed readers show every update again as new.
const TAG_PREFIX: &str = "tag:faro,2026:";

/// Atom requires an `<updated>` even for a feed with nothing dated in it; a fixed date keeps
/// two builds of the same content byte for byte the same, which the build time would not.
const UNDATED: &str = "1970-01-01T00:00:00Z";

/// Characters that cannot stand bare in a URL path. Slugs keep letters of every script, and
/// sitemaps.org asks for URLs escaped as RFC 3986 says, so non-ASCII letters are
/// percent-encoded too (`utf8_percent_encode` always does that).
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

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
    for node in 0..site.nodes.len() {
        // Search engines only trust hreflang when every translation lists the same set, the
        // page itself included; so one list per page serves all its languages.
        let mut alternates = String::new();
        for (lang, language) in site.languages().iter().enumerate() {
            let _ = writeln!(
                alternates,
                r#"    <xhtml:link rel="alternate" hreflang="{}" href="{}"/>"#,
                escape(&language.code),
                escape(&absolute(base, site.path(lang, node))),
            );
        }
        let _ = writeln!(
            alternates,
            r#"    <xhtml:link rel="alternate" hreflang="x-default" href="{root}"/>"#
        );
        for lang in 0..site.languages().len() {
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

/// One Atom feed per language of the pages under `updates/`, newest first, as
/// `(path relative to the output folder, XML)`. The feed sits beside the updates section's
/// page in that language (`es/novedades/feed.xml`). Empty when the site has no `updates/`.
pub fn feeds(site: &Site) -> Vec<(String, String)> {
    let Some(section) = site.node_index(&format!("{UPDATES_DIR}/{SECTION_FILE}")) else {
        return Vec::new();
    };
    let prefix = format!("{UPDATES_DIR}/");
    let entries: Vec<usize> = (0..site.nodes.len())
        .filter(|&n| n != section && site.nodes[n].id.starts_with(&prefix))
        .collect();
    (0..site.languages().len())
        .map(|lang| feed(site, lang, section, &entries))
        .collect()
}

fn feed(site: &Site, lang: usize, section: usize, entries: &[usize]) -> (String, String) {
    let base = site.config.site.base_url.as_deref();
    let code = &site.languages()[lang].code;
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

    let mut items: Vec<(usize, &SourcePage)> = entries
        .iter()
        .map(|&n| (n, site.text_source(lang, n)))
        .collect();
    // `Reverse(Option)` puts the newest date first and pages without a date last.
    items.sort_by(|(na, a), (nb, b)| {
        (Reverse(a.front.date), &a.front.title, &site.nodes[*na].id).cmp(&(
            Reverse(b.front.date),
            &b.front.title,
            &site.nodes[*nb].id,
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
        escape(&section_text.lang)
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
        let _ = writeln!(xml, r#"  <entry xml:lang="{}">"#, escape(&text.lang));
        let _ = writeln!(
            xml,
            "    <id>{}</id>",
            escape(&id(path, &site.nodes[node].id))
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

fn absolute(base: &str, path: &str) -> String {
    urls::absolute(base, &encode(path))
}

fn encode(path: &str) -> String {
    utf8_percent_encode(path, PATH).to_string()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::diagnostics::Diagnostics;
    use crate::load::{config, content};

    const ATOM: &str = "http://www.w3.org/2005/Atom";
    const BASE: &str = "https://example.org/ninez/";

    /// Spanish and English content, and French with no pages of its own; four updates, one of
    /// them only in Spanish, one without a date.
    fn files(with_updates: bool) -> Vec<(&'static str, &'static str)> {
        let mut files = vec![
            (
                "content/es/_index.md",
                "---\ntitle: Inicio\nupdated: 2026-11-28\n---\nHola.\n",
            ),
            ("content/en/_index.md", "---\ntitle: Home\n---\nHello.\n"),
        ];
        if with_updates {
            files.extend([
                (
                    "content/es/updates/_index.md",
                    "---\ntitle: Novedades\nslug: novedades\n---\n",
                ),
                ("content/en/updates/_index.md", "---\ntitle: Updates\n---\n"),
                (
                    "content/es/updates/ley.md",
                    "---\ntitle: Nueva ley\nslug: nueva-ley\ndate: 2026-03-01\n\
                     description: Una ley & <cambio> \"importante\"\n---\nTexto.\n",
                ),
                (
                    "content/en/updates/ley.md",
                    "---\ntitle: New law\nslug: new-law\ndate: 2026-03-01\n\
                     summary:\n  - A law changed.\n---\nText.\n",
                ),
                (
                    "content/es/updates/cierre.md",
                    "---\ntitle: Cierre\ndate: 2026-05-10\nupdated: 2026-05-11\n---\nTexto.\n",
                ),
                (
                    "content/es/updates/aviso.md",
                    "---\ntitle: Aviso antiguo\ndate: 2025-12-01\n---\nTexto.\n",
                ),
                (
                    "content/es/updates/sin-fecha.md",
                    "---\ntitle: Sin fecha\n---\nTexto.\n",
                ),
            ]);
        }
        files
    }

    fn site(base_url: Option<&str>, with_updates: bool) -> Site {
        let dir = tempfile::TempDir::new().unwrap();
        let base_line = base_url.map_or(String::new(), |b| format!("base_url: {b}\n"));
        let yaml = format!(
            "title:\n  es: Sitio\n  en: Site\n{base_line}default_language: es\nlanguages:\n  \
             - code: es\n    name: Español\n  - code: en\n    name: English\n    fallback: [es]\n  \
             - code: fr\n    name: Français\n    fallback: [es]\n"
        );
        write(dir.path(), "site.yaml", &yaml);
        for (path, text) in files(with_updates) {
            write(dir.path(), path, text);
        }
        // The two loading steps the build runs before resolving; the theme and the interface
        // strings play no part in these files.
        let mut diags = Diagnostics::new();
        let config = config::load(dir.path(), &mut diags).expect("site.yaml loads");
        let content = content::load(dir.path(), &config, false, &mut diags);
        let site = Site::build(config, content, &mut diags).expect("the site resolves");
        assert!(!diags.has_errors(), "{:?}", diags.into_sorted());
        site
    }

    fn write(root: &Path, path: &str, text: &str) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
        node.children().find(|c| c.has_tag_name((ATOM, name)))
    }

    fn text_of(node: roxmltree::Node, name: &str) -> String {
        child(node, name)
            .and_then(|c| c.text())
            .unwrap_or_else(|| panic!("no <{name}>"))
            .to_string()
    }

    fn alternate_href(entry: roxmltree::Node) -> String {
        entry
            .children()
            .find(|c| c.has_tag_name((ATOM, "link")) && c.attribute("rel") == Some("alternate"))
            .and_then(|l| l.attribute("href"))
            .expect("an alternate link")
            .to_string()
    }

    /// Resolves a relative URL against a folder, as a feed reader does.
    fn resolve(dir: &str, href: &str) -> String {
        let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
        for segment in href.split('/') {
            match segment {
                ".." => {
                    parts.pop();
                }
                "." | "" => {}
                s => parts.push(s),
            }
        }
        format!("/{}", parts.join("/"))
    }

    fn feed_for<'s>(feeds: &'s [(String, String)], path: &str) -> &'s str {
        &feeds
            .iter()
            .find(|(p, _)| p == path)
            .unwrap_or_else(|| panic!("no feed at {path}"))
            .1
    }

    #[test]
    fn no_sitemap_without_base_url() {
        assert!(sitemap(&site(None, true)).is_none());
    }

    #[test]
    fn sitemap_lists_every_page_in_every_language() {
        let site = site(Some(BASE), true);
        let xml = sitemap(&site).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let root = doc.root_element();
        assert!(root.has_tag_name((SITEMAP_NS, "urlset")));
        let urls: Vec<_> = root.children().filter(|c| c.is_element()).collect();
        let langs = site.languages().len();
        assert_eq!(urls.len(), site.nodes.len() * langs);

        let mut locs = Vec::new();
        for url in &urls {
            assert!(url.has_tag_name((SITEMAP_NS, "url")));
            let loc = url
                .children()
                .find(|c| c.has_tag_name((SITEMAP_NS, "loc")))
                .and_then(|c| c.text())
                .unwrap();
            assert!(loc.starts_with(BASE) && loc.ends_with('/'), "{loc}");
            locs.push(loc.to_string());
            let links: Vec<_> = url
                .children()
                .filter(|c| c.has_tag_name((XHTML_NS, "link")))
                .collect();
            assert_eq!(links.len(), langs + 1);
            let mut hreflangs: Vec<&str> = links
                .iter()
                .map(|l| l.attribute("hreflang").unwrap())
                .collect();
            hreflangs.sort_unstable();
            assert_eq!(hreflangs, ["en", "es", "fr", "x-default"]);
            for link in &links {
                assert_eq!(link.attribute("rel"), Some("alternate"));
                assert!(link.attribute("href").unwrap().starts_with(BASE));
            }
            let default = links
                .iter()
                .find(|l| l.attribute("hreflang") == Some("x-default"))
                .unwrap();
            assert_eq!(default.attribute("href"), Some(BASE));
            // A page names itself among its alternates.
            assert!(links.iter().any(|l| l.attribute("href") == Some(loc)));
        }
        locs.sort();
        locs.dedup();
        assert_eq!(locs.len(), urls.len(), "every address once");
    }

    #[test]
    fn sitemap_lastmod_is_the_updated_date_of_the_text_shown() {
        let site = site(Some(BASE), true);
        let xml = sitemap(&site).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let lastmod = |path: &str| {
            let loc = urls::absolute(BASE, path);
            doc.root_element()
                .children()
                .find(|u| {
                    u.children().any(|c| {
                        c.has_tag_name((SITEMAP_NS, "loc")) && c.text() == Some(loc.as_str())
                    })
                })
                .unwrap_or_else(|| panic!("no <url> for {loc}"))
                .children()
                .find(|c| c.has_tag_name((SITEMAP_NS, "lastmod")))
                .and_then(|c| c.text())
                .map(str::to_string)
        };
        assert_eq!(lastmod("/es/").as_deref(), Some("2026-11-28"));
        assert_eq!(
            lastmod("/en/"),
            None,
            "the English home has no updated date"
        );
        // French shows the Spanish home, and so its date.
        assert_eq!(lastmod("/fr/").as_deref(), Some("2026-11-28"));
        assert_eq!(
            lastmod("/en/updates/cierre/").as_deref(),
            Some("2026-05-11")
        );
    }

    #[test]
    fn robots_names_the_sitemap_only_with_base_url() {
        let with = robots(&site(Some(BASE), false));
        assert!(with.contains("User-agent: *"));
        assert!(with.contains("Sitemap: https://example.org/ninez/sitemap.xml\n"));
        let without = robots(&site(None, false));
        assert!(without.contains("User-agent: *"));
        assert!(!without.contains("Sitemap:"));
    }

    #[test]
    fn one_feed_per_language_beside_the_updates_section() {
        let site = site(None, true);
        let feeds = feeds(&site);
        let mut paths: Vec<&str> = feeds.iter().map(|(p, _)| p.as_str()).collect();
        paths.sort_unstable();
        // French has no updates section of its own: its feed sits at the Spanish section's
        // slug, under /fr/, where the French readers' section page is.
        assert_eq!(
            paths,
            [
                "en/updates/feed.xml",
                "es/novedades/feed.xml",
                "fr/novedades/feed.xml"
            ]
        );
        for (_, xml) in &feeds {
            let doc = roxmltree::Document::parse(xml).unwrap();
            let feed = doc.root_element();
            assert!(feed.has_tag_name((ATOM, "feed")));
            assert!(text_of(feed, "id").starts_with("tag:faro,2026:"));
            assert_eq!(text_of(feed, "updated"), "2026-05-10T00:00:00Z");
            assert!(
                child(feed, "author")
                    .and_then(|a| child(a, "name"))
                    .is_some()
            );
            let entries: Vec<_> = feed
                .children()
                .filter(|c| c.has_tag_name((ATOM, "entry")))
                .collect();
            assert_eq!(entries.len(), 4);
            for entry in entries {
                for required in ["id", "title", "updated"] {
                    assert!(!text_of(entry, required).is_empty());
                }
                assert!(!alternate_href(entry).is_empty());
            }
        }
        let es = roxmltree::Document::parse(feed_for(&feeds, "es/novedades/feed.xml")).unwrap();
        assert_eq!(text_of(es.root_element(), "title"), "Novedades");
        let en = roxmltree::Document::parse(feed_for(&feeds, "en/updates/feed.xml")).unwrap();
        assert_eq!(text_of(en.root_element(), "title"), "Updates");
    }

    #[test]
    fn feed_entries_are_newest_first_and_say_their_language() {
        let site = site(None, true);
        let feeds = feeds(&site);
        let doc = roxmltree::Document::parse(feed_for(&feeds, "en/updates/feed.xml")).unwrap();
        let entries: Vec<_> = doc
            .root_element()
            .children()
            .filter(|c| c.has_tag_name((ATOM, "entry")))
            .collect();
        let titles: Vec<String> = entries.iter().map(|e| text_of(*e, "title")).collect();
        assert_eq!(titles, ["Cierre", "New law", "Aviso antiguo", "Sin fecha"]);
        let updated: Vec<String> = entries.iter().map(|e| text_of(*e, "updated")).collect();
        // The undated page takes the oldest date, so a reader sorting by date keeps it last.
        assert_eq!(
            updated,
            [
                "2026-05-10T00:00:00Z",
                "2026-03-01T00:00:00Z",
                "2025-12-01T00:00:00Z",
                "2025-12-01T00:00:00Z"
            ]
        );
        let lang = |e: &roxmltree::Node| {
            e.attribute((roxmltree::NS_XML_URI, "lang"))
                .unwrap()
                .to_string()
        };
        // Cierre exists only in Spanish: the English feed shows it, marked as Spanish.
        assert_eq!(lang(&entries[0]), "es");
        assert_eq!(lang(&entries[1]), "en");
        assert_eq!(
            text_of(entries[0], "id"),
            "tag:faro,2026:en/updates/cierre.md"
        );
        // The summary is the description, or the first summary line.
        assert_eq!(text_of(entries[1], "summary"), "A law changed.");
        let es = roxmltree::Document::parse(feed_for(&feeds, "es/novedades/feed.xml")).unwrap();
        let ley = es
            .root_element()
            .children()
            .find(|e| e.has_tag_name((ATOM, "entry")) && text_of(*e, "title") == "Nueva ley")
            .unwrap();
        assert_eq!(text_of(ley, "summary"), "Una ley & <cambio> \"importante\"");
    }

    #[test]
    fn relative_feed_links_resolve_to_the_pages() {
        let site = site(None, true);
        let section = site.node_index("updates/_index.md").unwrap();
        for (path, xml) in feeds(&site) {
            let lang = site
                .lang_index(path.split('/').next().unwrap())
                .expect("a feed path starts with its language");
            let dir = site.path(lang, section);
            assert_eq!(format!("/{path}"), format!("{dir}feed.xml"));
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let mut targets: Vec<String> = doc
                .root_element()
                .children()
                .filter(|c| c.has_tag_name((ATOM, "entry")))
                .map(|e| {
                    let href = alternate_href(e);
                    assert!(!href.contains("://"), "{href} is relative");
                    resolve(dir, &href)
                })
                .collect();
            let mut expected: Vec<String> = ["ley", "cierre", "aviso", "sin-fecha"]
                .iter()
                .map(|name| {
                    let node = site.node_index(&format!("updates/{name}.md")).unwrap();
                    format!("{}index.html", site.path(lang, node))
                })
                .collect();
            targets.sort();
            expected.sort();
            assert_eq!(targets, expected, "{path}");
        }
    }

    #[test]
    fn feeds_use_absolute_urls_with_base_url() {
        let site = site(Some(BASE), true);
        let feeds = feeds(&site);
        let doc = roxmltree::Document::parse(feed_for(&feeds, "en/updates/feed.xml")).unwrap();
        let feed = doc.root_element();
        assert_eq!(
            text_of(feed, "id"),
            "https://example.org/ninez/en/updates/feed.xml"
        );
        let first = child(feed, "entry").unwrap();
        assert_eq!(
            text_of(first, "id"),
            "https://example.org/ninez/en/updates/cierre/"
        );
        assert_eq!(
            alternate_href(first),
            "https://example.org/ninez/en/updates/cierre/"
        );
    }

    #[test]
    fn no_feeds_without_an_updates_folder() {
        assert!(feeds(&site(None, false)).is_empty());
        assert!(feeds(&site(Some(BASE), false)).is_empty());
    }

    #[test]
    fn url_encoding() {
        assert_eq!(encode("/es/niñez/"), "/es/ni%C3%B1ez/");
    }
}
