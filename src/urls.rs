//! Relative URLs. Every link faro writes is relative, so the site works under any path prefix
//! and straight from a folder on disk.
//!
//! A link to a page names its `index.html` explicitly (`../asylum/index.html`): a browser
//! opening files from disk does not turn a folder into its index page, and a web server
//! serves the same file either way.

/// Written here rather than taken from a path-diffing crate: site paths are URLs, not file
/// paths, and a trailing `/` means "the folder's index.html", which those crates do not model.
///
/// The relative URL from a page in directory `from_dir` (a site path ending in `/`, such as
/// `/es/derechos/`) to the site path `to`. A `to` ending in `/` is a page: its `index.html` is
/// linked.
pub fn relative(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to_is_dir = to.ends_with('/');
    let target: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    // The last segment of a file path is not a directory to descend into when comparing.
    let target_dirs = if to_is_dir {
        target.len()
    } else {
        target.len().saturating_sub(1)
    };
    let common = from
        .iter()
        .zip(target.iter().take(target_dirs))
        .take_while(|(a, b)| a == b)
        .count();
    let mut url = "../".repeat(from.len() - common);
    for segment in &target[common..] {
        url.push_str(segment);
        url.push('/');
    }
    if to_is_dir {
        url.push_str("index.html");
    } else {
        url.pop();
    }
    url
}

/// The site path a relative URL written in a page of directory `from_dir` leads to: the
/// inverse of [`relative`]. `index.html` at the end becomes the folder (`/es/a/`); `None` when
/// the URL climbs above the site's root.
pub fn resolve(from_dir: &str, url: &str) -> Option<String> {
    let base = if url.starts_with('/') { "" } else { from_dir };
    let mut parts = join(base, url)?;
    let last = url.rsplit('/').next().unwrap_or("");
    if last == "index.html" {
        parts.pop();
    }
    let mut path = format!("/{}", parts.join("/"));
    if matches!(last, "" | "." | ".." | "index.html") && path != "/" {
        path.push('/');
    }
    Some(path)
}

/// The segments of the `/`-separated path `rel` followed from the folder `base`: empty and `.`
/// segments name the folder itself, `..` its parent. `None` when `rel` climbs above `base`'s
/// root.
pub(crate) fn join<'a>(base: &'a str, rel: &'a str) -> Option<Vec<&'a str>> {
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for segment in rel.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts)
}

/// The directory part of a site path: `/es/a/` stays, `/es/a/x.html` gives `/es/a/`.
pub fn dir_of(path: &str) -> &str {
    if path.ends_with('/') {
        path
    } else {
        path.rfind('/').map_or("/", |i| &path[..=i])
    }
}

/// The output file of a site path, relative to the output folder.
pub fn output_file(path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    if path.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

/// An absolute URL under `base` for a site path, for hreflang and QR codes.
pub fn absolute(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sibling_pages() {
        assert_eq!(relative("/es/a/", "/es/b/"), "../b/index.html");
    }

    #[test]
    fn from_home_and_to_root() {
        assert_eq!(relative("/es/", "/es/b/"), "b/index.html");
        assert_eq!(relative("/es/a/b/", "/"), "../../../index.html");
        assert_eq!(relative("/", "/es/"), "es/index.html");
        assert_eq!(relative("/es/", "/es/"), "index.html");
    }

    #[test]
    fn files() {
        assert_eq!(relative("/es/a/", "/es/a/map.png"), "map.png");
        assert_eq!(relative("/en/x/", "/es/a/map.png"), "../../es/a/map.png");
    }

    #[test]
    fn other_language() {
        assert_eq!(
            relative("/es/derechos/", "/en/your-rights/"),
            "../../en/your-rights/index.html"
        );
    }

    #[test]
    fn output_files() {
        assert_eq!(output_file("/es/a/"), "es/a/index.html");
        assert_eq!(output_file("/404.html"), "404.html");
        assert_eq!(dir_of("/es/a/x.png"), "/es/a/");
    }

    #[test]
    fn relative_links_resolve_back() {
        let paths = [
            "/",
            "/es/",
            "/es/a/",
            "/es/a/b/",
            "/en/x/",
            "/es/a/map.png",
            "/404.html",
        ];
        for from in paths {
            for to in paths {
                let url = relative(dir_of(from), to);
                assert_eq!(
                    resolve(dir_of(from), &url).as_deref(),
                    Some(to),
                    "{from} -> {to} ({url})"
                );
            }
        }
        assert_eq!(resolve("/es/", "../../x"), None);
        assert_eq!(resolve("/es/a/", "./"), Some("/es/a/".to_string()));
        assert_eq!(resolve("/es/a/", "/en/"), Some("/en/".to_string()));
        assert_eq!(resolve("/es/a/", ".."), Some("/es/".to_string()));
        assert_eq!(
            resolve("/es/", "index.html/../b"),
            Some("/es/b".to_string())
        );
        assert_eq!(resolve("/es/", ""), Some("/es/".to_string()));
        assert_eq!(resolve("/", "../"), None);
    }
}
