//! What an HTML document loads and runs: the resources it would fetch from another origin
//! (fonts, scripts, images, trackers from elsewhere), and the hashes of its inline style and
//! scripts. Render reads a page's own HTML with it, to point at the Markdown line that pastes
//! a script from another site before sanitizing drops it; write reads every finished page, to
//! refuse it and to build its Content-Security-Policy (`write::csp`).

use base64::Engine;
use lol_html::{HtmlRewriter, Settings, element, text};
use sha2::{Digest, Sha256};

/// What a page loads and runs.
#[derive(Debug, Default)]
pub struct Inspection {
    /// URLs of resources the page would load from another origin.
    pub external: Vec<String>,
    /// `'sha256-…'` sources for each inline `<style>`.
    pub style_hashes: Vec<String>,
    /// `'sha256-…'` sources for each inline `<script>`.
    pub script_hashes: Vec<String>,
}

/// Reads a built page. `base_url` is the site's address, when set: absolute URLs of its origin
/// (scheme, host and port, as a browser compares them) are the site's own.
pub fn inspect(html: &[u8], base_url: Option<&str>) -> Inspection {
    let external = std::cell::RefCell::new(Vec::new());
    let (style, script) = (
        std::cell::RefCell::new(String::new()),
        std::cell::RefCell::new(String::new()),
    );
    let (styles, scripts) = (
        std::cell::RefCell::new(Vec::new()),
        std::cell::RefCell::new(Vec::new()),
    );
    let own = base_url.and_then(|base| url::Url::parse(base).ok());
    let foreign = |url: &str| {
        let url = url.trim();
        let lower = url.to_ascii_lowercase();
        let absolute =
            lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("//");
        // A URL that does not parse cannot be shown to be the site's own.
        absolute
            && !own
                .as_ref()
                .is_some_and(|own| own.join(url).is_ok_and(|url| url.origin() == own.origin()))
    };
    let note = |url: &str| {
        if foreign(url) {
            external.borrow_mut().push(url.trim().to_string());
        }
    };
    let css_urls = |css: &str| {
        // url(…) and @import "…" inside CSS.
        for part in css.split("url(").skip(1) {
            let url = part
                .split(')')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\'']);
            note(url);
        }
        for part in css.split("@import").skip(1) {
            let url = part
                .trim_start()
                .trim_start_matches("url(")
                .trim_start_matches(['"', '\'']);
            note(url.split(['"', '\'', ')', ';']).next().unwrap_or(""));
        }
    };
    {
        let mut settings = Settings::new();
        settings = settings.append_element_content_handler(element!(
            "[src], object[data], video[poster], [srcset]",
            |el| {
                for name in ["src", "data", "poster"] {
                    if let Some(v) = el.get_attribute(name) {
                        note(&v);
                    }
                }
                if let Some(set) = el.get_attribute("srcset") {
                    for candidate in set.split(',') {
                        note(candidate.split_whitespace().next().unwrap_or(""));
                    }
                }
                Ok(())
            }
        ));
        settings = settings.append_element_content_handler(element!("link[href]", |el| {
            // Alternates and canonical links name pages; they load nothing.
            let rel = el
                .get_attribute("rel")
                .unwrap_or_default()
                .to_ascii_lowercase();
            if !rel
                .split_whitespace()
                .all(|r| r == "alternate" || r == "canonical")
                || rel.is_empty()
            {
                note(&el.get_attribute("href").unwrap_or_default());
            }
            Ok(())
        }));
        settings = settings.append_element_content_handler(element!("[style]", |el| {
            css_urls(&el.get_attribute("style").unwrap_or_default());
            Ok(())
        }));
        settings = settings.append_element_content_handler(text!("style", |t| {
            style.borrow_mut().push_str(t.as_str());
            if t.last_in_text_node() {
                let css = std::mem::take(&mut *style.borrow_mut());
                css_urls(&css);
                styles.borrow_mut().push(hash_source(&css));
            }
            Ok(())
        }));
        settings = settings.append_element_content_handler(text!("script", |t| {
            script.borrow_mut().push_str(t.as_str());
            if t.last_in_text_node() {
                let js = std::mem::take(&mut *script.borrow_mut());
                if !js.is_empty() {
                    scripts.borrow_mut().push(hash_source(&js));
                }
            }
            Ok(())
        }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});

        // The page is our own minified output; a malformed one only means less is found.
        let _ = rewriter.write(html);
        let _ = rewriter.end();
    }
    let dedup = |mut v: Vec<String>| {
        v.sort();
        v.dedup();
        v
    };
    Inspection {
        external: external.into_inner(),
        style_hashes: dedup(styles.into_inner()),
        script_hashes: dedup(scripts.into_inner()),
    }
}

