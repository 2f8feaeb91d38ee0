use std::path::Path;

use super::crawlers::{SITEMAP_NS, XHTML_NS};
use super::*;
use crate::diagnostics::Diagnostics;
use crate::load::{config, content};
use crate::resolve::Site;

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

/// The feed at `path` among `feeds`, parsed.
fn feed_at<'s>(feeds: &'s [(String, String)], path: &str) -> roxmltree::Document<'s> {
    let (_, xml) = feeds
        .iter()
        .find(|(p, _)| p == path)
        .unwrap_or_else(|| panic!("no feed at {path}"));
    roxmltree::Document::parse(xml).unwrap()
}

/// A feed's entries, in its order.
fn entries<'a, 'i>(feed: roxmltree::Node<'a, 'i>) -> Vec<roxmltree::Node<'a, 'i>> {
    feed.children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .collect()
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
    assert_eq!(urls.len(), site.node_ids().count() * langs);

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
                u.children()
                    .any(|c| c.has_tag_name((SITEMAP_NS, "loc")) && c.text() == Some(loc.as_str()))
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
        let listed = entries(feed);
        assert_eq!(listed.len(), 4);
        for entry in listed {
            for required in ["id", "title", "updated"] {
                assert!(!text_of(entry, required).is_empty());
            }
            assert!(!alternate_href(entry).is_empty());
        }
    }
    let es = feed_at(&feeds, "es/novedades/feed.xml");
    assert_eq!(text_of(es.root_element(), "title"), "Novedades");
    let en = feed_at(&feeds, "en/updates/feed.xml");
    assert_eq!(text_of(en.root_element(), "title"), "Updates");
}

#[test]
fn feed_entries_are_newest_first_and_say_their_language() {
    let site = site(None, true);
    let feeds = feeds(&site);
    let doc = feed_at(&feeds, "en/updates/feed.xml");
    let listed = entries(doc.root_element());
    let titles: Vec<String> = listed.iter().map(|e| text_of(*e, "title")).collect();
    assert_eq!(titles, ["Cierre", "New law", "Aviso antiguo", "Sin fecha"]);
    let updated: Vec<String> = listed.iter().map(|e| text_of(*e, "updated")).collect();
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
    assert_eq!(lang(&listed[0]), "es");
    assert_eq!(lang(&listed[1]), "en");
    assert_eq!(
        text_of(listed[0], "id"),
        "tag:faro,2026:en/updates/cierre.md"
    );
    // The summary is the description, or the first summary line.
    assert_eq!(text_of(listed[1], "summary"), "A law changed.");
    let es = feed_at(&feeds, "es/novedades/feed.xml");
    let ley = entries(es.root_element())
        .into_iter()
        .find(|e| text_of(*e, "title") == "Nueva ley")
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
        let mut targets: Vec<String> = entries(doc.root_element())
            .into_iter()
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
    let doc = feed_at(&feeds, "en/updates/feed.xml");
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
