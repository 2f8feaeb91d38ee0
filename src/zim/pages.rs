//! One language's files as they go into its ZIM file: the pages `faro build` finishes, with the
//! links that would leave the file changed. A ZIM file holds one language, and its paths are
//! relative to it (Kiwix serves it under a prefix of its own, and the Android app opens it
//! alone), so a link to another language cannot work inside it: such a link goes to that page
//! on the public site when site.yaml's `base_url` is set, and is left out otherwise. Such links
//! come from the templates (a stale translation's "read it in Spanish"), never from a page's
//! text, whose links lead to pages of its own language; words that look like a link and lead
//! nowhere would only puzzle a reader.
//! What the theme marks `data-online-only` (the language menu, the link to every language)
//! is left out: Kiwix's own library lists each language's file. A file of another language
//! that a page shows or links to (an image on a page read through a fallback) is copied into
//! the file, under `_shared/<its site path>`.

use std::cell::RefCell;
use std::fs;
use std::path::Path;

use lol_html::{HtmlRewriter, Settings, element};
use walkdir::WalkDir;

use crate::diagnostics::Diagnostic;

/// The attribute a theme puts on what has no place in an offline library.
const ONLINE_ONLY: &str = "data-online-only";
/// Where files of other languages that pages use are copied, inside a language's folder.
const SHARED: &str = "_shared";

/// Copies the language `code`'s folder of the built site (`from`) into `to`, leaving out the
/// compressed copies only a web server sends, with every page's links made to work inside
/// the file; the number of pages.
pub(super) fn prepare(
    from: &Path,
    to: &Path,
    code: &str,
    base_url: Option<&str>,
) -> Result<usize, Diagnostic> {
    // `what` is the id of the message saying what could not be done.
    let problem = |path: &Path, what: &str, e: &dyn std::fmt::Display| {
        Diagnostic::error(
            path.display().to_string(),
            crate::msg!(
                "zim-folder-problem",
                what = crate::t!(what),
                error = e.to_string()
            ),
        )
        .hint(crate::t!("zim-folder-problem-hint"))
    };
    if to.exists() {
        fs::remove_dir_all(to).map_err(|e| problem(to, "zim-folder-cannot-empty", &e))?;
    }
    let mut pages = 0;
    let site = from.parent().unwrap_or(from);
    // A file of the built site that is not a page: what may be copied in.
    let is_file = |path: &str| {
        let rel = path.trim_start_matches('/');
        !path.ends_with('/') && !path.ends_with(".html") && site.join(rel).is_file()
    };
    let mut borrowed = std::collections::BTreeSet::new();
    let walk = WalkDir::new(from)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !server_only(&e.file_name().to_string_lossy()));
    for entry in walk {
        let entry = entry.map_err(|e| problem(from, "zim-folder-cannot-read-site", &e))?;
        let rel = entry.path().strip_prefix(from).expect("walked from `from`");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target)
                .map_err(|e| problem(&target, "zim-folder-cannot-make", &e))?;
            continue;
        }
        if rel.extension().is_some_and(|e| e == "html") {
            let html = fs::read(entry.path())
                .map_err(|e| problem(entry.path(), "zim-folder-cannot-read", &e))?;
            let rel = rel.to_string_lossy().replace('\\', "/");
            let page = rewrite(&html, code, &rel, base_url, &is_file)
                .map_err(|e| problem(entry.path(), "zim-folder-cannot-read-page", &e))?;
            fs::write(&target, page.html)
                .map_err(|e| problem(&target, "zim-folder-cannot-write", &e))?;
            pages += 1;
            borrowed.extend(page.borrowed);
        } else {
            fs::copy(entry.path(), &target)
                .map_err(|e| problem(&target, "zim-folder-cannot-write", &e))?;
        }
    }
    for path in &borrowed {
        let rel = path.trim_start_matches('/');
        let target = to.join(SHARED).join(rel);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| problem(parent, "zim-folder-cannot-make", &e))?;
        }
        fs::copy(site.join(rel), &target)
            .map_err(|e| problem(&target, "zim-folder-cannot-write", &e))?;
    }
    Ok(pages)
}

/// A page made ready for its language's file.
pub(super) struct Rewritten {
    pub html: Vec<u8>,
    /// Site paths of other languages' files it uses, to copy under `_shared/`.
    pub borrowed: Vec<String>,
}

/// Files and folders of the built site that only a web server uses: the compressed copies,
/// the copies compressed against the home page (`<page>.dcb/`), and faro's own markers.
fn server_only(name: &str) -> bool {
    name.ends_with(".br")
        || name.ends_with(".gz")
        || name.ends_with(".dcb")
        || name.starts_with('.')
}