/// `'sha256-<base64>'`, as CSP wants it.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Where an HTML document's links and embedded files point (`href` and `src`, as written),
/// and the ids it holds: what `faro check` follows from page to page.
pub(crate) fn links_and_ids(html: &[u8]) -> (Vec<String>, std::collections::BTreeSet<String>) {
    let links = std::cell::RefCell::new(Vec::new());
    let ids = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let note = |value: Option<String>| {
        if let Some(value) = value {
            links.borrow_mut().push(value);
        }
    };
    {
        let settings = Settings::new()
            .append_element_content_handler(element!("a[href], link[href]", |el| {
                note(el.get_attribute("href"));
                Ok(())
            }))
            .append_element_content_handler(element!(
                "img[src], script[src], audio[src], source[src], track[src], video[src], iframe[src]",
                |el| {
                    note(el.get_attribute("src"));
                    Ok(())
                }
            ))
            .append_element_content_handler(element!("[id]", |el| {
                if let Some(id) = el.get_attribute("id") {
                    ids.borrow_mut().insert(id);
                }
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        // The page is faro's own output; a malformed one only means less is found.
        let _ = rewriter.write(html);
        let _ = rewriter.end();
    }
    (links.into_inner(), ids.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_resources_from_other_origins() {
        let html = br#"<html><meta charset=utf-8><link rel=stylesheet href=https://fonts.example/a.css>
            <link rel=alternate hreflang=en href=https://elsewhere.example/en/>
            <script src=https://cdn.example/x.js></script><img src=../me.png>
            <img srcset="a.png 1x, https://img.example/b.png 2x"><a href=https://ok.example/>link</a>
            <div style="background:url('https://t.example/p.gif')"></div>
            <style>@import "https://css.example/i.css";</style>"#;
        let found = inspect(html, None).external;
        assert_eq!(
            found,
            [
                "https://fonts.example/a.css",
                "https://cdn.example/x.js",
                "https://img.example/b.png",
                "https://t.example/p.gif",
                "https://css.example/i.css"
            ]
        );
    }

    #[test]
    fn the_sites_own_base_url_is_not_foreign() {
        let html = br#"<img src=https://site.example/es/a.png>"#;
        assert!(
            inspect(html, Some("https://site.example/"))
                .external
                .is_empty()
        );
        assert_eq!(inspect(html, None).external.len(), 1);
    }

    #[test]
    fn only_the_same_origin_is_the_sites_own() {
        let own = Some("https://example.org");
        let foreign = |url: &str| {
            let html = format!("<script src={url}></script>");
            !inspect(html.as_bytes(), own).external.is_empty()
        };
        for url in [
            "https://example.org.evil.net/x.js",
            "https://example.organic/x.js",
            "http://example.org/x.js",
            "https://example.org:8443/x.js",
            "//example.org.evil.net/x.js",
            "https://user@evil.net/example.org",
        ] {
            assert!(foreign(url), "{url} is another site's");
        }
        for url in [
            "https://example.org/x.js",
            "HTTPS://EXAMPLE.ORG/x.js",
            "https://example.org:443/x.js",
            "//example.org/x.js",
            "x.js",
        ] {
            assert!(!foreign(url), "{url} is the site's own");
        }
    }
}