/// A page of language `code` at `rel` (relative to the language's folder) with its links made
/// to work inside the language's file. `is_file` tells a file of the built site (not a page)
/// by its site path.
pub(super) fn rewrite(
    html: &[u8],
    code: &str,
    rel: &str,
    base_url: Option<&str>,
    is_file: &dyn Fn(&str) -> bool,
) -> Result<Rewritten, lol_html::errors::RewritingError> {
    // The page's address on the site, to resolve its relative links as a browser would.
    let page = url::Url::parse("https://site.invalid/")
        .and_then(|site| site.join(&format!("{code}/{rel}")))
        .expect("a site path is a URL path");
    let folder = format!("/{code}/");
    let borrowed = RefCell::new(Vec::new());
    // From the page's folder up to the language's folder, where `_shared/` is.
    let up = "../".repeat(rel.matches('/').count());
    // Where a URL of the page leads, when that is outside the language's folder.
    let outside = |url: &str| {
        if url.is_empty() || url.starts_with('#') || has_scheme(url) {
            return None;
        }
        let target = page.join(url).ok()?;
        (!target.path().starts_with(&folder)).then_some(target)
    };
    // A file of another language, copied in: the URL that leads to the copy.
    let borrow = |target: &url::Url| {
        let path = percent_encoding::percent_decode_str(target.path())
            .decode_utf8_lossy()
            .into_owned();
        if !is_file(&path) {
            return None;
        }
        let url = format!("{up}{SHARED}{}", target.path());
        borrowed.borrow_mut().push(path);
        Some(url)
    };
    let mut out = Vec::with_capacity(html.len());
    {
        let online_only = format!("[{ONLINE_ONLY}]");
        let settings = Settings::new()
            .append_element_content_handler(element!(online_only.as_str(), |el| {
                el.remove();
                Ok(())
            }))
            .append_element_content_handler(element!("a[href], area[href]", |el| {
                // In a Kiwix reader the booklet is a page like the others; `download`
                // would make a phone save it instead of showing it.
                el.remove_attribute("download");
                let href = el.get_attribute("href").unwrap_or_default();
                let Some(target) = outside(&href) else {
                    return Ok(());
                };
                if let Some(copy) = borrow(&target) {
                    el.set_attribute("href", &copy)?;
                    return Ok(());
                }
                match base_url {
                    Some(base) => {
                        let mut address = crate::urls::absolute(base, target.path());
                        if let Some(fragment) = target.fragment() {
                            address.push('#');
                            address.push_str(fragment);
                        }
                        el.set_attribute("href", &address)?;
                    }
                    // Nowhere to send the reader.
                    None => el.remove(),
                }
                Ok(())
            }))
            .append_element_content_handler(element!("[src]", |el| {
                let src = el.get_attribute("src").unwrap_or_default();
                if let Some(copy) = outside(&src).and_then(|target| borrow(&target)) {
                    el.set_attribute("src", &copy)?;
                }
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| out.extend_from_slice(chunk));
        rewriter.write(html)?;
        rewriter.end()?;
    }
    Ok(Rewritten {
        html: out,
        borrowed: borrowed.into_inner(),
    })
}

/// `tel:`, `https:`, `mailto:`…: an address that is not a path on the site.
fn has_scheme(href: &str) -> bool {
    href.starts_with("//")
        || href.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !scheme.contains('/')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str, rel: &str, base: Option<&str>) -> String {
        let page = rewrite(html.as_bytes(), "es", rel, base, &|_| false).unwrap();
        assert!(page.borrowed.is_empty());
        String::from_utf8(page.html).unwrap()
    }

    #[test]
    fn links_inside_the_language_stay_as_they_are() {
        let html = r##"<a href=../ayuda/index.html>a</a><a href=#top>b</a><a href="tel:911">c</a><a href=../index.html#gone>d</a><a href="https://www.google.com/search?q=clima">e</a>"##;
        assert_eq!(page(html, "asilo/index.html", None), html);
    }

    #[test]
    fn links_to_other_languages_go_to_the_public_site_or_are_left_out() {
        let html = r#"<p><a href=../../en/asylum/index.html#how hreflang=en>English</a> <a href=../../index.html>all</a></p>"#;
        let online = page(html, "asilo/index.html", Some("https://example.org/ninez/"));
        assert!(
            online.contains(r#"href="https://example.org/ninez/en/asylum/index.html#how""#),
            "{online}"
        );
        assert!(
            online.contains(r#"href="https://example.org/ninez/index.html""#),
            "{online}"
        );
        assert_eq!(page(html, "asilo/index.html", None), "<p> </p>");
    }

    #[test]
    fn what_the_theme_marks_online_only_is_left_out_and_the_booklet_opens_as_a_page() {
        let html = r#"<nav data-online-only><a href=../en/index.html>English</a></nav><a href=guia.html download>Guía</a>"#;
        assert_eq!(
            page(html, "index.html", None),
            r#"<a href=guia.html>Guía</a>"#
        );
    }

    #[test]
    fn files_of_other_languages_are_copied_in() {
        let html = r#"<img src=../../en/mapa.svg alt=Mapa><a href=../../en/mapa.svg>mapa</a><a href=../../en/ayuda/index.html>help</a>"#;
        let page = rewrite(html.as_bytes(), "quc", "ayuda/index.html", None, &|path| {
            path == "/en/mapa.svg"
        })
        .unwrap();
        assert_eq!(
            String::from_utf8(page.html).unwrap(),
            r#"<img src="../_shared/en/mapa.svg" alt=Mapa><a href="../_shared/en/mapa.svg">mapa</a>"#
        );
        assert_eq!(page.borrowed, ["/en/mapa.svg", "/en/mapa.svg"]);
    }

    #[test]
    fn compressed_copies_and_markers_stay_out() {
        for name in [
            "index.html.br",
            "index.html.gz",
            "guia.html.dcb",
            ".faro-output",
        ] {
            assert!(server_only(name), "{name}");
        }
        assert!(!server_only("index.html"));
        assert!(!server_only("mapa.svg"));
    }
}
